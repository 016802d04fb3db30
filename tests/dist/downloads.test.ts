import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { BASE, DIST } from '../support/paths';

// The chart files each embed page offers (SVG and PNG), against the page they come from:
// the same chart, its key, standalone and safe to open anywhere.
function embedPages(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return embedPages(full);
		return name === 'index.html' ? [full] : [];
	});
}

const fileOf = (href: string) => path.join(DIST, href.slice(BASE.length));
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Width and height from a PNG's header. */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const pages = embedPages(path.join(DIST, 'embed'))
	.map((file) => ({ file, $: cheerio.load(readFileSync(file, 'utf8')) }))
	// Pages that say they have files (the gallery only links to theirs).
	.filter(({ $ }) => ($('html').attr('data-chart-files') ?? '').includes('svg'));

describe('chart downloads', () => {
	it('exist for the map and the timeline', () => {
		const charts = pages.map(({ $ }) => $('html').attr('data-embed'));
		expect(charts).toContain('network');
		expect(charts).toContain('timeline');
	});

	for (const { file, $ } of pages) {
		const name = path.relative(DIST, file);
		const svgHref = $('a[download][href$=".svg"]').attr('href') ?? '';
		const pngHref = $('a[download][href$=".png"]').attr('href');

		it(`${name}: the SVG is the page's chart, titled, with its key, and nothing to run`, () => {
			const svg = readFileSync(fileOf(svgHref), 'utf8');
			const $svg = cheerio.load(svg, { xml: true });
			expect($svg('svg > title').first().text()).toBe(words($('.embed-title').text()));
			// Every actor or event drawn in the page's chart (its first large SVG: a timeline draws
			// a wide and a narrow one) is in the file, under the same name.
			const chart = $('main svg')
				.toArray()
				.find((el) => Number($(el).attr('viewBox')?.split(/\s+/)[2] ?? 0) > 200);
			const pageLabels = $(chart)
				.find('.network__node, .tl-mark')
				.map((_, el) => $(el).attr('aria-label') ?? $(el).find('a').attr('aria-label') ?? '')
				.get();
			const fileLabels = $svg('.network__node, .tl-mark')
				.map((_, el) => $svg(el).attr('aria-label') ?? $svg(el).find('a').attr('aria-label') ?? '')
				.get();
			expect(fileLabels.length).toBeGreaterThan(0);
			expect(fileLabels).toEqual(pageLabels);
			// The key: every entry of the page's legend, in words.
			const key = $('main [data-legend-item]')
				.map((_, el) => words($(el).text()))
				.get();
			expect(key.length).toBeGreaterThan(0);
			const texts = $svg('svg > text')
				.map((_, el) => words($svg(el).text()))
				.get();
			for (const entry of key) expect(texts, entry).toContain(entry);
			// Standalone: drawn with presentation attributes, no script, no script hooks, no
			// stylesheet links, and no <style> or style="" a host's policy would block.
			expect(svg).not.toMatch(/<script|\son\w+=|data-[\w-]+=|<link\b/i);
			expect(svg).not.toMatch(/<style|\sstyle=/i);
			for (const el of $svg('[href]').toArray()) {
				const href = $svg(el).attr('href') ?? '';
				expect(href.startsWith('#') || /^https?:\/\//.test(href), href).toBe(true);
			}
		});

		it(`${name}: the PNG draws the same file at twice its size`, () => {
			expect(pngHref).toBeDefined();
			const $svg = cheerio.load(readFileSync(fileOf(svgHref), 'utf8'), { xml: true });
			const png = pngSize(fileOf(pngHref ?? ''));
			expect(png.width).toBe(2 * Number($svg('svg').first().attr('width')));
			expect(png.height).toBe(2 * Number($svg('svg').first().attr('height')));
		});
	}
});
