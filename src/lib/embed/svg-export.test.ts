import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildStandaloneSvg, estimateTextWidth, layoutLegend } from './svg-export';

const SVG =
	'<svg class="a-svg" viewBox="0 0 200 100"><a href="/x/#event=e1"><circle class="a-mark" r="4"/><text class="a-label">A &amp; B</text></a></svg>';

describe('svg export', () => {
	it('builds a standalone document with title, credit, background and absolute links', () => {
		const out = buildStandaloneSvg(SVG, {
			title: 'Chart <one>',
			credit: 'Source: a report',
			absolute: (href) => new URL(href, 'https://site.test/').href,
			font: "'Source Sans 3', sans-serif",
			colors: { bg: '#ffffff', text: '#111111', muted: '#555555' },
		});
		const $ = cheerio.load(out, { xml: true });
		expect($('svg').first().attr('width')).toBe('232');
		expect($('svg').first().attr('height')).toBe('172');
		expect($('title').text()).toBe('Chart <one>');
		expect($('a').attr('href')).toBe('https://site.test/x/#event=e1');
		expect($('rect').first().attr('fill')).toBe('#ffffff');
		expect(out).toContain('A &amp; B');
		// No styles a host's policy could block: the font is an inherited attribute.
		expect(out).not.toMatch(/<style|\sstyle=/);
		expect($('svg').first().attr('font-family')).toBe("'Source Sans 3', sans-serif");
	});

	it('draws the key below the chart and grows the file to hold it', () => {
		const legend = [
			{
				swatch: '<svg class="k" viewBox="0 0 30 10" aria-hidden="true"><path d="M1 5H29"/></svg>',
				label: 'Solid <line>',
			},
			{ label: 'Words only' },
		];
		const out = buildStandaloneSvg(SVG, {
			title: 'T',
			credit: 'C',
			absolute: (href) => href,
			font: 'sans-serif',
			colors: { bg: '#fff', text: '#111', muted: '#555' },
			legend,
		});
		const $ = cheerio.load(out, { xml: true });
		// 40 title + 100 chart + 12 gap + one 22 px row + 32 credit.
		expect($('svg').first().attr('height')).toBe('206');
		const sample = $('svg > svg').not('.chart');
		expect(sample.attr('viewBox')).toBe('0 0 30 10');
		expect(sample.attr('width')).toBe('32');
		expect(sample.attr('aria-hidden')).toBeUndefined();
		expect(Number(sample.attr('y'))).toBeGreaterThanOrEqual(152);
		const words = $('svg > text')
			.map((_, el) => $(el).text())
			.get();
		expect(words).toContain('Solid <line>');
		expect(words).toContain('Words only');
		expect(out).toContain('Solid &lt;line&gt;');
	});
});

describe('the credit line of a chart file', () => {
	const frame = (credit: string, shortCredit?: string) =>
		cheerio.load(
			buildStandaloneSvg(SVG, {
				title: 'T',
				credit,
				shortCredit,
				absolute: (href) => href,
				font: 'sans-serif',
				colors: { bg: '#fff', text: '#111', muted: '#555' },
			}),
			{ xml: true },
		);
	const creditLines = ($: cheerio.CheerioAPI) =>
		$('svg > text[font-size="12"]')
			.map((_, el) => $(el).text())
			.get();

	it('wraps a credit wider than the chart onto lines inside it, every word kept', () => {
		const credit = 'Source: Report one; Report two. https://site.test/x/';
		const $ = frame(credit);
		const lines = creditLines($);
		expect(lines.length).toBe(2);
		expect(lines.join(' ')).toBe(credit);
		for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(200);
		// 40 title + 100 chart + 32 for the first line + 16 for the second.
		expect($('svg').first().attr('height')).toBe('188');
		const ys = $('svg > text[font-size="12"]')
			.map((_, el) => Number($(el).attr('y')))
			.get();
		expect(ys).toEqual([160, 176]);
	});

	it('says how many sources and where they are named when naming them all takes more than two lines', () => {
		const names = Array.from({ length: 20 }, (_, i) => `Report ${String(i)}`).join('; ');
		const long = `Built from 20 sources: ${names}. https://site.test/x/`;
		const short = 'Built from 20 sources, all named at https://site.test/x/';
		expect(creditLines(frame(long, short)).join(' ')).toBe(short);
		// Without a short form nothing is dropped.
		expect(creditLines(frame(long)).join(' ')).toBe(long);
	});
});

describe('the key’s layout', () => {
	const items = Array.from({ length: 12 }, (_, i) => ({
		swatch: '<svg viewBox="-10 -10 20 20"></svg>',
		label: `Entry number ${String(i)} with some words`,
	}));

	it('keeps every entry in its order, inside the width, without overlaps', () => {
		const { items: placed, height } = layoutLegend(items, 500);
		expect(placed.map((p) => p.label)).toEqual(items.map((i) => i.label));
		const boxes = placed.map((p) => ({
			...p,
			right: p.textX + estimateTextWidth(p.label, 13),
		}));
		for (const b of boxes) expect(b.right).toBeLessThanOrEqual(500);
		for (const [i, a] of boxes.entries())
			for (const b of boxes.slice(i + 1))
				expect(a.y !== b.y || a.right <= b.x, `${a.label} / ${b.label}`).toBe(true);
		expect(height).toBe((Math.max(...placed.map((p) => p.y)) / 22 + 1) * 22);
		expect(new Set(placed.map((p) => p.y)).size).toBeGreaterThan(1);
	});

	it('gives an entry wider than a row a row of its own, and an empty key no height', () => {
		const long = { label: 'x'.repeat(200) };
		const { items: placed } = layoutLegend([{ label: 'a' }, long, { label: 'b' }], 300);
		expect(placed.map((p) => p.y)).toEqual([0, 22, 44]);
		expect(layoutLegend([], 300).height).toBe(0);
	});

	it('estimates wider text as wider', () => {
		expect(estimateTextWidth('WWWW', 13)).toBeGreaterThan(estimateTextWidth('iiii', 13));
		expect(estimateTextWidth('', 13)).toBe(0);
	});
});
