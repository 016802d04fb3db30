import type { Frame, Page } from '@playwright/test';
import { createI18n } from '../../src/i18n';
import { describeAttribution } from '../../src/lib/content/attribution';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/state';
import { recordHeld } from '../support/adversarial';
import { startHost, type Host } from '../support/host';
import { test, expect, violations } from './strict';

/**
 * The adversarial suite: hostile hashes, embed options, messages and search queries against
 * the built site served with our header policy. Each input must hold: nothing of it runs,
 * nothing throws, the policy is never violated, the page does not navigate, and the page
 * still works. Each test records how many inputs it tried once all of them held.
 */

/** Anything an input could make run sets this. */
const PWN = 'window.__pwned=1';

/** Errors and uncaught exceptions on a page (and its frames) since `watch` was called. */
function watch(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
	return problems;
}

const pwned = (target: Page | Frame) =>
	target.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

const HASHES = [
	'#focus=%',
	'#event=%E0%A4%A',
	'#focus=%E0%A4%A',
	'#edge=%',
	'#%',
	'#%%%',
	'#event=%ED%A0%80',
	'#focus=%C0%80',
	'#focus=%00',
	'#focus=',
	'#event=',
	'#focus=__proto__',
	'#focus=constructor',
	'#edge=toString',
	'#event=__proto__',
	'#event=hasOwnProperty',
	`#focus=<img src=x onerror=${PWN}>`,
	`#focus=%3Cimg%20src%3Dx%20onerror%3D${encodeURIComponent(PWN)}%3E`,
	`#"><svg onload=${PWN}>`,
	`#javascript:${PWN}`,
	'#focus=a\'"]',
	'#focus=\\',
	'#focus=a#?secret=abc1234567',
	'#?secret=<script>',
	'#?secret=%',
	'#focus=../../etc/passwd',
	'#focus=%25%25',
	'#event=\u202eevil',
	`#focus=${'a'.repeat(20_000)}`,
	`#event=${'%E0'.repeat(3000)}`,
];

/** The pages that read a hash: the charts, in full and embedded, and a page with citations. */
const HASH_PAGES = ['network/', 'timeline/', 'embed/network/', 'embed/timeline/', 'evidence/'];

let host: Host;
test.beforeAll(async () => {
	host = await startHost();
});
test.afterAll(async () => {
	await host.close();
});

test('hostile hashes: on load and on change, nothing throws or runs, the charts still work', async ({
	page,
	strictSite,
}) => {
	test.setTimeout(180_000);
	const problems = watch(page);
	let tried = 0;
	for (const pathname of HASH_PAGES) {
		for (const hash of HASHES) {
			// On load (the charts read the hash as they start)…
			await page.goto(`${strictSite.url}${pathname}${hash}`);
			await expect(page.locator('h1, main svg').first()).toBeVisible();
			expect(problems, `${pathname}${hash.slice(0, 60)}`).toEqual([]);
			expect(await pwned(page)).toBeUndefined();
			expect(await violations(page)).toEqual([]);
			tried++;
		}
		// …and on change, one after another on the same page.
		await page.goto(`${strictSite.url}${pathname}`);
		for (const hash of HASHES) {
			await page.evaluate((h) => {
				location.hash = h;
			}, hash);
			tried++;
		}
		await page.waitForTimeout(100);
		expect(problems, pathname).toEqual([]);
		expect(await pwned(page)).toBeUndefined();
		expect(new URL(page.url()).pathname).toBe(new URL(`${strictSite.url}${pathname}`).pathname);
	}
	// Still working: a good hash still selects.
	await page.goto(`${strictSite.url}embed/timeline/`);
	const event = await page.locator('.tl-mark').first().getAttribute('data-event');
	await page.evaluate(
		(h) => {
			location.hash = h;
		},
		`#event=${event ?? ''}`,
	);
	await expect(page.locator('.tl-details')).toBeVisible();
	recordHeld('browser', 'hostile hashes', 'load and change', tried);
});

/** Embed addresses with hostile options, each framed by an article on another origin. */
const OPTIONS = [
	'?theme=<script>',
	'?theme=dark%00',
	'?theme=dark&theme=light',
	'?theme=%',
	'?plain=<b>',
	'?static=%E0%A4%A',
	`?focus=<img src=x onerror=${PWN}>`,
	'?focus=__proto__',
	'?focus=%',
	`?focus=${'a'.repeat(5000)}`,
	'?event=%E0%A4%A',
	'?event=constructor',
	'?event=../../x',
	'?focus=a&event=b',
	'?childId=my.chart',
	'?childId=a%20xPYMxnavigateToxPYMxjavascript:alert(1)',
	'?childId=chart-1xPYMxnavigateToxPYMxjavascript:alert(1)',
	'?childId=%3Cscript%3E',
	'?childId=%E2%80%AE',
	'?childId=',
	`?childId=${'x'.repeat(5000)}`,
	'?initialWidth=-1&childId=c',
	'?initialWidth=NaN&childId=c',
	'?#?secret=abc',
	'#?secret=%22%3E%3Cscript%3E',
	'#?secret=abc1234567',
	`#?secret=${'a'.repeat(65)}`,
	'?%=%',
	'?&&&=&',
	`?q=${'%'.repeat(2000)}`,
];

test('hostile embed options: every message the host receives is a sane height, nothing runs', async ({
	page,
	strictSite,
}) => {
	test.setTimeout(180_000);
	const problems = watch(page);
	let tried = 0;
	for (const chart of ['embed/network/', 'embed/timeline/']) {
		for (const option of OPTIONS) {
			const src = `${strictSite.url}${chart}${option}`;
			host.page(
				'/options.html',
				`<!doctype html><html lang="en"><title>Article</title><link rel="icon" href="data:,">
				<iframe src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" title="Chart" style="width:100%;height:300px;border:0"></iframe>
				<script>window.__messages = []; window.addEventListener('message', (e) => window.__messages.push(e.data));</script>`,
			);
			await page.goto(`${host.url}/options.html`);
			const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
			if (!frame) throw new Error('no frame');
			await frame.waitForLoadState('load');
			await expect(frame.locator('main svg').first()).toBeVisible();
			await page.waitForTimeout(150);
			const where = `${chart}${option.slice(0, 60)}`;
			expect(problems, where).toEqual([]);
			expect(await pwned(frame), where).toBeUndefined();
			expect(await violations(frame), where).toEqual([]);
			const theme = await frame.evaluate(() => document.documentElement.dataset['theme']);
			expect([undefined, 'light', 'dark'], where).toContain(theme);
			const messages = await page.evaluate(
				() => (window as unknown as { __messages: unknown[] }).__messages,
			);
			expect(messages.length, where).toBeGreaterThan(0);
			for (const m of messages) {
				if (typeof m === 'string') {
					// pym's format, for the very id pym put in the address, and only a height.
					const id = new URL(src).searchParams.get('childId') ?? '';
					expect(m.startsWith(`pymxPYMx${id}xPYMxheightxPYMx`), where).toBe(true);
					expect(m.slice(`pymxPYMx${id}xPYMx`.length), where).toMatch(/^heightxPYMx\d+$/);
				} else {
					const json = JSON.stringify(m);
					expect(json, where).not.toMatch(/navigate|link|javascript:|<script|onerror/i);
					const heights = json.match(/\d+(?:\.\d+)?/g) ?? [];
					expect(heights.length, where).toBeGreaterThan(0);
				}
			}
			tried++;
		}
	}
	recordHeld('browser', 'hostile embed options', 'query and hash', tried);
});

test('hostile messages to an embed: it reads none, never navigates, keeps reporting', async ({
	page,
	strictSite,
}) => {
	const problems = watch(page);
	host.page(
		'/messages.html',
		`<!doctype html><html lang="en"><title>Article</title><link rel="icon" href="data:,">
		<iframe src="${strictSite.url}embed/network/?childId=c1" title="Chart" style="width:100%;height:300px;border:0"></iframe>
		<script>window.__messages = []; window.addEventListener('message', (e) => window.__messages.push(e.data));</script>`,
	);
	await page.goto(`${host.url}/messages.html`);
	const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
	if (!frame) throw new Error('no frame');
	await frame.waitForLoadState('load');
	const url = frame.url();
	const hostile: unknown[] = [
		'pymxPYMxc1xPYMxnavigateToxPYMxjavascript:window.__pwned=1',
		'pymxPYMxc1xPYMxwidthxPYMx-1',
		'pymxPYMxc1xPYMxwidthxPYMx1e309',
		'pymxPYMxc1xPYMxscrollToChildPosxPYMx99999',
		{ message: 'link', value: 'javascript:window.__pwned=1', secret: 'x' },
		{ message: 'height', value: 10, secret: 'x' },
		{ sentinel: 'amp', type: 'embed-size', height: 1 },
		{ 'datawrapper-height': { network: 1 } },
		{ type: 'explainer-embed:navigate', url: 'https://evil.test/' },
		{ type: 'explainer-embed:height', height: 5 },
		{ type: 'explainer-embed:ask', then: 'javascript:window.__pwned=1' },
		{ __proto__: { type: 'explainer-embed:ask' } },
		{ toString: 'x', valueOf: 'y' },
		{ type: ['explainer-embed:ask'] },
		[1, 2, 3],
		null,
		undefined,
		0,
		'',
		'x'.repeat(1_000_000),
		new ArrayBuffer(16),
		{ html: `<img src=x onerror=${PWN}>` },
	];
	for (const message of hostile)
		await page.evaluate((m) => {
			document.querySelector('iframe')?.contentWindow?.postMessage(m, '*');
		}, message);
	await page.waitForTimeout(300);
	expect(problems).toEqual([]);
	expect(await pwned(frame)).toBeUndefined();
	expect(await pwned(page)).toBeUndefined();
	expect(frame.url()).toBe(url);
	// Our own ask, from the parent, is the one message it answers.
	const before = await page.evaluate(
		() => (window as unknown as { __messages: unknown[] }).__messages.length,
	);
	await page.evaluate(() => {
		document
			.querySelector('iframe')
			?.contentWindow?.postMessage({ type: 'explainer-embed:ask' }, '*');
	});
	await expect
		.poll(() =>
			page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages.length),
		)
		.toBeGreaterThan(before);
	recordHeld('browser', 'hostile messages', 'to an embed', hostile.length);
});

/** What readers type or paste into search, or put in a shared link. */
const QUERIES = [
	`<img src=x onerror="${PWN}">`,
	`<script>${PWN}</script>`,
	`"><svg onload=${PWN}>`,
	'\u202eevil\u202c',
	'\u202ecabello',
	'\u200f\u200e\u2066x\u2069',
	'مرحبا cabello',
	'%',
	'%E0%A4%A',
	'\\',
	'.*+?^${}()|[]',
	"' OR 1=1 --",
	'<mark>x</mark>',
	'&lt;mark&gt;',
	'\u0000',
	'😀👩‍👩‍👧',
	'\ud800',
	'cabello '.repeat(200),
	'a'.repeat(MAX_QUERY_LENGTH + 500),
	'__proto__',
	'constructor',
	'javascript:alert(1)',
];

test('hostile search queries: typed and linked, shown as isolated text, nothing runs', async ({
	page,
	strictSite,
}) => {
	test.setTimeout(120_000);
	const problems = watch(page);
	let tried = 0;
	const status = page.locator('search-panel:visible [role="status"]');
	const input = page.getByRole('combobox', { name: /^Search names/ });
	for (const query of QUERIES) {
		// Linked: ?q= in the address.
		await page.goto(`${strictSite.url}search/?${new URLSearchParams({ q: query }).toString()}`);
		await expect(status).not.toBeEmpty();
		const value = await input.inputValue();
		expect(value.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
		if (value.trim() !== '') {
			await expect(status.locator('bdi')).toHaveText(value.trim());
			// The address holds at most the capped query.
			expect(page.url().length).toBeLessThan(MAX_QUERY_LENGTH * 9 + 200);
		}
		tried++;
		// Typed (filled) into the box.
		await input.fill(query);
		if ((await input.inputValue()).trim() !== '')
			await expect(status.locator('bdi')).toHaveCount(1);
		tried++;
		expect(problems, query.slice(0, 40)).toEqual([]);
		expect(await pwned(page)).toBeUndefined();
		expect(await violations(page)).toEqual([]);
	}
	recordHeld('browser', 'hostile search queries', 'linked and typed', tried);
});

test('a right-to-left override in a query cannot reverse the status sentence', async ({
	page,
	strictSite,
}) => {
	await page.goto(`${strictSite.url}search/?q=${encodeURIComponent('\u202ecabello')}`);
	const status = page.locator('search-panel:visible [role="status"]');
	await expect(status).toContainText('for “');
	const bdi = status.locator('bdi');
	await expect(bdi).toHaveText('\u202ecabello');
	expect(await bdi.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
	// The sentence starts on the left, as written: its first words come before the query.
	const [sentenceLeft, queryLeft] = await status.evaluate((el) => {
		const range = document.createRange();
		range.setStart(el.firstChild ?? el, 0);
		range.setEnd(el.firstChild ?? el, 1);
		return [
			range.getBoundingClientRect().left,
			el.querySelector('bdi')?.getBoundingClientRect().left ?? 0,
		];
	});
	expect(sentenceLeft).toBeLessThan(queryLeft);
});

test('the attribution filter names the sourcing in plain words', async ({ page, strictSite }) => {
	await page.goto(`${strictSite.url}search/?q=cabello&kind=claim`);
	const status = page.locator('search-panel:visible [role="status"]');
	const radios = page.locator(
		'search-panel:visible [data-filter="attribution"] input[value]:not([value=""])',
	);
	const count = await radios.count();
	expect(count).toBeGreaterThan(1);
	for (let i = 0; i < count; i++) {
		const kind = (await radios.nth(i).getAttribute('value')) ?? '';
		await radios.nth(i).check({ force: true });
		const label = describeAttribution(
			kind as Parameters<typeof describeAttribution>[0],
			createI18n('en'),
		).label;
		await expect(status).toContainText(
			new RegExp(`(among claims|claims?) sourced as ${label.toLowerCase()}\\.`),
		);
		await expect(status).not.toContainText(
			`sourced as ${describeAttribution(kind as Parameters<typeof describeAttribution>[0], createI18n('en')).symbol}`,
		);
	}
});

test('a pasted query longer than the cap is cut with a note, and the page still reloads under nginx', async ({
	page,
	nginxSite,
}) => {
	const problems = watch(page);
	await page.goto(`${nginxSite.url}search/`);
	const input = page.getByRole('combobox', { name: /^Search names/ });
	const note = page.locator('search-panel:visible [data-too-long]');
	await expect(note).toBeHidden();
	await input.focus();
	await page.keyboard.insertText('cabello é '.repeat(2000));
	expect((await input.inputValue()).length).toBe(MAX_QUERY_LENGTH);
	await expect(note).toBeVisible();
	await expect(input).toHaveAttribute(
		'aria-describedby',
		new RegExp(`${(await note.getAttribute('id')) ?? ''}$`),
	);
	await expect(page.locator('search-panel:visible [role="status"]')).toContainText('for “');
	expect(page.url().length).toBeLessThan(8000);
	const response = await page.reload();
	expect(response?.status()).toBe(200);
	expect((await input.inputValue()).length).toBeGreaterThan(MAX_QUERY_LENGTH - 20);
	expect(problems).toEqual([]);
});
