import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { isOutsideUrl } from '../lib/content/outside.ts';

/**
 * A body image whose file is missing becomes a visible placeholder (图片缺失：./name.jpg) instead
 * of an import of a file that is not there: Astro would fail every page of the preview with
 * ImageNotFound. The build never meets one: the content checker reports it first.
 */
export function missingImages(): MdastPluginDefinition {
  return {
    name: 'xxyd-missing-images',
    image(node, ctx) {
      const url = node.url;
      if (!ctx.fileURL || !url || url.startsWith('/') || url.startsWith('#') || isOutsideUrl(url) || /^[a-z][a-z0-9+.-]*:/i.test(url))
        return;
      let path: string;
      try {
        path = join(dirname(fileURLToPath(ctx.fileURL)), decodeURI(url.replace(/[?#].*$/, '')));
      } catch {
        return;
      }
      if (existsSync(path)) return;
      ctx.replaceNode(node, {
        type: 'missingImage',
        data: { hName: 'span', hProperties: { className: ['kb-missing-image'], role: 'img', ariaLabel: `图片缺失：${url}` } },
        children: [{ type: 'text', value: `图片缺失：${node.alt ? `${node.alt} ` : ''}${url}` }],
      });
    },
  };
}
