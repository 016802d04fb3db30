import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { serveStatic } from '/work/wt-network/tests/support/server.ts';
const server = await serveStatic('/work/wt-network/.bench/network-synthetic/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const html = readFileSync('/work/wt-network/.bench/network-synthetic/dist/network/index.html', 'utf8');
const cv = '<style>.network-twin, .notes { content-visibility: auto; contain-intrinsic-size: auto 3000px; }</style></head>';
const variants = {
  full: html,
  cv: html.replace('</head>', cv),
  noTwin: html.replace(/<section class="network-twin"[\s\S]*<\/section>/, ''),
};
for (const [name, body] of [...Object.entries(variants), ...Object.entries(variants), ...Object.entries(variants)]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route('**/network/', (route) => route.fulfill({ body, contentType: 'text/html' }));
  await page.goto(server.url + 'network/');
  const n = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON());
  console.log(name.padEnd(12), 'interactive', Math.round(n.domInteractive), 'dcl end', Math.round(n.domContentLoadedEventEnd), 'load', Math.round(n.loadEventEnd));
  await page.close();
}
await browser.close(); await server.close();
