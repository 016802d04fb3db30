import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { inlineSvgStyles, parseRules, resolveRootProperties } from './svg-inline-styles';

const CSS = `
:root { --line: light-dark(#333, #ccc); --kind: light-dark(#15c, #8bf); --text: light-dark(#111, #eee); }
.chart { --u: 4; }
.chart__edge { --stroke: var(--line); }
.chart__edge--dashed { --stroke: #639; }
.chart__line { stroke: var(--stroke); stroke-width: calc(1.5px * var(--u)); fill: none; cursor: pointer; }
.chart__edge--dashed .chart__line { stroke-dasharray: calc(7px * var(--u)) calc(4px * var(--u)); }
.chart__label { display: none; fill: var(--text); }
.chart__node:hover .chart__label { display: inline; }
.wrap:not([data-enhanced]) .chart__label[data-level='1'] { display: inline; }
@container frame (min-width: 900px) { .wrap .chart { --u: 1; } }
@media print { .chart__line { stroke: black; } }
`;

const SVG =
	'<svg class="chart" viewBox="0 0 960 600"><g class="chart__edge chart__edge--dashed"><path class="chart__line" d="M0 0L1 1"/></g><g class="chart__node"><text class="chart__label" data-level="1">A</text><text class="chart__label" data-level="2">B</text></g></svg>';

/** An element's presentation attributes, in order, as `name:value;…`. */
const PRESENTATION =
	/^(fill|stroke|display|font|opacity|marker|paint|text|dominant|letter|stop|visibility)/;
const styles = (svg: string) => {
	const $ = cheerio.load(svg, { xml: true });
	const of = (selector: string) => {
		const el = $(selector).get(0);
		expect($(selector).attr('style'), selector).toBeUndefined();
		return Object.entries(el && 'attribs' in el ? el.attribs : {})
			.filter(([k]) => PRESENTATION.test(k))
			.map(([k, v]) => `${k}:${v}`)
			.join(';');
	};
	return { line: of('.chart__line'), a: of('[data-level="1"]'), b: of('[data-level="2"]') };
};

describe('inlineSvgStyles', () => {
	it('keeps an inline style over the stylesheet, as presentation attributes', () => {
		const svg =
			'<svg class="chart" viewBox="0 0 10 10"><path class="chart__line" style="stroke:red" fill="blue"/></svg>';
		const out = inlineSvgStyles(svg, CSS, { ancestors: [], width: 960 });
		expect(out).not.toContain('style=');
		expect(styles(out).line).toBe('fill:none;stroke:red;stroke-width:6px');
	});

	it('resolves custom properties through the cascade, calc() and container queries', () => {
		const out = inlineSvgStyles(SVG, CSS, {
			ancestors: [{ tag: 'div', attributes: { class: 'wrap' } }],
			width: 960,
		});
		const s = styles(out);
		expect(s.line).toBe('stroke:#639;stroke-width:1.5px;fill:none;stroke-dasharray:7px 4px');
		expect(s.a).toBe('display:inline;fill:#111');
		expect(s.b).toBe('display:none;fill:#111');
	});

	it('decides queries for the width it is given, and never applies states such as :hover', () => {
		const narrow = styles(
			inlineSvgStyles(SVG, CSS, {
				ancestors: [{ tag: 'div', attributes: { class: 'wrap', 'data-enhanced': '' } }],
				width: 600,
			}),
		);
		expect(narrow.line).toContain('stroke-width:6px');
		expect(narrow.a).toBe('display:none;fill:#111');
	});

	it('uses the dark values when asked', () => {
		const out = inlineSvgStyles(SVG, CSS, { ancestors: [], width: 960, scheme: 'dark' });
		expect(styles(out).a).toContain('fill:#eee');
	});

	it('skips at-rules whose conditions do not hold', () => {
		const rules = parseRules(CSS, 960);
		expect(rules.some((r) => r.declarations.some(([, v]) => v === 'black'))).toBe(false);
		expect(rules.some((r) => r.selectors.includes('.wrap .chart'))).toBe(true);
		expect(parseRules(CSS, 800).some((r) => r.selectors.includes('.wrap .chart'))).toBe(false);
	});

	it('resolves the root custom properties for the frame colours', () => {
		expect(resolveRootProperties(CSS).get('--line')).toBe('#333');
		expect(resolveRootProperties(CSS, 'dark').get('--text')).toBe('#eee');
	});
	it('applies rules that name what only an ancestor or a negation has, and only those', () => {
		const css = `
			.absent .chart__line { stroke: red; }
			.wrap > svg g:not(.absent) .chart__line { fill: blue; }
			[data-kind="two words"] text[data-level='1'] { fill: green; }
			:is(.wrap, .absent) text[data-level='2'] { fill: teal; }
			rect.chart__label { fill: red; }
			.chart__label[data-missing] { fill: red; }
		`;
		const svg =
			'<svg class="chart" viewBox="0 0 960 600" data-kind="two words">' +
			SVG.slice(SVG.indexOf('>') + 1);
		const out = inlineSvgStyles(svg, css, {
			ancestors: [{ tag: 'div', attributes: { class: 'wrap' } }],
			width: 960,
		});
		expect(styles(out)).toEqual({ line: 'fill:blue', a: 'fill:green', b: 'fill:teal' });
	});
});
