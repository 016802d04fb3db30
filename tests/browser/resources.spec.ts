import { test, expect, sitemapPaths } from './fixtures';

/**
 * Every page loads with nothing from outside the local server (requests elsewhere are
 * blocked and fail the test) and every resource it requests exists. Runs at the root and,
 * in `npm run test:subpath`, on a build served from a sub-folder.
 */
test('pages load only local resources, all of which exist', async ({ page, site }) => {
	// Every page of the sitemap in one test: time grows with the site (networkidle waits 0.5 s).
	test.setTimeout(30_000 + sitemapPaths().length * 2_000);
	const outside: string[] = [];
	const failed: string[] = [];
	const origin = new URL(site.url).origin;
	await page.route('**/*', async (route) => {
		const url = route.request().url();
		if (new URL(url).origin === origin || url.startsWith('data:')) await route.continue();
		else {
			outside.push(url);
			await route.abort('blockedbyclient');
		}
	});
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});
	for (const pathname of sitemapPaths()) {
		await page.goto(site.url + pathname, { waitUntil: 'networkidle' });
		expect(new URL(page.url()).pathname.startsWith(new URL(site.url).pathname)).toBe(true);
	}
	expect(outside, 'requests to other origins').toEqual([]);
	expect(failed, 'missing resources').toEqual([]);
});
