// Registers the service worker for offline reading. Service workers need a secure context
// (https or localhost); elsewhere the site simply works online.
import { KEEP_AFTER_QUIET_MS, KEEP_SEARCH_INDEX, READER_ACTIVITY_EVENTS } from '../lib/offline/keep-search.ts';

if ('serviceWorker' in navigator && window.isSecureContext) {
  const base = document.documentElement.dataset.base ?? '/';
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      // The search index is copied for offline use once the reader has been idle a while, so the
      // copy never competes with a search being typed; typing puts it off again.
      let timer: number | undefined;
      const keepLater = () => {
        clearTimeout(timer);
        timer = window.setTimeout(() => {
          for (const type of READER_ACTIVITY_EVENTS) document.removeEventListener(type, keepLater, true);
          registration.active?.postMessage({ type: KEEP_SEARCH_INDEX });
        }, KEEP_AFTER_QUIET_MS);
      };
      for (const type of READER_ACTIVITY_EVENTS) document.addEventListener(type, keepLater, true);
      keepLater();
    })
    .catch(() => {
      // Blocked by policy or a private window: reading online is unaffected.
    });
}
export {};
