import { chromium } from '@playwright/test';
import { serveStatic } from '/work/wt-network/tests/support/server.ts';
const server = await serveStatic('/work/wt-network/.bench/network-synthetic/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
for (let run = 0; run < 2; run++) {
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('framenavigated', f => { if (f === page.mainFrame()) console.log('navigated', f.url()); });
await page.goto(server.url + 'network/');
await page.waitForSelector('network-chart[data-enhanced]');
const n = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON());
const enhancedAt = await page.evaluate(() => performance.now());
console.log('interactive', Math.round(n.domInteractive), 'dcl end', Math.round(n.domContentLoadedEventEnd), 'enhanced by', Math.round(enhancedAt));
for (const what of ['select', 'zoom', 'hover']) {
  const r = await page.evaluate(async (what) => {
    const t = performance.now();
    if (what === 'select') document.querySelector('network-chart [data-node] .network__shape').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    if (what === 'zoom') document.querySelector('[data-zoom="in"]').click();
    if (what === 'hover') document.querySelectorAll('network-chart [data-node] .network__shape')[5].dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    const js = performance.now() - t;
    await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
    return { js: Math.round(js), frame: Math.round(performance.now() - t) };
  }, what);
  console.log(what, r);
}
await page.close();
}
await browser.close(); await server.close();
