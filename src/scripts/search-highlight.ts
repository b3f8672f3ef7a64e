// On an article opened from a search result (`?highlight=三会一课`), marks the reader's terms.
// Pagefind's highlighter is fetched only then, so article pages carry no search code otherwise.
const terms = new URLSearchParams(location.search).getAll('highlight').filter((t) => t.trim());
if (terms.length) {
  const bundle = document.documentElement.dataset.base ?? '/';
  import(/* @vite-ignore */ `${bundle}pagefind/pagefind-highlight.js`)
    .then(({ default: PagefindHighlight }) => {
      new PagefindHighlight({ highlightParam: 'highlight', addStyles: false, markOptions: { className: 'kb-mark' } });
      document.querySelector('mark.kb-mark')?.scrollIntoView({ block: 'center' });
    })
    .catch(() => {
      // Without the index (dev server) the page simply shows without marks.
    });
}
