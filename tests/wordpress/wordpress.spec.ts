import { test, expect, type Frame, type Page } from '@playwright/test';
import { recordHeld } from '../support/adversarial';

/**
 * A journalist pastes a chart's address into a real WordPress post (Debian's WordPress; the
 * site is set up by global-setup.ts). WordPress discovers our oEmbed response, filters its
 * HTML, sandboxes the iframe (`sandbox="allow-scripts"`, so the embed's origin is opaque),
 * appends `#?secret=…` and loads wp-embed.js, which keeps the iframe hidden until our embed
 * sends its height. Measured here: the chart shows, at its real height clamped to
 * WordPress's 200–1000 px, the fallback link is hidden, and again after the width changes.
 */
const posts = JSON.parse(process.env['WORDPRESS_POSTS'] ?? '[]') as {
	post: string;
	chart: string;
	editor: 'block' | 'classic';
}[];

/** WordPress clamps every embed's height to this range (wp-embed.js). */
const clamp = (h: number) => Math.min(1000, Math.max(200, h));

async function embedOf(page: Page): Promise<Frame> {
	const iframe = page.locator('iframe.wp-embedded-content');
	await expect(iframe).toHaveCount(1);
	const frame = await (await iframe.elementHandle()).contentFrame();
	if (!frame) throw new Error('no embed frame');
	await frame.waitForLoadState('load');
	return frame;
}

const contentHeight = (frame: Frame) =>
	frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
const iframeHeight = (page: Page) =>
	page.locator('iframe.wp-embedded-content').evaluate((f) => f.getBoundingClientRect().height);

test('WordPress was set up with a post per chart', () => {
	expect(posts.filter((p) => p.editor === 'block').length).toBeGreaterThanOrEqual(3);
	expect(posts.filter((p) => p.editor === 'classic')).toHaveLength(1);
});

for (const { post, chart, editor } of posts)
	test(`a post made of ${new URL(chart).pathname} (${editor} editor) shows the chart at its real height`, async ({
		page,
	}) => {
		const problems: string[] = [];
		page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
		// Every message the post's window receives: our embed must never ask it to navigate.
		await page.addInitScript(() => {
			const seen: unknown[] = [];
			Object.defineProperty(window, '__messages', { value: seen });
			window.addEventListener('message', (e) => seen.push(e.data));
		});
		await page.setViewportSize({ width: 1200, height: 900 });
		await page.goto(post);
		const iframe = page.locator('iframe.wp-embedded-content');
		// WordPress's own markup: its sandbox and secret, our title kept.
		await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
		await expect(iframe).toHaveAttribute('src', /#\?secret=[A-Za-z0-9]+$/);
		expect((await iframe.getAttribute('title'))?.length ?? 0).toBeGreaterThan(5);
		const frame = await embedOf(page);
		expect(await frame.evaluate(() => window.origin)).toBe('null');
		// A chart drawn in wide and narrow variants shows the one that fits the frame.
		await expect(frame.locator('main svg:visible').first()).toBeVisible();
		// Shown (wp-embed.js removed its hiding style), the fallback link hidden.
		await expect(iframe).toBeVisible();
		await expect(iframe).not.toHaveAttribute('style', /clip/);
		await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
		const settle = () =>
			expect
				.poll(
					async () => Math.abs((await iframeHeight(page)) - clamp(await contentHeight(frame))),
					{
						timeout: 15_000,
					},
				)
				.toBeLessThanOrEqual(2);
		await settle();
		const wide = await iframeHeight(page);
		const wideWidth = await iframe.evaluate((f) => f.getBoundingClientRect().width);
		// A narrower window: the article column narrows, the chart reflows, the height follows.
		await page.setViewportSize({ width: 390, height: 900 });
		await settle();
		const narrowWidth = await iframe.evaluate((f) => f.getBoundingClientRect().width);
		// The block editor's embed fits the column (its iframe has max-width: 100%).
		if (editor === 'block') expect(narrowWidth).toBeLessThan(wideWidth);
		if (new URL(chart).pathname.startsWith('/network/'))
			// The map stays interactive inside WordPress's sandbox (its scripts load with CORS).
			await expect(frame.locator('network-chart')).toHaveAttribute('data-enhanced', '');
		const messages = await page.evaluate(
			() => (window as unknown as { __messages: unknown[] }).__messages,
		);
		const wordpress = messages.filter(
			(m): m is { message: string } => typeof m === 'object' && m !== null && 'message' in m,
		);
		expect(wordpress.length).toBeGreaterThan(0);
		expect(wordpress.every((m) => m.message === 'height')).toBe(true);
		expect(problems).toEqual([]);
		console.log(
			`${new URL(chart).pathname} (${editor}): ${wide} px high at ${wideWidth} px wide, ${await iframeHeight(page)} px at ${narrowWidth} px`,
		);
		recordHeld(
			'browser',
			'real parents in the wild',
			`WordPress ${editor} ${new URL(chart).pathname}`,
			2,
		);
	});
