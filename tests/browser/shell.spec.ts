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
	await open(page, site, '');
	const marker = page.locator('cite-ref a').first();
	const href = await marker.getAttribute('href');
	expect(href).toMatch(/^#note-/);
	await marker.click();
	const popover = page.locator('#cite-popover');
	await expect(popover).toBeVisible();
	const note = page.locator(href ?? '');
	expect((await popover.innerText()).trim()).toBe((await note.innerText()).trim());
	await page.keyboard.press('Escape');
	await expect(popover).toBeHidden();
	await expect(marker).toBeFocused();
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
