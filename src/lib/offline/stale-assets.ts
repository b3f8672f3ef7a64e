/**
 * Which of Astro's hashed files (`<base>_astro/…`) the assets cache can let go of after an update
 * of the site. Every build names its styles and scripts anew, and the service worker keeps each
 * build's copies (cache first, as their names never change content): without a clean-up they pile
 * up with every update. An earlier build's file may go only when no page saved in the pages cache
 * needs it (a page saved by 离线保存 before the update still refers to the styles and scripts of
 * its own build), directly or through the files it refers to in turn (a script's imports, a
 * stylesheet's `url()`).
 */

/** The folder of Astro's hashed build files, under the base path. */
export const ASSET_DIR = '_astro/';

const ABSOLUTE = /_astro\/([^"'`\s)?#,\\]+)/g;
const RELATIVE = /\.\/([^"'`\s)?#,\\/]+)/g;

/**
 * File names under `_astro/` that a page, script or stylesheet refers to: by address anywhere
 * (`/kb/_astro/a.B1.css`, a `srcset` list) and, in a file that lives in `_astro/` itself, by a
 * relative name (`import "./chunk.C2.js"`, `url(./icon.D3.svg)`).
 */
export function referencedAssetNames(text: string, inAssetDir = false): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(ABSOLUTE)) names.add(m[1]!);
  if (inAssetDir) for (const m of text.matchAll(RELATIVE)) names.add(m[1]!);
  return names;
}

/** The file name of an `_astro/` URL path (`/kb/_astro/a.B1.css` → `a.B1.css`), or null for any other path. */
export function assetName(pathname: string, base: string): string | null {
  const prefix = base + ASSET_DIR;
  if (!pathname.startsWith(prefix)) return null;
  const name = pathname.slice(prefix.length);
  return name && !name.includes('/') ? name : null;
}

/** Whether a referring file's text is worth reading for more references (scripts and styles). */
export function mayRefer(name: string): boolean {
  return /\.(m?js|css)$/i.test(name);
}

/**
 * The cached `_astro/` addresses to drop: those that are not this build's and that no saved page
 * needs, directly or through the files it refers to. Pages saved meanwhile (离线保存, a visit)
 * are this build's and need only this build's files, which are never dropped.
 *
 * @param cached addresses in the assets cache (any other than `_astro/` is ignored, so kept)
 * @param current this build's `_astro/` files, as URL paths (the offline manifest's `assets`)
 * @param pages the text of every saved page
 * @param readAsset a cached script's or stylesheet's text; null when it cannot be read, in which
 *   case what it refers to is unknown and nothing is dropped
 */
export async function staleAssets(options: {
  cached: readonly string[];
  base: string;
  current: readonly string[];
  pages: AsyncIterable<string> | Iterable<string>;
  readAsset: (url: string) => Promise<string | null>;
}): Promise<string[]> {
  const { cached, base } = options;
  const byName = new Map<string, string>();
  for (const url of cached) {
    const name = assetName(new URL(url).pathname, base);
    if (name) byName.set(name, url);
  }
  const needed = new Set<string>();
  const queue: string[] = [];
  const need = (names: Iterable<string>) => {
    for (const name of names) {
      if (needed.has(name) || !byName.has(name)) continue;
      needed.add(name);
      queue.push(name);
    }
  };
  // This build's files stay, and refer only to each other: no need to read them.
  for (const path of options.current) {
    const name = assetName(path, base);
    if (name && byName.has(name)) needed.add(name);
  }
  if (byName.size === needed.size) return [];
  for await (const html of options.pages) need(referencedAssetNames(html));
  while (queue.length) {
    const name = queue.pop()!;
    if (!mayRefer(name)) continue;
    const text = await options.readAsset(byName.get(name)!);
    if (text === null) return [];
    need(referencedAssetNames(text, true));
  }
  return [...byName].filter(([name]) => !needed.has(name)).map(([, url]) => url);
}
