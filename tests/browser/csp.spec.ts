import { buildSnippet } from '../../src/lib/embed/snippet';
import { startHost } from '../support/host';
import { sitemapPaths } from './fixtures';
import { test, expect, violations } from './strict';

/**
 * Serves dist/ with the policy from the `_headers` file the build writes, as real HTTP headers,
 * and fails on any Content-Security-Policy violation while pages load and are used.
 */

test('every page is served with the header policy, and no page violates it', async ({
	page,
	strictSite,
}) => {
	// Every page of the sitemap in one test: time grows with the site (networkidle waits 0.5 s).
	test.setTimeout(30_000 + sitemapPaths().length * 2_000);
	for (const pathname of sitemapPaths()) {
		const response = await page.goto(strictSite.url + pathname);
		const policy = response?.headers()['content-security-policy'] ?? '';
		expect(policy, `/${pathname}`).toContain("frame-ancestors 'none'");
		expect(policy).not.toContain('unsafe-inline');
		expect(response?.headers()['x-content-type-options']).toBe('nosniff');
		// Exercise what scripts do on every page: theme toggle and a citation popover.
		await page.locator('theme-toggle button').click();
		const marker = page.locator('cite-ref a').first();
		if ((await marker.count()) > 0) {
			await marker.click();
			await page.keyboard.press('Escape');
		}
		expect(await violations(page), `/${pathname}`).toEqual([]);
	}
});

test('the policy really is enforced: an injected inline script is blocked', async ({
	page,
	strictSite,
}) => {
	await page.goto(strictSite.url);
	const ran = await page.evaluate(async () => {
		const s = document.createElement('script');
		s.textContent = 'window.__injected = true';
		document.head.append(s);
		await new Promise((r) => setTimeout(r, 50));
		return (window as unknown as { __injected?: boolean }).__injected === true;
	});
	expect(ran).toBe(false);
	expect((await violations(page)).some((v) => v.startsWith('script-src'))).toBe(true);
});

test('embedded charts may be framed by other sites; the gallery may not', async ({
	page,
	strictSite,
}) => {
	for (const [pathname, framing] of [
		['embed/timeline/', 'frame-ancestors *'],
		['embed/network/', 'frame-ancestors *'],
		['embed/', "frame-ancestors 'none'"],
	] as const) {
		const response = await page.goto(strictSite.url + pathname);
		expect(response?.headers()['content-security-policy'], pathname).toContain(framing);
		expect(await violations(page), pathname).toEqual([]);
	}
});

test('charts, search and an embed on another origin work under the policy', async ({
	page,
	strictSite,
}) => {
	// The map: selecting an actor opens its claims.
	await page.goto(`${strictSite.url}network/`);
	await page.locator('network-chart [data-node] .network__shape').first().click();
	await expect(
		page.locator('network-chart [data-network-panel] [data-claim]').first(),
	).toBeVisible();
	// The timeline: selecting an event opens its details.
	await page.goto(`${strictSite.url}timeline/`);
	await page.locator('timeline-chart .tl-mark a.tl-mark__link').first().click();
	await expect(page.locator('timeline-chart .tl-details')).toBeVisible();
	expect(await violations(page), 'map and timeline').toEqual([]);
	// Search: Pagefind's script, WebAssembly and index all load under the policy.
	await page.goto(`${strictSite.url}search/?q=bounty`);
	await expect(page.locator('search-panel:visible [role="option"]').first()).toBeVisible();
	expect(await violations(page), 'search').toEqual([]);
	// An embed framed by an article on another origin, resized by our script.
	const host = await startHost();
	try {
		const snippet = buildSnippet({
			src: `${strictSite.url}embed/network/`,
			title: 'Relationship map',
			height: 200,
			script: `${strictSite.url}embed.js`,
		});
		host.page('/article.html', `<!doctype html><html lang="en"><title>Article</title>${snippet}`);
		await page.goto(`${host.url}/article.html`);
		const iframe = page.locator('iframe');
		await expect
			.poll(() => iframe.evaluate((f) => f.getBoundingClientRect().height))
			.toBeGreaterThan(200);
		const frame = await (await iframe.elementHandle()).contentFrame();
		if (!frame) throw new Error('the embed did not load');
		await frame.locator('network-chart [data-node] .network__shape').first().click();
		await expect(frame.locator('[data-network-panel] [data-claim]').first()).toBeVisible();
		const inFrame = await frame.evaluate(
			() => (window as unknown as { __cspViolations: string[] }).__cspViolations,
		);
		expect(inFrame, 'inside the embed').toEqual([]);
	} finally {
		await host.close();
	}
});
