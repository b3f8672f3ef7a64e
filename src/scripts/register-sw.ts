// Registers the service worker for offline reading. Service workers need a secure context
// (https or localhost); elsewhere the site simply works online.
if ('serviceWorker' in navigator && window.isSecureContext) {
  const base = document.documentElement.dataset.base ?? '/';
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    // Blocked by policy or a private window: reading online is unaffected.
  });
}
export {};
