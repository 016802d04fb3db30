import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../embed/svg-export';
import { CARD_HEIGHT, CARD_WIDTH, buildShareCard, wrapText } from './share-card';

const COLORS = { bg: '#fff', text: '#111', muted: '#555', accent: '#05c', soft: '#eef' };

describe('wrapText', () => {
	it('breaks words into lines that fit, ending in an ellipsis when cut short', () => {
		const text = 'one two three four five six seven eight nine ten eleven twelve';
		const lines = wrapText(text, 200, 30, 2);
		expect(lines).toHaveLength(2);
		for (const line of lines) expect(estimateTextWidth(line, 30)).toBeLessThanOrEqual(200);
		expect(lines[1]?.endsWith('…')).toBe(true);
		expect(wrapText('short', 200, 30, 2)).toEqual(['short']);
		expect(wrapText('', 200, 30, 2)).toEqual([]);
	});

	it('cuts a single word wider than the line', () => {
		const [line = ''] = wrapText('W'.repeat(80), 200, 30, 1);
		expect(estimateTextWidth(line, 30)).toBeLessThanOrEqual(200);
		expect(line.endsWith('…')).toBe(true);
	});
});

describe('buildShareCard', () => {
	it('draws a word card with the title, summary and site name, as text', () => {
		const svg = buildShareCard({
			eyebrow: 'Explainer',
			title: 'Who <is> "Cabello"',
			summary: 'A summary & more.',
			siteName: 'The story',
			colors: COLORS,
			font: 'Source Sans 3',
		});
		const $ = cheerio.load(svg, { xml: true });
		expect($('svg').first().attr('width')).toBe(String(CARD_WIDTH));
		expect($('svg').first().attr('height')).toBe(String(CARD_HEIGHT));
		const texts = $('text')
			.map((_, el) => $(el).text())
			.get();
		expect(texts).toEqual(['EXPLAINER', 'Who <is> "Cabello"', 'A summary & more.', 'The story']);
		expect(svg).not.toMatch(/<script|\sstyle=|<style/);
	});

	it('frames a chart inside the card, scaled to fit', () => {
		const svg = buildShareCard({
			title: 'Map',
			siteName: 'S',
			chart:
				'<svg class="chart" x="16" y="40" width="960" height="680" viewBox="0 0 960 680"><circle r="4"/></svg>',
			colors: COLORS,
			font: 'sans-serif',
		});
		const $ = cheerio.load(svg, { xml: true });
		const chart = $('svg.chart');
		expect(chart.attr('viewBox')).toBe('0 0 960 680');
		expect(chart.attr('preserveAspectRatio')).toBe('xMidYMid meet');
		const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(chart.attr(a)));
		expect((x ?? 0) + (w ?? 0)).toBeLessThanOrEqual(CARD_WIDTH);
		expect((y ?? 0) + (h ?? 0)).toBeLessThanOrEqual(CARD_HEIGHT);
		expect(chart.find('circle')).toHaveLength(1);
	});
});
