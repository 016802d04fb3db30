import AxeBuilder from '@axe-core/playwright';
import { test, expect, sitemapPaths, open } from './fixtures';

const pages = sitemapPaths();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the sitemap lists the site’s pages', () => {
	expect(pages.length).toBeGreaterThan(5);
	expect(pages).toContain('');
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const pathname of pages) {
			test(`/${pathname} has no WCAG 2.2 A/AA violation`, async ({ page, site }) => {
				await open(page, site, pathname);
				const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
				const summary = results.violations.map(
					(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
				);
				expect(summary).toEqual([]);
			});
		}
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const pathname of pages) {
		test(`/${pathname} is readable`, async ({ page, site }) => {
			await open(page, site, pathname);
			await expect(page.locator('h1')).toHaveCount(1);
			await expect(page.locator('h1')).toBeVisible();
			// Real words under the heading, not an empty shell waiting for a script.
			const text = (await page.locator('main').innerText()).trim();
			const heading = (await page.locator('h1').innerText()).trim();
			expect(
				text
					.replace(heading, '')
					.split(/\s+/)
					.filter((w) => /\w{2,}/.test(w)).length,
			).toBeGreaterThan(3);
		});
	}
});
