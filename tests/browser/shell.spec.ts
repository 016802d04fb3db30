import { test, expect, open } from './fixtures';

test('the skip link is the first tab stop and moves focus to the main content', async ({
	page,
	site,
}) => {
	await open(page, site, '');
	await page.keyboard.press('Tab');
	const skip = page.locator('.skip-link');
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('the theme toggle cycles system → light → dark, persists, and never flashes', async ({
	page,
	site,
}) => {
	await open(page, site, '');
	const html = page.locator('html');
	const button = page.locator('theme-toggle button');
	await expect(button).toHaveText(/system/);
	await button.click();
	await expect(html).toHaveAttribute('data-theme', 'light');
	await button.click();
	await expect(html).toHaveAttribute('data-theme', 'dark');
	const dark = await page.evaluate(
		() => getComputedStyle(document.documentElement).backgroundColor,
	);

	// On the next page the saved theme is applied before first paint: the first frame is dark.
	await page.goto(site.url + 'actors/', { waitUntil: 'commit' });
	await page.waitForSelector('body');
	expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
	expect(
		await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
	).toBe(dark);

	await page.locator('theme-toggle button').click();
	await expect(html).not.toHaveAttribute('data-theme');
});

test('the dark theme follows the system setting', async ({ browser, site }) => {
	const colors: Record<string, string> = {};
	for (const scheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({ colorScheme: scheme });
		const page = await context.newPage();
		await page.goto(site.url);
		colors[scheme] = await page.evaluate(
			() => getComputedStyle(document.documentElement).backgroundColor,
		);
		await context.close();
	}
	expect(colors['light']).not.toBe(colors['dark']);
});

test('a citation opens its note in a popover and Escape returns focus', async ({ page, site }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await open(page, site, '');
	const marker = page.locator('cite-ref a').first();
	const href = await marker.getAttribute('href');
	expect(href).toMatch(/^#note-/);
	await expect(marker).toHaveAttribute('aria-haspopup', 'dialog');
	// The popover's code loads at the first click on a citation, not with the page.
	expect(requests.filter((u) => /cite-popover/.test(u))).toEqual([]);
	await marker.click();
	const popover = page.locator('#cite-popover');
	await expect(popover).toBeVisible();
	// The popover is a copy of the note (which may sit in a folded row of the sources list) with
	// the attribution badge of the note's row.
	const note = page.locator(href ?? '');
	const text = (el: Element) => el.textContent.replace(/\s+/g, ' ').trim();
	const row = note.locator('xpath=ancestor::details[1]/summary').locator('.badge');
	const [noteText, rowText] = [await note.evaluate(text), await row.evaluate(text)];
	const popoverText = await popover.evaluate(text);
	expect(popoverText).toContain(rowText);
	expect(popoverText.replace(rowText, '').replace(/\s+/g, ' ')).toBe(noteText);
	await expect(popover.locator('.badge')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(popover).toBeHidden();
	await expect(marker).toBeFocused();
	expect(requests.filter((u) => /cite-popover/.test(u))).toHaveLength(1);
	// The page did not jump to the note: the address is unchanged.
	expect(new URL(page.url()).hash).toBe('');
});

test('pages fit a 320 px wide screen without horizontal scrolling', async ({ page, site }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const pathname of ['', 'actors/', 'evidence/']) {
		await open(page, site, pathname);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow, `horizontal overflow on /${pathname}`).toBeLessThanOrEqual(0);
	}
});

for (const width of [412, 1280]) {
	test(`enhancing the charts shifts nothing on the page at ${width} px`, async ({ page, site }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.addInitScript(() => {
			const shifts: number[] = [];
			Object.defineProperty(window, '__shifts', { value: shifts });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					shifts.push((entry as unknown as { value: number }).value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		for (const pathname of ['network/', 'timeline/', 'embed/network/', 'embed/timeline/']) {
			await open(page, site, pathname);
			await expect(
				page.locator('.network[data-enhanced], timeline-chart .tl-controls').first(),
			).toBeVisible();
			await page.waitForTimeout(300);
			const shifts = await page.evaluate(
				() => (window as unknown as { __shifts: number[] }).__shifts,
			);
			expect(
				shifts.reduce((a, b) => a + b, 0),
				pathname,
			).toBeLessThan(0.01);
		}
	});
}
