// Registers the service worker for offline reading. Service workers need a secure context
// (https or localhost); elsewhere the site simply works online.
import { INSTALL_AFTER_QUIET_MS, KEEP_AFTER_QUIET_MS, KEEP_SEARCH_INDEX, READER_ACTIVITY_EVENTS } from '../lib/offline/keep-search.ts';

/** Calls `then` once the reader has neither typed nor moved the focus for `ms`. */
function whenReaderQuiet(ms: number, then: () => void) {
  let timer: number | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      for (const type of READER_ACTIVITY_EVENTS) document.removeEventListener(type, later, true);
      then();
    }, ms);
  };
  for (const type of READER_ACTIVITY_EVENTS) document.addEventListener(type, later, true);
  later();
}

function register() {
  const base = document.documentElement.dataset.base ?? '/';
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      // The search index is copied for offline use once the reader has been idle a while, so the
      // copy never competes with a search being typed; typing puts it off again.
      whenReaderQuiet(KEEP_AFTER_QUIET_MS, () => registration.active?.postMessage({ type: KEEP_SEARCH_INDEX }));
    })
    .catch(() => {
      // Blocked by policy or a private window: reading online is unaffected.
    });
}

if ('serviceWorker' in navigator && window.isSecureContext) {
  // The install (or an update's) copies the site's shell for offline reading. It waits until the
  // page has loaded and the reader is quiet, so it does not compete with what they came for, such
  // as a first search.
  const install = () => whenReaderQuiet(INSTALL_AFTER_QUIET_MS, register);
  if (document.readyState === 'complete') install();
  else window.addEventListener('load', install, { once: true });
}
export {};
