import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildStandaloneSvg } from './svg-export';

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
	});
});
