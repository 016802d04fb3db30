/**
 * Offline reading against a real nginx (tests/support/nginx-host.ts): the first visit keeps only
 * the shell and the page read; saving the whole story, reading it offline and removing it;
 * updates that re-save only what changed and never mix builds, with a host sending max-age;
 * a tab left open across a deploy; what search says when it cannot reach its index; and a
 * copy opened from disk. Runs under the sub-path build too (npm run test:subpath).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { contentDir } from '../../src/content-io/collections';
import { readContent } from '../../src/content-io/read-content';
import { createI18n } from '../../src/i18n';
import { formatBytes } from '../../src/lib/offline/format';
import { editionPrefix } from '../../src/lib/site/editions';
import { makeDeploy } from '../support/deploy';
import { startHost, type Host, type HostOptions } from '../support/nginx-host';
import { BASE, DIST } from '../support/paths';

interface Manifest {
	version: string;
	bytes: number;
	files: [string, number, string][];
}

const manifestOf = (dir: string): Manifest =>
	JSON.parse(readFileSync(path.join(dir, 'offline', 'en.json'), 'utf8')) as Manifest;
/** A page a reader reads: not the offline page, not a moved page's redirect stand-in. */
const readable = (dir: string) => (entry: [string, number, string]) => {
	const p = entry[0];
	if (!(p === '' || p.endsWith('/')) || p.startsWith('offline/')) return false;
	return !readFileSync(path.join(dir, p, 'index.html'), 'utf8').includes('http-equiv="refresh"');
};

/** Pages throw nothing uncaught; offline answers (503, 404) may log as failed loads. */
const test = base.extend<{
	uncaught: void;
	host: (options?: Omit<HostOptions, 'dist' | 'base'>) => Promise<Host>;
}>({
	uncaught: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await use();
			expect(errors, 'uncaught errors').toEqual([]);
		},
		{ auto: true },
	],
	host: async ({}, use) => {
		const started: Host[] = [];
		await use(async (options = {}) => {
			const server = await startHost({ dist: DIST, base: BASE, ...options });
			started.push(server);
			return server;
		});
		await Promise.all(started.map((s) => s.close()));
	},
});

/**
 * Every URL in the site's caches, by cache name. Opening a cache creates it if the worker has
 * just deleted it, so this is only for moments when the worker deletes nothing; while it may
 * be tidying up, use `cacheNames` or `isKept`, which create nothing.
 */
function caches(page: Page): Promise<Record<string, string[]>> {
	return page.evaluate(async () => {
		const out: Record<string, string[]> = {};
		for (const name of await window.caches.keys())
			out[name] = (await (await window.caches.open(name)).keys()).map((r) => r.url);
		return out;
	});
}

/** The names of the site's caches. */
function cacheNames(page: Page): Promise<string[]> {
	return page.evaluate(() => window.caches.keys());
}

/** Whether any of the site's caches holds `url`. */
function isKept(page: Page, url: string): Promise<boolean> {
	return page.evaluate(async (u) => Boolean(await window.caches.match(u)), url);
}

/** Waits until the worker controls the page and has kept the page itself. */
async function workerReady(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => {
				navigator.serviceWorker.addEventListener('controllerchange', r, { once: true });
			});
	});
	const url = page.url().replace(/[?#].*$/, '');
	await expect.poll(() => isKept(page, url)).toBe(true);
}

/** Clicks the home page's "Save" with the keyboard and waits for "Saved on …". */
async function save(page: Page): Promise<void> {
	const control = page.locator('offline-save[data-placement="home"]');
	// The control's code loads once the page has loaded and the worker is ready; until then
	// the button is hidden, and focusing it would do nothing.
	await expect(control.locator('[data-save]')).toBeVisible();
	await control.locator('[data-save]').focus();
	await page.keyboard.press('Enter');
	await expect(control.locator('[data-state]')).toContainText('Saved on', { timeout: 30_000 });
}

async function update(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await (await navigator.serviceWorker.getRegistration())?.update();
	});
}

/**
 * Updates the worker and waits until the new one is activated and controls the page.
 * `update()` returns once installing has begun, and until the new worker activates the old one
 * answers every page; a page opened in that moment once kept Chromium holding the new worker
 * back for over 50 s. A test that means to open a page of the new build waits for this first.
 */
async function takeOver(page: Page): Promise<void> {
	await page.evaluate(() => {
		navigator.serviceWorker.addEventListener(
			'controllerchange',
			() => {
				document.documentElement.setAttribute('data-test-taken-over', '');
			},
			{ once: true },
		);
	});
	await update(page);
	await expect
		.poll(() =>
			page.evaluate(async () => {
				const r = await navigator.serviceWorker.getRegistration();
				const settled = !r?.installing && !r?.waiting && r?.active?.state === 'activated';
				return settled && document.documentElement.hasAttribute('data-test-taken-over');
			}),
		)
		.toBe(true);
}

/** The saved state of the English edition, as the worker stored it. */
function savedState(page: Page): Promise<{ version?: string; savedAt?: string } | undefined> {
	return page.evaluate(async (scope) => {
		const response = await (
			await window.caches.open('explainer-state')
		).match(new URL('__offline-state', new URL(scope, location.href)).href);
		const state = response
			? ((await response.json()) as { saved: Record<string, { version?: string }> })
			: undefined;
		return state?.saved['en'];
	}, BASE);
}

test('a first visit keeps only the shell and the page read; offline, a page not kept says so', async ({
	page,
	host,
}) => {
	const server = await host();
	// The worker is registered once the page has loaded, so that starting it never runs
	// beside the page's first frame.
	await page.addInitScript(() => {
		type Register = ServiceWorkerContainer['register'];
		const proto = ServiceWorkerContainer.prototype;
		const register = Object.getOwnPropertyDescriptor(proto, 'register')?.value as Register;
		proto.register = function (this: ServiceWorkerContainer, ...args: Parameters<Register>) {
			document.documentElement.dataset['testRegisteredWhen'] = document.readyState;
			return Reflect.apply(register, this, args);
		};
	});
	await page.goto(`${server.url}explainers/`);
	await workerReady(page);
	await expect(page.locator('html')).toHaveAttribute('data-test-registered-when', 'complete');
	// The offline page is kept too, and nothing of search, no other page.
	await expect.poll(() => isKept(page, `${server.url}offline/`)).toBe(true);
	const kept = Object.values(await caches(page)).flat();
	const pages = kept.filter((u) => u.endsWith('/'));
	expect(pages.sort()).toEqual([`${server.url}explainers/`, `${server.url}offline/`]);
	expect(kept.filter((u) => /\/pagefind\/|search-ui/.test(u))).toEqual([]);
	expect(server.takeLog().filter((l) => /\/pagefind\/|search-ui/.test(l.path))).toEqual([]);

	// Query strings do not add entries: the key is the address without them.
	const before = Object.values(await caches(page)).flat().length;
	for (const query of ['?a=1', '?a=2', '?utm_source=x', '?q=%C3%A9'])
		await page.goto(`${server.url}explainers/${query}`);
	await page.waitForTimeout(300);
	expect(Object.values(await caches(page)).flat().length).toBe(before);

	// Online, a miss is the host's own 404, passed on as it is.
	const online404 = await page.goto(`${server.url}no-such-page/`);
	expect(online404?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');

	await server.stop();
	const read = await page.goto(`${server.url}explainers/?from=offline`);
	expect(read?.status()).toBe(200);
	await expect(page.locator('h1')).toHaveText('Explainers');

	const missing = await page.goto(`${server.url}actors/`);
	expect(missing?.status()).toBe(503);
	await expect(page.locator('h1')).toHaveText('You are offline');
	await expect(page.locator('main')).toContainText('This page is not saved on this device');
	// A link to what is kept, and "Try again" for the page asked for.
	await expect(page.locator('[data-offline-list] a')).toHaveText(['Explainers']);
	await expect(page.locator('[data-offline-retry]')).toHaveAttribute(
		'href',
		`${server.url}actors/`,
	);
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('saving the story: its size, progress, every page and search offline, then removal', async ({
	page,
	host,
}) => {
	test.slow();
	const server = await host();
	const manifest = manifestOf(DIST);
	const live: string[] = [];
	await page.exposeFunction('recordLive', (text: string) => live.push(text));
	await page.goto(server.url);
	await workerReady(page);
	const control = page.locator('offline-save[data-placement="home"]');
	await expect(control).toBeVisible();
	// The home page has its own section; the footer's stays out of the way.
	await expect(page.locator('offline-save[data-placement="footer"]')).toBeHidden();
	await expect(control).toContainText(
		`up to ${formatBytes(manifest.bytes, 'en')}, in ${manifest.files.length} files`,
	);
	await page.evaluate(() => {
		const region = document.querySelector('offline-save[data-placement="home"] [data-live]');
		if (region)
			new MutationObserver(() => {
				void (window as unknown as { recordLive: (t: string) => Promise<void> }).recordLive(
					region.textContent,
				);
			}).observe(region, { childList: true, characterData: true, subtree: true });
	});
	await save(page);
	await expect(control.locator('[data-remove]')).toBeVisible();
	await expect(control.locator('[data-remove]')).toBeFocused();
	expect(live[0]).toBe('Saving the story for offline reading.');
	expect(live.at(-1)).toMatch(/^Saved on /);
	const axe = await new AxeBuilder({ page }).include('offline-save').analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);

	// The search results the reader gets online, to compare with offline.
	const results = page.locator(
		'search-panel[data-mode="page"] [role="option"]:not(.search-result--sub)',
	);
	const query = 'Cabello';
	await page.goto(`${server.url}search/?q=${query}`);
	await expect(results.first()).toBeVisible();
	const online = await page.locator('search-panel[data-mode="page"] [data-status]').innerText();

	await server.stop();
	const failed: string[] = [];
	page.on('requestfailed', (request) => {
		// Requests a page still had going when the next page replaced it are cancelled, not failed.
		if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(request.url());
	});
	for (const [p] of manifest.files.filter(readable(DIST))) {
		const response = await page.goto(server.url + p);
		expect(response?.status(), `/${p} offline`).toBe(200);
		// Styled: every stylesheet loaded from the saved copy.
		expect(
			await page.evaluate(() => [...document.styleSheets].every((s) => s.cssRules.length > 0)),
			`/${p} styles`,
		).toBe(true);
	}
	expect(failed).toEqual([]);
	await page.goto(`${server.url}search/?q=${query}`);
	await expect(results.first()).toBeVisible();
	await expect(page.locator('search-panel[data-mode="page"] [data-status]')).toHaveText(online);

	// The whole edition is saved, so the worker knows this address is no page: 404.
	const none = await page.goto(`${server.url}no-such-page/`);
	expect(none?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');

	await server.start();
	await page.goto(server.url);
	await control.locator('[data-remove]').click();
	await expect(control.locator('[data-state]')).toHaveText(
		'The saved copy is removed from this device.',
	);
	await expect(control.locator('[data-save]')).toBeFocused();
	expect((await cacheNames(page)).filter((n) => n.includes('-saved-'))).toEqual([]);
	await server.stop();
	expect((await page.goto(`${server.url}timeline/`))?.status()).toBe(503);
});

test('in other pages’ footers the control is folded, and its code loads when the reader opens it', async ({
	page,
	host,
}) => {
	const server = await host();
	const manifest = manifestOf(DIST);
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto(`${server.url}explainers/`);
	await workerReady(page);
	const fold = page.locator('details[data-offline-fold]');
	await expect(fold).toBeVisible();
	await expect(fold).not.toHaveAttribute('open');
	expect(requests.filter((u) => /offline-save/.test(u))).toEqual([]);

	await fold.locator('summary').focus();
	await page.keyboard.press('Enter');
	const control = fold.locator('offline-save');
	await expect(control).toBeVisible();
	await expect(control).toContainText(
		`up to ${formatBytes(manifest.bytes, 'en')}, in ${manifest.files.length} files`,
	);
	expect(requests.filter((u) => /offline-save/.test(u))).toHaveLength(1);
	await control.locator('[data-save]').click();
	await expect(control.locator('[data-state]')).toContainText('Saved on', { timeout: 30_000 });
	const axe = await new AxeBuilder({ page }).include('.site-footer').analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('updates re-save only what changed, never mix builds, and leave one version (max-age host)', async ({
	page,
	host,
}) => {
	test.slow();
	const server = await host({ maxAge: 600 });
	const a = manifestOf(DIST);
	await page.goto(server.url);
	await workerReady(page);
	await save(page);

	// Deploy 2: one page's text changes. Only that page is downloaded again.
	const b = makeDeploy(DIST, { edit: ['actors/index.html', '<h1', '<h1 data-deploy="2"'] });
	server.deploy(b.dir);
	server.takeLog();
	await update(page);
	await expect
		.poll(async () => (await savedState(page))?.version, { timeout: 30_000 })
		.toBe(b.version);
	const changed = manifestOf(b.dir).files.filter(
		([p, , hash]) => a.files.find((f) => f[0] === p)?.[2] !== hash,
	);
	const fetched = server
		.takeLog()
		.map((l) => l.path.slice(BASE.length))
		.filter((p) => p !== 'sw.js' && p !== 'offline/en.json');
	expect([...new Set(fetched)].sort()).toEqual(changed.map(([p]) => p).sort());

	// Deploy 3: new names for every script and stylesheet. Pages come again, the index does not.
	const c = makeDeploy(b.dir, { renameAssets: 'v3' });
	server.deploy(c.dir);
	server.takeLog();
	await update(page);
	await expect
		.poll(async () => (await savedState(page))?.version, { timeout: 30_000 })
		.toBe(c.version);
	const third = server.takeLog().map((l) => l.path);
	expect(third.filter((p) => /\/pagefind\/|\.png$|\/data\/.+\.json$/.test(p))).toEqual([]);

	// Offline, every saved page is the last build, with that build's styles and scripts.
	await server.stop();
	const failed: string[] = [];
	page.on('requestfailed', (request) => {
		// Requests a page still had going when the next page replaced it are cancelled, not failed.
		if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(request.url());
	});
	for (const [p] of manifestOf(c.dir).files.filter(readable(c.dir))) {
		expect((await page.goto(server.url + p))?.status(), `/${p}`).toBe(200);
		const assets = await page.evaluate(() =>
			[
				...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>(
					'link[rel="stylesheet"], script[src]',
				),
			].map((e) => ('href' in e ? e.href : e.src)),
		);
		expect(
			assets.filter((u) => u.includes('/_astro/') && !u.includes('v3.')),
			`/${p}`,
		).toEqual([]);
	}
	await expect(page.locator('h1').first()).toBeVisible();
	expect(failed).toEqual([]);
	await page.goto(`${server.url}actors/`);
	await expect(page.locator('h1[data-deploy="2"]')).toBeVisible();

	// Back online, once the tabs of older builds are gone, only this build's caches remain.
	await server.start();
	await page.goto(server.url);
	await page.goto(`${server.url}explainers/`);
	await expect
		.poll(async () => (await cacheNames(page)).sort())
		.toEqual([`explainer-${c.version}`, `explainer-${c.version}-saved-en`, 'explainer-state']);
});

test('a tab left open across a deploy keeps its files, offers a reload when its search module is gone, and recovers', async ({
	page,
	host,
}) => {
	const server = await host({ maxAge: 600 });
	const before = manifestOf(DIST).version;
	await page.goto(server.url);
	await workerReady(page);
	const next = makeDeploy(DIST, { renameAssets: 'n1' });
	server.deploy(next.dir);

	// The new worker takes over; a page opened in another tab gets the new build. The first
	// tab's caches stay, because that tab still uses them.
	await takeOver(page);
	// A version no tab uses: once the worker has deleted it, it has decided about the others.
	await page.evaluate(() => window.caches.open('explainer-0000deadbeef'));
	const other = await page.context().newPage();
	await other.goto(`${server.url}explainers/`);
	await workerReady(other);
	// Names only: opening a cache to list it would bring back one the worker had just deleted.
	await expect.poll(() => cacheNames(other)).not.toContain('explainer-0000deadbeef');
	expect(await cacheNames(other)).toEqual(
		expect.arrayContaining([`explainer-${next.version}`, `explainer-${before}`]),
	);
	await other.close();

	// Search was never opened, so its module was never kept; the new build renamed it.
	await page.keyboard.press('/');
	const status = page.locator('dialog [data-status]');
	await expect(status).toHaveText(
		'A new version of this site is available: reload the page to search it.',
	);
	await page.locator('dialog [data-reload]').click();
	await page.waitForLoadState('load');
	await page.keyboard.press('/');
	await page.locator('dialog input[name="q"]').fill('Cabello');
	await expect(page.locator('dialog [role="option"]').first()).toBeVisible();
	const scripts = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
	);
	expect(scripts.every((s) => s.includes('n1.'))).toBe(true);
	// Reloaded, the tab is of the new build: the old caches go at the next page.
	await page.goto(`${server.url}actors/`);
	await expect.poll(() => cacheNames(page)).not.toContain(`explainer-${before}`);
});

test('a page read while a new version installs leaves that version its files', async ({
	page,
	host,
}) => {
	// The new build's styles arrive slowly, so its worker is still installing when the reader
	// opens another page. The old worker answers that page and tidies up after it.
	const server = await host({ slow: { match: 'n2\\.css$', bytesPerSecond: 4096 } });
	await page.goto(server.url);
	await workerReady(page);
	const next = makeDeploy(DIST, { renameAssets: 'n2' });
	server.deploy(next.dir);
	await update(page);
	const installing = () =>
		page.evaluate(async () => {
			const r = await navigator.serviceWorker.getRegistration();
			return Boolean(r?.installing || r?.waiting);
		});
	expect(await installing()).toBe(true);
	const other = await page.context().newPage();
	// Not waiting for its load: its styles are slow too.
	await other.goto(`${server.url}explainers/`, { waitUntil: 'commit' });
	await workerReady(other);
	expect(await installing(), 'the new worker was still installing').toBe(true);
	await expect.poll(installing, { timeout: 20_000 }).toBe(false);
	const kept = await caches(page);
	expect(Object.keys(kept)).toContain(`explainer-${manifestOf(DIST).version}`);
	expect(kept[`explainer-${next.version}`] ?? [], 'the new version’s shell').toContainEqual(
		expect.stringMatching(/n2\.css$/),
	);
	await other.close();
});

test.describe('search says what is true when it cannot load its index', () => {
	test('a host that answers 404 for the index files: the server, not the disk, is named', async ({
		page,
		host,
	}) => {
		const server = await host({ missing: String.raw`\.pf_\w+$` });
		await page.goto(`${server.url}search/?q=Cabello`);
		const status = page.locator('search-panel[data-mode="page"] [data-status]');
		await expect(status).toHaveText(
			'Search is unavailable: the server did not send the search index (HTTP 404).',
		);
	});

	test('a host that has lost the search page: the dialog says search could not load, and offers a reload', async ({
		page,
		host,
	}) => {
		const server = await host({ missing: String.raw`^${BASE}search/(index\.html)?$` });
		await page.goto(`${server.url}explainers/`);
		await page.keyboard.press('/');
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await expect(dialog.locator('[data-status]')).toHaveText(
			'Search could not load: reload the page to try again.',
		);
		await expect(dialog.getByRole('button', { name: 'Reload' })).toBeVisible();
		await expect(dialog.locator('search-panel')).toHaveCount(0);
	});

	test('offline with search never used, then offline after one search online', async ({
		page,
		host,
	}) => {
		const server = await host();
		await page.goto(server.url);
		await workerReady(page);
		await server.stop();
		await page.keyboard.press('/');
		await expect(page.locator('dialog [data-status]')).toHaveText(
			'You are offline, and search is not saved on this device. Save the story for offline reading to search without a connection.',
		);

		await server.start();
		await page.goto(`${server.url}search/?q=Cabello`);
		const panel = page.locator('search-panel[data-mode="page"]');
		await expect(panel.locator('[role="option"]').first()).toBeVisible();
		await server.stop();
		await panel.locator('input[name="q"]').fill('Rodríguez Washington');
		await expect(panel.locator('[data-status]')).toContainText(
			'Offline: only results saved on this device are shown.',
		);
	});
});

test.describe('opened from disk', () => {
	for (const chart of ['timeline', 'network']) {
		test(`the ${chart} draws as it does online, and the notice says what needs a server`, async ({
			page,
		}) => {
			await page.goto(pathToFileURL(path.join(DIST, chart, 'index.html')).href);
			const notice = page.locator('.file-notice');
			await expect(notice).toBeVisible();
			await expect(notice).toContainText('Its text and charts show as they do online.');
			await expect(notice).toContainText('search, interactive charts');
			await expect(notice).toContainText('python3 -m http.server 8080');
			const svg = page.locator(chart === 'timeline' ? '.tl-svg' : '.network__canvas').first();
			await expect(svg).toBeVisible();

			// No large shape filled black (the fill a shape gets without the stylesheet).
			const black = await svg.evaluate((root) => {
				const box = root.getBoundingClientRect();
				return [...root.querySelectorAll('rect, path, circle, ellipse, polygon')].flatMap((el) => {
					const r = el.getBoundingClientRect();
					const s = getComputedStyle(el);
					const filled = s.fill !== 'none' && s.fillOpacity !== '0' && s.fill === 'rgb(0, 0, 0)';
					return filled && r.width * r.height > 0.01 * box.width * box.height
						? [`${el.tagName}.${el.getAttribute('class') ?? ''}`]
						: [];
				});
			});
			expect(black).toEqual([]);
			// Legend swatches keep their size.
			const swatches = await page
				.locator('.tl-legend svg, [class*="legend"] svg')
				.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
			expect(swatches.length).toBeGreaterThan(0);
			expect(Math.max(...swatches)).toBeLessThan(80);

			// And in pixels: almost nothing of the drawn chart is pure black.
			const shot = await svg.screenshot();
			const share = await page.evaluate(async (png) => {
				const image = new Image();
				image.src = `data:image/png;base64,${png}`;
				await image.decode();
				const canvas = document.createElement('canvas');
				canvas.width = image.width;
				canvas.height = image.height;
				const context = canvas.getContext('2d');
				if (!context) return 1;
				context.drawImage(image, 0, 0);
				const { data } = context.getImageData(0, 0, image.width, image.height);
				let black = 0;
				for (let i = 0; i < data.length; i += 4)
					if ((data[i] ?? 0) < 8 && (data[i + 1] ?? 0) < 8 && (data[i + 2] ?? 0) < 8) black++;
				return black / (data.length / 4);
			}, shot.toString('base64'));
			expect(share).toBeLessThan(0.01);
		});
	}
});

test.describe('without what saving needs, the control is absent, not broken', () => {
	test('no JavaScript', async ({ browser, host }) => {
		const server = await host();
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(server.url);
		await expect(page.locator('offline-save')).toHaveCount(2);
		for (const control of await page.locator('offline-save').all())
			await expect(control).toBeHidden();
		await context.close();
	});

	test('no service workers', async ({ browser, host }) => {
		const server = await host();
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(`${server.url}explainers/`);
		await page.waitForLoadState('networkidle');
		await expect(page.locator('offline-save')).toBeHidden();
		await context.close();
	});
});

// Each language edition (site.yaml `languages`) reads offline in its own language, saved on its own.
const { story: storyInput } = readContent(contentDir());
const defaultLang = storyInput?.site.data.lang ?? 'en';
for (const lang of storyInput?.site.data.languages ?? []) {
	const folder = editionPrefix(lang, defaultLang);
	const t = createI18n(lang).t;
	test(`the ${lang} edition: a page not kept says so in ${lang}; saved, the edition reads offline`, async ({
		page,
		host,
	}) => {
		const server = await host();
		await page.goto(`${server.url}${folder}`);
		await workerReady(page);
		await expect.poll(() => isKept(page, `${server.url}${folder}offline/`)).toBe(true);
		await server.stop();
		const missing = await page.goto(`${server.url}${folder}actors/`);
		expect(missing?.status()).toBe(503);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('h1')).toHaveText(t('offlinePage.title'));

		await server.start();
		await page.goto(`${server.url}${folder}`);
		// The edition's own control, in its language, saves this edition's list.
		const control = page.locator('offline-save[data-placement="home"]');
		await expect(control.locator('.offline-save__title')).toHaveText(t('offlineSave.heading'));
		await control.locator('[data-save]').click();
		const [savedPrefix = ''] = t('offlineSave.saved').split('{date}');
		await expect(control.locator('[data-state]')).toContainText(savedPrefix.trim(), {
			timeout: 30_000,
		});
		await server.stop();
		for (const pathname of [`${folder}evidence/`, `${folder}actors/`, `${folder}timeline/`]) {
			const response = await page.goto(server.url + pathname);
			expect(response?.status(), `/${pathname} offline`).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
		}
		const none = await page.goto(`${server.url}${folder}no-such-page/`);
		expect(none?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText(t('notFound.title'));
	});
}
