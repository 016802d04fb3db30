import { test, expect, open, sitemapPaths } from './fixtures';

const pages = sitemapPaths();
const explainer = pages.find((p) => /^explainers\/[^/]+\/$/.test(p));
const actor = pages.find((p) => /^actors\/[^/]+\/$/.test(p));
const PAGE_TYPES = ['', explainer, 'network/', 'timeline/', actor, 'evidence/'].filter(
	(p): p is string => p !== undefined,
);

test.describe('the header on a 375 px phone', () => {
	test.use({ viewport: { width: 375, height: 800 } });

	test('is one line, at most 64 px tall, on every page type', async ({ page, site }) => {
		for (const pathname of PAGE_TYPES) {
			await open(page, site, pathname);
			const header = page.locator('.site-header');
			const box = await header.boundingBox();
			expect(box?.height, `header height on /${pathname}`).toBeLessThanOrEqual(64);
			// One line: the title, the menu button and the tools share a row.
			const tops = await page
				.locator('.site-title, .site-menu > summary, .header-tools .button:visible')
				.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
			expect(tops.length, `controls on /${pathname}`).toBeGreaterThanOrEqual(4);
			expect(Math.max(...tops) - Math.min(...tops), `one line on /${pathname}`).toBeLessThan(12);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow, `horizontal overflow on /${pathname}`).toBeLessThanOrEqual(0);
		}
	});

	test('hides the navigation behind a keyboard-operable menu that keeps search and theme on the line', async ({
		page,
		site,
	}) => {
		await open(page, site, '');
		const nav = page.getByRole('navigation', { name: 'Main' });
		const menu = nav.locator('summary');
		const firstLink = nav.getByRole('link').first();
		await expect(firstLink).toBeHidden();
		await expect(page.getByRole('button', { name: /Search/ })).toBeVisible();
		await expect(page.locator('theme-toggle button')).toBeVisible();

		await menu.focus();
		const outline = await menu.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline, 'visible focus on the menu button').not.toBe('none');
		// <summary> exposes its expanded state natively, from the <details> element's `open`.
		const details = nav.locator('details');
		await expect(details).toHaveJSProperty('open', false);
		await page.keyboard.press('Enter');
		await expect(details).toHaveJSProperty('open', true);
		await expect(firstLink).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(firstLink).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(firstLink).toBeHidden();
		await expect(menu).toBeFocused();
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('the menu still opens and search is a link', async ({ page, site }) => {
			await open(page, site, '');
			const nav = page.getByRole('navigation', { name: 'Main' });
			await expect(nav.getByRole('link').first()).toBeHidden();
			await nav.locator('summary').click();
			const links = nav.getByRole('link');
			expect(await links.count()).toBeGreaterThanOrEqual(5);
			for (const link of await links.all()) await expect(link).toBeVisible();
			await expect(page.locator('[data-search-link]')).toBeVisible();
			const box = await page.locator('.site-header').boundingBox();
			expect(box?.height).toBeLessThanOrEqual(64);
		});
	});
});

test('on a 1280 px screen the navigation is inline, with no menu button', async ({
	page,
	site,
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await open(page, site, '');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.locator('summary')).toBeHidden();
	for (const link of await nav.getByRole('link').all()) await expect(link).toBeVisible();
	// Visible to assistive technology too, not only painted.
	expect(await nav.ariaSnapshot()).toMatch(/link/);
	const box = await page.locator('.site-header').boundingBox();
	expect(box?.height).toBeLessThanOrEqual(72);
});

test.describe('"Sources for this page"', () => {
	test.use({ viewport: { width: 375, height: 800 } });

	test('takes a small share of the home page and none of its first two screens', async ({
		page,
		site,
	}) => {
		await open(page, site, '');
		const notes = page.locator('section.notes');
		const box = await notes.boundingBox();
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		expect(box, 'the home page has its sources list').not.toBeNull();
		if (!box) return;
		expect(box.y, 'below the first two screens').toBeGreaterThan(2 * 800);
		expect(box.height / height, 'share of the page').toBeLessThan(0.2);
		expect(box.height, 'folded to one row per attribution').toBeLessThan(800);
	});

	for (const js of [false, true]) {
		test(`every citation lands on its note and shows it (${js ? 'with' : 'without'} JavaScript)`, async ({
			browser,
			site,
		}) => {
			const context = await browser.newContext({
				javaScriptEnabled: js,
				viewport: { width: 375, height: 800 },
			});
			const page = await context.newPage();
			for (const pathname of ['', explainer ?? '']) {
				const hrefs = await (async () => {
					await page.goto(site.url + pathname);
					return page
						.locator('cite-ref a[href^="#note-"]')
						.evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('href') ?? ''))]);
				})();
				expect(hrefs.length, `citations on /${pathname}`).toBeGreaterThan(0);
				for (const href of hrefs) {
					// Arriving by address: the note's folded row opens and the note is on screen.
					await page.goto(site.url + pathname + href);
					const note = page.locator(href);
					await expect(note, `${href} on /${pathname}`).toBeVisible();
					await expect(note).toBeInViewport();
				}
				if (!js) {
					// Following a marker in the text, as a reader without scripts does.
					await page.goto(site.url + pathname);
					const marker = page.locator('cite-ref a[href^="#note-"]').last();
					const href = (await marker.getAttribute('href')) ?? '';
					await marker.click();
					await expect(page.locator(href)).toBeInViewport();
				}
			}
			await context.close();
		});
	}
});

for (const [width, shown] of [
	[375, 1],
	[1280, 2],
] as const) {
	test(`the home page shows ${shown} chart preview(s) in its first screen at ${width} px`, async ({
		page,
		site,
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await open(page, site, '');
		const previews = page.locator('main figure.preview');
		await expect(previews).toHaveCount(2);
		for (const preview of (await previews.all()).slice(0, shown)) {
			const box = await preview.locator('.preview__graphic svg').boundingBox();
			expect(box, 'the preview is drawn').not.toBeNull();
			expect(box?.y ?? Infinity, 'starts in the first screen').toBeLessThan(900);
			expect(box?.width ?? 0).toBeGreaterThan(250);
		}
	});
}

test('an explainer prints as its article with the citations as endnotes, without navigation', async ({
	page,
	site,
}) => {
	await open(page, site, explainer ?? '');
	await page.emulateMedia({ media: 'print' });
	for (const selector of ['.site-header', '.site-footer', '.toc', '.pager'])
		await expect(page.locator(selector).first()).toBeHidden();
	await expect(page.locator('article h1')).toBeVisible();
	const markers = await page
		.locator('article cite-ref a[href^="#note-"]')
		.evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('href') ?? ''))]);
	expect(markers.length).toBeGreaterThan(0);
	for (const href of markers) await expect(page.locator(href)).toBeVisible();
	// Endnotes: after the article's text, numbered as in the text.
	const last = await page.locator('.prose > p').last().boundingBox();
	const notes = await page.locator('section.notes').boundingBox();
	expect(notes?.y ?? 0).toBeGreaterThan(last?.y ?? Infinity);
	const first = page.locator('article cite-ref a[href^="#note-"]').first();
	const number = (await first.innerText()).trim();
	const note = page.locator((await first.getAttribute('href')) ?? '');
	expect(await note.getAttribute('value')).toBe(number);
});
