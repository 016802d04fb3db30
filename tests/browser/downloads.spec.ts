import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { recordHeld } from '../support/adversarial';
import { startHost, type Host } from '../support/host';
import { BASE, DIST } from '../support/paths';
import type { StaticServer } from '../support/server';
import { test, expect, violations } from './strict';

/**
 * Chart downloads (SVG and PNG) open everywhere a reader opens them, under our own header
 * policy, served by `_headers` rules and by a real nginx with our snippet: straight in the
 * browser (the file is then a document under the page policy, which blocks inline styles),
 * and as an image in another site's page. Opened straight, the SVG must look as it does as an
 * image: the same pixels, not black shapes.
 */
function chartFiles(dir = path.join(DIST, 'embed')): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return chartFiles(full);
		return /\.(svg|png)$/.test(name) ? [`${BASE}${path.relative(DIST, full)}`] : [];
	});
}

const files = chartFiles();
const svgSize = (pathname: string) => {
	const svg = readFileSync(path.join(DIST, pathname.slice(BASE.length)), 'utf8');
	const [, width = '0', height = '0'] =
		/<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg) ?? [];
	return { width: Number(width), height: Number(height) };
};

/**
 * A screenshot once the page has painted. Chromium's capture of a bare SVG document can fail
 * with "Unable to capture screenshot" while its first frame is still being produced, on a loaded
 * machine; that is the protocol's timing, not the chart, so a failed capture is taken again.
 */
async function settledShot(page: Page): Promise<Buffer> {
	for (let attempt = 1; ; attempt++) {
		await page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
		);
		try {
			return await page.screenshot();
		} catch (error) {
			if (attempt >= 3 || !String(error).includes('Unable to capture screenshot')) throw error;
		}
	}
}

/** The share of pixels that differ clearly between two screenshots of the same size. */
async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
	return page.evaluate(
		async ([one, two]) => {
			const pixels = async (b64: string) => {
				const image = new Image();
				image.src = `data:image/png;base64,${b64}`;
				await image.decode();
				const canvas = new OffscreenCanvas(image.width, image.height);
				const context = canvas.getContext('2d');
				if (!context) throw new Error('no 2d context');
				context.drawImage(image, 0, 0);
				return context.getImageData(0, 0, image.width, image.height);
			};
			const [x, y] = await Promise.all([pixels(one), pixels(two)]);
			if (x.width !== y.width || x.height !== y.height) return 1;
			let differ = 0;
			for (let i = 0; i < x.data.length; i += 4) {
				const d = Math.max(
					Math.abs((x.data[i] ?? 0) - (y.data[i] ?? 0)),
					Math.abs((x.data[i + 1] ?? 0) - (y.data[i + 1] ?? 0)),
					Math.abs((x.data[i + 2] ?? 0) - (y.data[i + 2] ?? 0)),
				);
				if (d > 48) differ++;
			}
			return differ / (x.width * x.height);
		},
		[a.toString('base64'), b.toString('base64')] as const,
	);
}

let host: Host;
test.beforeAll(async () => {
	host = await startHost();
});
test.afterAll(async () => {
	await host.close();
});
// A file opened straight makes the browser ask the site for /favicon.ico, which it does not have.
test.beforeEach(async ({ page }) => {
	await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
});

expect(files.filter((f) => f.endsWith('.svg')).length).toBeGreaterThan(0);

for (const server of ['strictSite', 'nginxSite'] as const) {
	test(`every chart file opens straight and as an image under our headers (${server})`, async ({
		page,
		strictSite,
		nginxSite,
	}) => {
		test.setTimeout(120_000);
		const site: StaticServer = server === 'strictSite' ? strictSite : nginxSite;
		const messages: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') messages.push(m.text());
		});
		page.on('pageerror', (e) => messages.push(e.message));
		for (const pathname of files) {
			// Straight in the browser: no policy violation, and the image is there.
			messages.length = 0;
			const response = await page.goto(site.origin + pathname);
			expect(response?.status(), pathname).toBe(200);
			expect(response?.headers()['content-security-policy'], pathname).toContain(
				"style-src 'self'",
			);
			if (pathname.endsWith('.svg')) {
				expect(await violations(page), pathname).toEqual([]);
				expect(messages, pathname).toEqual([]);
			} else {
				// Chromium shows a PNG in its own viewer page, whose inline styles (backdrop, zoom
				// cursor) the policy blocks: the image itself is drawn, at its full size.
				expect(
					messages.filter((m) => !m.startsWith('Applying inline style violates')),
					pathname,
				).toEqual([]);
				const drawn = await page
					.locator('img')
					.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0));
				expect(drawn, pathname).toBeGreaterThan(100);
			}
			// As an image in another site's article.
			messages.length = 0;
			host.page(
				'/img.html',
				`<!doctype html><title>img</title><link rel="icon" href="data:,"><img src="${site.origin + pathname}" alt="chart">`,
			);
			await page.goto(`${host.url}/img.html`);
			const width = await page.locator('img').evaluate(async (img: HTMLImageElement) => {
				await img.decode();
				return img.naturalWidth;
			});
			expect(width, pathname).toBeGreaterThan(100);
			expect(messages, pathname).toEqual([]);
		}
		recordHeld(
			'browser',
			'SVG and PNG downloads under the header policy',
			server,
			files.length * 2,
		);
	});

	test(`an SVG opened straight draws what the same file draws as an image (${server})`, async ({
		page,
		strictSite,
		nginxSite,
	}) => {
		const site: StaticServer = server === 'strictSite' ? strictSite : nginxSite;
		// One file of each chart kind: the map, an actor's map and the timeline.
		const svgs = files.filter((f) => f.endsWith('.svg'));
		const sample = [
			svgs.find((f) => f.endsWith('/embed/network/network.svg')),
			svgs.find((f) => /\/embed\/network\/[^/]+\/[^/]+\.svg$/.test(f)),
			svgs.find((f) => f.endsWith('/embed/timeline/timeline.svg')),
		].filter((f) => f !== undefined);
		expect(sample).toHaveLength(3);
		for (const pathname of sample) {
			const { width, height } = svgSize(pathname);
			await page.setViewportSize({ width, height });
			await page.goto(site.origin + pathname);
			const straight = await settledShot(page);
			host.page(
				'/img.html',
				`<!doctype html><title>img</title><link rel="icon" href="data:,"><style>body{margin:0}img{display:block}</style><img src="${site.origin + pathname}" width="${width}" height="${height}" alt="chart">`,
			);
			await page.goto(`${host.url}/img.html`);
			await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
			const asImage = await settledShot(page);
			expect(await differingShare(page, straight, asImage), pathname).toBeLessThan(0.005);
		}
		recordHeld(
			'browser',
			'SVG and PNG downloads under the header policy',
			`pixels ${server}`,
			sample.length,
		);
	});
}
