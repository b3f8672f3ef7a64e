import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config.ts';

/**
 * /manifest.webmanifest: lets a member add the site to a phone's home screen (over https) and open
 * it offline through the service worker. Every address is relative to this file, so the same
 * manifest works at `/` and under BASE_PATH. The icons are public/icons/ (drawn from favicon.svg).
 */
export const GET: APIRoute = () => {
  const manifest = {
    name: `${siteConfig.name} - ${siteConfig.organisation}`,
    short_name: siteConfig.name,
    description: siteConfig.tagline,
    lang: 'zh-CN',
    id: './',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#9f2a1e',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
};
