import { parseCatalogue, type Catalogue } from '../lib/catalogue.ts';

let pending: Promise<Catalogue | null> | null = null;

/** The site's base path, as BaseLayout writes it on <html data-base>. */
export function basePath(): string {
  return document.documentElement.dataset.base ?? '/';
}

/**
 * The build's /catalogue.json, fetched once per page. Null when it cannot be loaded or read;
 * callers then show what they can without titles, 学时 or plans.
 */
export function loadCatalogue(): Promise<Catalogue | null> {
  pending ??= fetch(`${basePath()}catalogue.json`, { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : null))
    .then((raw: unknown) => parseCatalogue(raw))
    .catch(() => null);
  return pending;
}
