import { createProgressStore, type ProgressStore } from '../../lib/progress/store.ts';
import { STORAGE_KEY } from '../../lib/progress/types.ts';
import { storageOrNull } from '../safe-storage.ts';

let instance: ProgressStore | null = null;

/**
 * The page's one progress store over `localStorage`, created on first use. It follows other
 * tabs (`storage` event, filtered by key), saves pending changes when the page is hidden and
 * reads storage again when the page comes back from the back/forward cache. Never throws.
 */
export function progressStore(): ProgressStore {
  if (instance) return instance;
  const storage = storageOrNull();
  const store = createProgressStore({ storage });
  instance = store;
  window.addEventListener('storage', (event) => {
    if (storage === null || event.storageArea !== storage) return;
    if (event.key === STORAGE_KEY || event.key === null) store.applyExternalChange(event.newValue);
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') store.flush();
  });
  window.addEventListener('pagehide', () => store.flush());
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) store.reload();
  });
  return store;
}
