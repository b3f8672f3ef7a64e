// "/" focuses the search box from any page, unless the reader is typing somewhere.
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const target = e.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box =
    document.querySelector<HTMLInputElement>('#page-search') ??
    document.querySelector<HTMLInputElement>('#site-search') ??
    document.querySelector<HTMLInputElement>('#home-search');
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});
