import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { startHost, type Host } from '../support/host';
import type { StaticServer } from '../support/server';
import { test, expect, open } from './fixtures';

const doc = (body: string) =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title><link rel="icon" href="data:,"></head><body><h1>An article</h1><p>Text before the chart.</p>${body}<p>Text after.</p></body></html>`;

/** The snippet the gallery gives for a chart, as a journalist would copy it. */
async function copySnippet(
	page: Page,
	site: StaticServer,
	chart: string,
	kind: 'script' | 'fixed',
): Promise<string> {
	await open(page, site, 'embed/');
	const area = page.locator(`#${chart}-${kind === 'script' ? 'snippet' : 'fixed'}`);
	// The gallery's script rewrites snippets for the address it is served at.
	await expect(area).toHaveValue(new RegExp(new URL(site.url).origin.replace(/[.]/g, '\\.')));
	return area.inputValue();
}

/** The frame of the first iframe on the page, once it has loaded. */
async function embedFrame(page: Page): Promise<Frame> {
	const handle = await page.locator('iframe').first().elementHandle();
	const frame = await handle.contentFrame();
	if (!frame) throw new Error('no iframe');
	await frame.waitForLoadState('load');
	return frame;
}

const iframeHeight = (page: Page) =>
	page
		.locator('iframe')
		.first()
		.evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (frame: Frame) =>
	frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

let host: Host;
test.beforeAll(async () => {
	host = await startHost();
});
test.afterAll(async () => {
	await host.close();
});

for (const chart of ['timeline', 'network'] as const) {
	test(`the ${chart} snippet from the gallery resizes on another origin with /embed.js`, async ({
		page,
		site,
	}) => {
		const snippet = await copySnippet(page, site, chart, 'script');
		expect(snippet).toContain(new URL(site.url).origin);
		host.page(`/${chart}.html`, doc(snippet));
		await page.goto(`${host.url}/${chart}.html`);
		const frame = await embedFrame(page);
		await expect
			.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))))
			.toBeLessThanOrEqual(2);
		await expect(frame.locator('main svg').first()).toBeVisible();
	});
}

// Minimal parents for the newsroom protocols (formats in NOTES.md), each trusting only its
// iframe. Datawrapper's and AMP's resize the iframe pasted in the article; pym's parent builds
// its own iframe in a container, with the embed's address plus `initialWidth` and `childId`.
const PARENTS: Record<string, (snippet: string) => string> = {
	pym: (snippet) => {
		const src = (/src="([^"]+)"/.exec(snippet)?.[1] ?? '').replace(/&amp;/g, '&');
		return `<div id="chart-1"></div><script>const c = document.getElementById('chart-1');
		const f = document.createElement('iframe'); f.title = 'Timeline'; f.style.cssText = 'width:100%;border:0';
		f.src = ${JSON.stringify(src)} + (${JSON.stringify(src)}.includes('?') ? '&' : '?') + 'initialWidth=' + c.offsetWidth + '&childId=chart-1';
		c.append(f);
		window.addEventListener('message', (e) => { if (e.source !== f.contentWindow || typeof e.data !== 'string') return;
		const m = /^pymxPYMx(.+)xPYMxheightxPYMx(\\d+)$/.exec(e.data); if (m && m[1] === 'chart-1') f.style.height = m[2] + 'px'; });</script>`;
	},
	datawrapper: (
		snippet,
	) => `${snippet}<script>const f = document.querySelector('iframe'); window.addEventListener('message', (e) => {
		const d = e.data && e.data['datawrapper-height']; if (!d || e.source !== f.contentWindow) return;
		for (const id in d) f.style.height = d[id] + 'px'; });</script>`,
	amp: (
		snippet,
	) => `${snippet}<script>const f = document.querySelector('iframe'); window.addEventListener('message', (e) => {
		const d = e.data; if (!d || d.sentinel !== 'amp' || d.type !== 'embed-size' || e.source !== f.contentWindow) return;
		f.style.height = d.height + 'px'; });</script>`,
};

for (const [protocol, parent] of Object.entries(PARENTS)) {
	test(`the fixed snippet resizes under a ${protocol} parent script`, async ({ page, site }) => {
		const snippet = await copySnippet(page, site, 'timeline', 'fixed');
		host.page(`/${protocol}.html`, doc(parent(snippet)));
		await page.goto(`${host.url}/${protocol}.html`);
		const frame = await embedFrame(page);
		if (protocol === 'pym') expect(frame.url()).toContain('childId=chart-1');
		await expect
			.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))), {
				timeout: 10_000,
			})
			.toBeLessThanOrEqual(2);
		// Not the height it started at: pym's iframe starts at the browser's 150 px.
		expect(await iframeHeight(page)).not.toBe(protocol === 'pym' ? 150 : 720);
	});
}

test('spoofed and malformed messages change nothing and never navigate', async ({ page, site }) => {
	const snippet = await copySnippet(page, site, 'timeline', 'script');
	host.page(
		'/spoof.html',
		doc(
			`${snippet}<iframe id="other" title="Another frame" srcdoc="<p>Another frame</p>"></iframe>`,
		),
	);
	await page.goto(`${host.url}/spoof.html`);
	const frame = await embedFrame(page);
	await expect
		.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))))
		.toBeLessThanOrEqual(2);
	const settled = await iframeHeight(page);
	const hostUrl = page.url();

	// From the host page itself and from another frame: right shape, wrong sender.
	await page.evaluate(() => {
		window.postMessage({ type: 'explainer-embed:height', height: 123 }, '*');
	});
	const other = page.frames().find((f) => f !== frame && f !== page.mainFrame());
	await other?.evaluate(() => {
		window.parent.postMessage({ type: 'explainer-embed:height', height: 321 }, '*');
	});
	// From our own frame: wrong shapes, strings, NaN, absurd sizes, navigation attempts.
	await frame.evaluate(() => {
		const bad: unknown[] = [
			'explainer-embed:height 400',
			{ type: 'explainer-embed:height', height: '400' },
			{ type: 'explainer-embed:height', height: Number.NaN },
			{ type: 'explainer-embed:height', height: Infinity },
			{ type: 'explainer-embed:height', height: 1e9 },
			{ type: 'explainer-embed:height', height: -50 },
			{ type: 'explainer-embed:height' },
			{ type: 'explainer-embed:navigate', url: 'javascript:alert(1)' },
			{ type: 'navigate', href: 'https://evil.test/' },
			'pymxPYMxchart-1xPYMxnavigateToxPYMxjavascript:alert(1)',
			null,
		];
		for (const message of bad) window.parent.postMessage(message, '*');
	});
	await page.waitForTimeout(300);
	expect(await iframeHeight(page)).toBe(settled);
	expect(page.url()).toBe(hostUrl);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the embed shows its chart at the snippet’s default height', async ({
		page,
		site,
		browser,
	}) => {
		// Copy the snippet with scripts on, then open the host with scripts off.
		const context = await browser.newContext({ javaScriptEnabled: true });
		const snippet = await copySnippet(await context.newPage(), site, 'timeline', 'script');
		await context.close();
		host.page('/nojs.html', doc(snippet));
		await page.goto(`${host.url}/nojs.html`);
		const frame = await embedFrame(page);
		expect(await iframeHeight(page)).toBe(720);
		await expect(frame.locator('main svg').first()).toBeVisible();
		await expect(frame.locator('.embed-footer a').first()).toBeVisible();
	});
});

test('embed pages carry no site navigation, are noindex, and link back to the full page', async ({
	page,
	site,
}) => {
	for (const path of ['embed/timeline/', 'embed/network/']) {
		await open(page, site, path);
		await expect(page.locator('.site-header, nav[aria-label="Main"]')).toHaveCount(0);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.locator('.embed-footer a[target="_blank"]').first()).toBeVisible();
		await expect(page.locator('.embed-footer a[download]')).toHaveCount(2);
	}
});

test('options: theme, plain, static, focus and event', async ({ page, site }) => {
	await open(page, site, 'embed/timeline/?theme=dark&plain');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('.embed-header')).toBeHidden();
	await expect(page.locator('.embed-footer')).toBeHidden();

	await open(page, site, 'embed/network/?static');
	await expect(page.locator('network-chart')).not.toHaveAttribute('data-enhanced');
	await open(page, site, 'embed/network/');
	await expect(page.locator('network-chart')).toHaveAttribute('data-enhanced');

	const actor = await page.locator('[data-node]').first().getAttribute('data-node');
	await open(page, site, `embed/network/?focus=${actor ?? ''}`);
	expect(new URL(page.url()).hash).toBe(`#focus=${actor ?? ''}`);

	await open(page, site, 'embed/timeline/');
	const event = await page.locator('.tl-mark').first().getAttribute('data-event');
	await open(page, site, `embed/timeline/?event=${event ?? ''}`);
	expect(new URL(page.url()).hash).toBe(`#event=${event ?? ''}`);
	await expect(page.locator('.tl-details')).toBeVisible();
});

test('the gallery copies a snippet that follows the chosen options', async ({
	page,
	site,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, site, 'embed/');
	const item = page
		.locator('embed-gallery-item')
		.filter({ has: page.locator('#timeline-snippet') });
	await item.locator('select[name="theme"]').selectOption('dark');
	await item.locator('input[name="static"]').check();
	const snippet = await page.locator('#timeline-snippet').inputValue();
	expect(snippet).toContain('?theme=dark&amp;static');
	await item.getByRole('button', { name: 'Copy snippet' }).first().click();
	await expect(item.locator('[role="status"]')).toHaveText('Snippet copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
	await expect(item.locator('iframe')).toHaveAttribute('src', /theme=dark/);
});

for (const scheme of ['light', 'dark'] as const)
	test(`axe finds no WCAG 2.2 A/AA violation inside the embeds (${scheme})`, async ({
		page,
		site,
	}) => {
		await page.emulateMedia({ colorScheme: scheme });
		await open(page, site, 'embed/network/');
		const actorEmbed = await page.evaluate(() =>
			document.querySelector('[data-node]')?.getAttribute('data-node'),
		);
		for (const path of [
			'embed/timeline/',
			'embed/network/',
			`embed/network/${actorEmbed ?? ''}/`,
		]) {
			await open(page, site, path);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(
				results.violations.map(
					(v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
				),
			).toEqual([]);
		}
	});
