import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildStandaloneSvg, parseCssRules, resolveCustomProperties } from './svg-export';

const CSS = `
/* a comment { with braces } */
:root { --bg: light-dark(#ffffff, #111111); --text: light-dark(#222, #eee); --accent: var(--text); }
:root[data-theme='dark'] { color-scheme: dark; }
.a-mark { fill: var(--accent); stroke: light-dark(red, blue); transition: fill 1s; }
.a-mark:hover { fill: pink; }
.wrapper .a-mark { fill: green; }
.a-svg text, .a-label { font-size: 12px; fill: var(--missing, #333); }
@media (prefers-color-scheme: dark) { .a-mark { fill: black; } }
@media print { .a-label { display: none } }
`;
const SVG =
	'<svg class="a-svg" viewBox="0 0 200 100"><a href="/x/#event=e1"><circle class="a-mark" r="4"/><text class="a-label">A &amp; B</text></a></svg>';

describe('svg export', () => {
	it('parses top-level rules and skips at-rules and comments', () => {
		const rules = parseCssRules(CSS);
		expect(rules.map((r) => r.selectors.join(','))).toEqual([
			':root',
			":root[data-theme='dark']",
			'.a-mark',
			'.a-mark:hover',
			'.wrapper .a-mark',
			'.a-svg text,.a-label',
		]);
	});

	it('resolves custom properties and light-dark() for each scheme', () => {
		const rules = parseCssRules(CSS);
		expect(resolveCustomProperties(rules, 'light').get('--accent')).toBe('#222');
		expect(resolveCustomProperties(rules, 'dark').get('--bg')).toBe('#111111');
	});

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
