import { chromium } from '@playwright/test';
const [url, out, w = '1280', dark] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: Number(w), height: 900 }, colorScheme: dark ? 'dark' : 'light' });
p.on('console', (m) => console.log('console:', m.text()));
await p.goto(url);
await p.screenshot({ path: out, fullPage: false });
await b.close();
