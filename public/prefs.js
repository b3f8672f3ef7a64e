// Applies the reader's saved theme and font size before the page paints (no inline script needed).
// Kept tiny and dependency-free; storage may be blocked, so every access is guarded.
(function () {
  var root = document.documentElement;
  var theme = 'system';
  var scale = 1;
  try {
    theme = localStorage.getItem('xxyd:theme') || 'system';
    scale = Number(localStorage.getItem('xxyd:font-scale')) || 1;
  } catch (e) {}
  if (theme !== 'light' && theme !== 'dark') {
    theme = window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  if (!(scale >= 0.875 && scale <= 1.5)) scale = 1;
  root.dataset.theme = theme;
  root.style.setProperty('--kb-font-scale', String(scale));
})();
