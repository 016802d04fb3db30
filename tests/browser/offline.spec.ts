import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { test as plain } from '@playwright/test';
import { test, expect } from './fixtures';
import { BASE, DIST } from '../support/paths';
import { serveStatic } from '../support/server';

test('after one visit the site keeps working with the server gone', async ({ page }) => {
	const server = await serveStatic(DIST, { base: BASE });
	await page.goto(server.url);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// A page the reader never opened, and the one they did, both come from the cache.
	await server.close();
	for (const pathname of ['evidence/', 'actors/', '']) {
		const response = await page.goto(server.url + pathname);
		expect(response?.status(), `/${pathname} offline`).toBe(200);
		await expect(page.locator('h1')).toBeVisible();
	}
	const missing = await page.goto(`${server.url}no-such-page/`);
	expect(missing?.status()).toBe(200);
	await expect(page.locator('h1')).toHaveText('Page not found');
});

test('search used once online keeps working offline, and nothing of it is fetched before', async ({
	page,
}) => {
	const server = await serveStatic(DIST, { base: BASE });
	const fetched: string[] = [];
	page.context().on('request', (request) => fetched.push(request.url()));
	await page.goto(server.url);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// The worker's own fetches show up too: still nothing of search.
	await page.waitForTimeout(500);
	expect(fetched.filter((url) => url.includes('/pagefind/') || url.includes('search-ui'))).toEqual(
		[],
	);

	const query = (await page.locator('h1').innerText()).split(/\s+/)[0] ?? '';
	const results = page.locator('search-panel:visible [role="listbox"] > [role="option"]');
	await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
	await expect(results.first()).toBeVisible();
	const online = await results.count();
	await server.close();
	await page.reload();
	await expect(results.first()).toBeVisible();
	expect(await results.count()).toBe(online);
});

// From disk the browser refuses the site's absolute asset URLs and logs it: expected, so this
// test does not use the console-error fixture.
plain.describe('opened from disk', () => {
	plain('a page shows its text and says how to serve the folder', async ({ page }) => {
		await page.goto(pathToFileURL(path.join(DIST, 'index.html')).href);
		await expect(page.locator('h1')).toBeVisible();
		const notice = page.locator('.file-notice');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('http.server');
		await expect(page.locator('main')).toContainText(/\w{3,}/);
	});

	plain('the map is drawn, without controls its script cannot run from disk', async ({ page }) => {
		await page.goto(pathToFileURL(path.join(DIST, 'network', 'index.html')).href);
		await expect(page.locator('.network__canvas').first()).toBeVisible();
		expect(await page.locator('.network__node').count()).toBeGreaterThan(0);
		await expect(page.locator('[data-network-toolbar]')).toBeHidden();
	});
});

test('the notice stays hidden when the site is served', async ({ page, site }) => {
	await page.goto(site.url);
	await expect(page.locator('.file-notice')).toBeHidden();
});
