import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import * as cheerio from 'cheerio';
import type { Frame, Page } from '@playwright/test';
import { startHost, type Host } from '../support/host';
import { BASE, DIST } from '../support/paths';
import { headersFor, readHeadersFile } from '../support/headers';
import { serveStatic, type StaticServer } from '../support/server';
import { recordHeld } from '../support/adversarial';
import { test, expect, open } from './fixtures';

const require = createRequire(import.meta.url);

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

// The newsroom parents, each as its own listener behaves (formats in NOTES.md): Datawrapper's
// current snippet and AMP's resize the iframe pasted in the article, matched by its window.
// (pym.js runs for real below.)
const PARENTS: Record<string, (snippet: string) => string> = {
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
		await expect
			.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))), {
				timeout: 10_000,
			})
			.toBeLessThanOrEqual(2);
		expect(await iframeHeight(page)).not.toBe(720);
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
	recordHeld('browser', 'hostile messages', 'to /embed.js', 13);
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

// pym.js 1.3.2 from npm, as newsrooms load it: `new pym.Parent(containerId, url, {})` builds the
// iframe itself, adds `initialWidth` and `childId` to its address and sets its height
// attribute from the child's message (it checks no sender, only the id in the message).
const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');

for (const containerId of ['chart-1', 'my.chart'])
	test(`a real pym.js parent sizes the embed, and again when the host's width changes (container "${containerId}")`, async ({
		page,
		site,
	}) => {
		host.page('/pym.v1.min.js', PYM, 'text/javascript');
		const src = `${site.url}embed/timeline/`;
		host.page(
			'/pym.html',
			doc(
				`<div id="${containerId}"></div><script src="/pym.v1.min.js"></script><script>new pym.Parent(${JSON.stringify(containerId)}, ${JSON.stringify(src)}, { title: 'Timeline' });</script>`,
			),
		);
		await page.setViewportSize({ width: 1200, height: 900 });
		await page.goto(`${host.url}/pym.html`);
		const frame = await embedFrame(page);
		expect(new URL(frame.url()).searchParams.get('childId')).toBe(containerId);
		expect(Number(new URL(frame.url()).searchParams.get('initialWidth'))).toBeGreaterThan(0);
		const settle = () =>
			expect
				.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))), {
					timeout: 10_000,
				})
				.toBeLessThanOrEqual(2);
		await settle();
		const wide = await iframeHeight(page);
		expect(wide).not.toBe(150);
		// A narrower host: the chart reflows, the parent follows.
		await page.setViewportSize({ width: 420, height: 900 });
		await settle();
		expect(await iframeHeight(page)).not.toBe(wide);
		recordHeld('browser', 'real parents in the wild', `pym ${containerId}`, 2);
	});

test('the older Datawrapper script never gives one of two maps the other’s height', async ({
	page,
	site,
}) => {
	// Datawrapper's earlier embed script (datawrapper/chart-core lib/embed.js) finds the iframe
	// by the id in the message, not by the sender: `#datawrapper-chart-<id>`, then the first
	// `iframe[src*='<id>']`. Two maps, one plain (no title or footer), differ in height.
	const frameFor = (query: string) =>
		`<iframe src="${site.url}embed/network/${query}" title="Map${query}" style="width:100%;height:300px;border:0"></iframe>`;
	host.page(
		'/datawrapper-old.html',
		doc(`${frameFor('')}${frameFor('?plain')}<script>window.__set = [[], []];
		const frames = document.querySelectorAll('iframe');
		new MutationObserver(() => frames.forEach((f, i) => window.__set[i].push(f.style.height)))
			.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['style'] });
		window.addEventListener('message', function (event) {
			if (typeof event.data['datawrapper-height'] !== 'undefined') {
				for (var chartId in event.data['datawrapper-height']) {
					var iframe = document.getElementById('datawrapper-chart-' + chartId) ||
						document.querySelector("iframe[src*='" + chartId + "']");
					if (!iframe) continue;
					iframe.style.height = event.data['datawrapper-height'][chartId] + 'px';
				}
			}
		});</script>`),
	);
	await page.goto(`${host.url}/datawrapper-old.html`);
	const frames = await Promise.all(
		[0, 1].map(async (i) => {
			const frame = await (await page.locator('iframe').nth(i).elementHandle()).contentFrame();
			if (!frame) throw new Error('no frame');
			await frame.waitForLoadState('load');
			return frame;
		}),
	);
	await page.waitForTimeout(800);
	const [full, plain] = await Promise.all(frames.map(contentHeight));
	expect(Math.abs((full ?? 0) - (plain ?? 0))).toBeGreaterThan(20);
	const set = await page.evaluate(() => (window as unknown as { __set: string[][] }).__set);
	expect(set[0], 'heights the first map was given').not.toContain(`${plain ?? 0}px`);
	expect(set[1], 'heights the second map was given').not.toContain(`${full ?? 0}px`);
	recordHeld('browser', 'real parents in the wild', 'older Datawrapper, two maps', 2);
});

test('the Datawrapper id is unique per embed instance and safe in a selector', async ({
	page,
	site,
}) => {
	host.page(
		'/dw-ids.html',
		doc(`<iframe src="${site.url}embed/network/" title="A"></iframe><iframe src="${site.url}embed/network/" title="B"></iframe>
		<script>window.__ids = new Set(); window.addEventListener('message', (e) => {
			const d = e.data && e.data['datawrapper-height']; if (d) for (const id in d) window.__ids.add(id); });</script>`),
	);
	await page.goto(`${host.url}/dw-ids.html`);
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { __ids: Set<string> }).__ids.size))
		.toBe(2);
	const ids = await page.evaluate(() => [...(window as unknown as { __ids: Set<string> }).__ids]);
	for (const id of ids) expect(id).toMatch(/^network-[a-z0-9]+$/);
});

for (const timing of ['late', 'evaluated'] as const)
	test(`/embed.js ${timing === 'late' ? 'added after the charts reported' : 'run by a tag manager (no currentScript)'} still sizes them`, async ({
		page,
		site,
	}) => {
		const snippet = await copySnippet(page, site, 'timeline', 'script');
		const iframeOnly = snippet.replace(/\n<script[^>]*><\/script>/, '');
		expect(iframeOnly).not.toContain('<script');
		const scriptUrl = `${site.url}embed.js`;
		// A tag manager runs the code it was given, where the script has no element of its own.
		const code = readFileSync(path.join(DIST, 'embed.js'), 'utf8');
		const add =
			timing === 'late'
				? `const s = document.createElement('script'); s.src = ${JSON.stringify(scriptUrl)}; document.body.append(s);`
				: `new Function(${JSON.stringify(code).replace(/</g, '\\u003c')})();`;
		host.page(
			`/${timing}.html`,
			doc(
				`${iframeOnly.replace('loading="lazy" ', '')}<script>window.__add = () => { ${add} };</script>`,
			),
		);
		await page.goto(`${host.url}/${timing}.html`);
		const frame = await embedFrame(page);
		// The chart has reported its height long before the script arrives.
		await page.waitForTimeout(600);
		expect(await iframeHeight(page)).toBe(720);
		await page.evaluate(() => {
			(window as unknown as { __add: () => void }).__add();
		});
		await expect
			.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))))
			.toBeLessThanOrEqual(2);
		recordHeld('browser', 'spoofed and late /embed.js', timing, 1);
	});

test('options come from the query whatever the hash carries (WordPress appends #?secret=)', async ({
	page,
	site,
}) => {
	await open(page, site, 'embed/network/');
	const actor = await page.locator('[data-node]').first().getAttribute('data-node');
	await open(page, site, `embed/network/?focus=${actor ?? ''}#?secret=a1B2c3D4e5`);
	expect(new URL(page.url()).hash).toBe(`#focus=${actor ?? ''}`);
	await expect(page.locator('[data-network-panel] [data-claim]').first()).toBeVisible();
	await open(page, site, 'embed/timeline/');
	const event = await page.locator('.tl-mark').first().getAttribute('data-event');
	await open(page, site, `embed/timeline/?event=${event ?? ''}&theme=dark#?secret=a1B2c3D4e5`);
	expect(new URL(page.url()).hash).toBe(`#event=${event ?? ''}`);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('.tl-details')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('data-embed-secret', 'a1B2c3D4e5');
});

test('spoofs: a marked frame of another site, and our script served by another site, resize nothing', async ({
	page,
	site,
}) => {
	const code = readFileSync(path.join(DIST, 'embed.js'), 'utf8');
	host.page('/copied-embed.js', code, 'text/javascript');
	host.page(
		'/evil-frame.html',
		`<!doctype html><title>evil</title><script>setInterval(() => parent.postMessage({ type: 'explainer-embed:height', height: 999 }, '*'), 50);</script>`,
	);
	const ours = `<iframe id="ours" src="${site.url}embed/timeline/" title="Timeline" style="width:100%;height:300px;border:0" data-explainer-embed></iframe>`;
	const evil = `<iframe id="evil" src="${host.url}/evil-frame.html" title="Evil" style="width:100%;height:300px;border:0" data-explainer-embed></iframe>`;
	const cases = {
		// Our script, with a marked frame that is not ours posting our message.
		'marked frame of another site': `${ours}${evil}<script src="${site.url}embed.js"></script>`,
		// A copy of our script served by the host: it trusts only frames of the host's origin.
		'our script served elsewhere': `${ours}<script src="/copied-embed.js"></script>`,
	};
	for (const [name, body] of Object.entries(cases)) {
		host.page('/spoofs.html', doc(body));
		await page.goto(`${host.url}/spoofs.html`);
		await page.waitForTimeout(700);
		const height = (id: string) =>
			page.locator(id).evaluate((f) => f.getBoundingClientRect().height);
		if (name === 'marked frame of another site') {
			expect(await height('#evil'), name).toBe(300);
			expect(await height('#ours'), name).not.toBe(999);
		} else expect(await height('#ours'), name).toBe(300);
	}
	recordHeld('browser', 'spoofed and late /embed.js', 'spoofs', Object.keys(cases).length);
});

/** A chart's oEmbed response, as a consumer fetches it. */
async function oembedOf(
	site: StaticServer,
	embedPath: string,
): Promise<{ html: string; width: number; height: number }> {
	const response = await fetch(`${site.url}${embedPath}oembed.json`);
	expect(response.status).toBe(200);
	const json = (await response.json()) as { html: string; width: number; height: number };
	// The built responses name the site's public address; here the site is on a test port.
	return { ...json, html: json.html.replace(/https?:\/\/localhost:4321\//g, site.url) };
}

/**
 * The oEmbed html as WordPress shows it for a provider it discovered (wp_filter_oembed_result in
 * WordPress 6.1): the leading blockquote and the first iframe kept, the iframe's attributes cut
 * to the few it allows, a secret added, the iframe hidden and sandboxed.
 */
function asWordPressShows(html: string, secret: string): string {
	const $ = cheerio.load(html);
	const href = $('blockquote a').attr('href') ?? '';
	const iframe = $('iframe').first();
	const kept = [
		'width',
		'height',
		'frameborder',
		'marginwidth',
		'marginheight',
		'scrolling',
		'title',
	]
		.filter((a) => iframe.attr(a) !== undefined)
		.map((a) => ` ${a}="${(iframe.attr(a) ?? '').replace(/"/g, '&quot;')}"`)
		.join('');
	return `<blockquote class="wp-embedded-content" data-secret="${secret}"><a href="${href}">${$('blockquote a').text()}</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" src="${iframe.attr('src') ?? ''}#?secret=${secret}" data-secret="${secret}"${kept}></iframe>`;
}

/** What wp-embed.js does on the host page (WordPress 6.1): the same checks, clamp and handshake. */
const WP_EMBED_JS = `<script>
window.addEventListener('message', function (e) {
	var d = e.data; if (!d || !(d.secret || d.message || d.value) || /[^a-zA-Z0-9]/.test(d.secret)) return;
	document.querySelectorAll('blockquote[data-secret="' + d.secret + '"]').forEach(function (b) { b.style.display = 'none'; });
	document.querySelectorAll('iframe[data-secret="' + d.secret + '"]').forEach(function (f) {
		if (e.source !== f.contentWindow) return;
		f.removeAttribute('style');
		if (d.message === 'height') { var h = parseInt(d.value, 10); f.height = h > 1000 ? 1000 : ~~h < 200 ? 200 : h; }
		if (d.message === 'link') window.__linkAsked = d.value;
	});
});
window.addEventListener('load', function () {
	document.querySelectorAll('iframe.wp-embedded-content').forEach(function (f) {
		f.contentWindow.postMessage({ message: 'ready', secret: f.getAttribute('data-secret') }, '*');
	});
});
</script>`;

for (const embedPath of ['embed/network/', 'embed/timeline/'])
	test(`${embedPath} by URL: in a WordPress-style host it shows at its height, clamped, the link hidden`, async ({
		page,
	}) => {
		// Served with our `_headers` (CORS on the built scripts): sandboxed, the embed's own
		// origin is opaque, and its module scripts are cross-origin requests.
		const rules = readHeadersFile(DIST);
		const strict = await serveStatic(DIST, { base: BASE, headers: (p) => headersFor(rules, p) });
		test.info().setTimeout(60_000);
		const { html } = await oembedOf(strict, embedPath);
		host.page('/wp.html', doc(`${asWordPressShows(html, 'a1B2c3D4e5')}${WP_EMBED_JS}`));
		await page.goto(`${host.url}/wp.html`);
		const iframe = page.locator('iframe.wp-embedded-content');
		const frame = await embedFrame(page);
		await expect(iframe).not.toHaveAttribute('style', /clip/);
		await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
		await expect
			.poll(async () => {
				const content = await contentHeight(frame);
				return Math.abs((await iframeHeight(page)) - Math.min(1000, Math.max(200, content)));
			})
			.toBeLessThanOrEqual(2);
		expect(
			await page.evaluate(() => (window as unknown as { __linkAsked?: string }).__linkAsked),
		).toBeUndefined();
		await strict.close();
	});

test('by URL: the oEmbed html, where no resizer runs, starts at about the chart’s real height', async ({
	page,
	site,
}) => {
	await open(page, site, 'embed/network/');
	const actor = await page.locator('[data-node]').first().getAttribute('data-node');
	for (const embedPath of ['embed/network/', 'embed/timeline/', `embed/network/${actor ?? ''}/`]) {
		const { html, width, height } = await oembedOf(site, embedPath);
		// Scripts stripped and style dropped, as strict hosts do: the attributes size the frame.
		const bare = html.replace(/<script[^>]*><\/script>/g, '').replace(/ style="[^"]*"/, '');
		host.page(
			'/bare.html',
			`<!doctype html><html lang="en"><title>Bare</title><link rel="icon" href="data:,"><body style="margin:0">${bare}`,
		);
		await page.setViewportSize({ width: width + 40, height: 900 });
		await page.goto(`${host.url}/bare.html`);
		const frame = await embedFrame(page);
		expect(await iframeHeight(page), embedPath).toBe(height);
		const real = await contentHeight(frame);
		expect(
			Math.abs(real - height) / real,
			`${embedPath}: stated ${height}, real ${real}`,
		).toBeLessThan(0.25);
		await expect(page.locator('blockquote a')).toHaveAttribute('href', /^http/);
	}
});

test('by URL where the html is kept as it is (trusted provider, Ghost): our resizer sizes it and hides the link', async ({
	page,
	site,
}) => {
	const { html } = await oembedOf(site, 'embed/timeline/');
	host.page('/trusted.html', doc(html));
	await page.goto(`${host.url}/trusted.html`);
	const frame = await embedFrame(page);
	await expect
		.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))))
		.toBeLessThanOrEqual(2);
	await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
});
