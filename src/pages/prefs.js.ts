import type { APIRoute } from 'astro';
import { prePaintScript } from '../lib/preferences.ts';

/** /prefs.js: the saved theme and font size, applied before the page paints (preferences.ts). */
export const GET: APIRoute = () => new Response(prePaintScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
