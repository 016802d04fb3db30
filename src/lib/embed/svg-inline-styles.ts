/**
 * Resolves the site's CSS onto a chart's SVG elements as presentation attributes (`fill`,
 * `stroke`…), so the SVG looks the same as a file on its own, in any renderer and under any
 * host's Content Security Policy, including resvg, which knows no
 * custom properties, light-dark(), calc() or container queries. A small cascade: rules are
 * matched with cheerio's selector engine against the SVG inside a copy of its ancestors,
 * ordered by specificity and source order; custom properties inherit; media and container
 * queries are decided for a given width; states such as :hover never apply.
 */
import * as cheerio from 'cheerio';
import { isTag, type AnyNode, type Element } from 'domhandler';

/** A rule with the conditions (media, container) it sits under. */
interface Rule {
	selectors: string[];
	declarations: [string, string, boolean][];
	order: number;
}

/** An ancestor of the SVG in its page: tag and attributes, so rules scoped to it still match. */
export interface Ancestor {
	tag: string;
	attributes: Record<string, string>;
}

/**
 * Properties worth writing into a standalone SVG; layout and interaction properties are not.
 * Every one is also an SVG presentation attribute.
 */
const KEEP = new Set([
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-opacity',
	'opacity',
	'font-size',
	'font-weight',
	'font-family',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility',
	'stop-color',
	'stop-opacity',
	'marker-start',
	'marker-mid',
	'marker-end',
	'letter-spacing',
	'display',
]);

/** Splits on a character outside parentheses, brackets and quotes. */
function splitOutside(text: string, char: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let quote = '';
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quote) {
			if (c === quote) quote = '';
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '(' || c === '[') depth++;
		else if (c === ')' || c === ']') depth--;
		else if (c === char && depth === 0) {
			parts.push(text.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(text.slice(start));
	return parts.map((p) => p.trim()).filter(Boolean);
}

/** Whether a media or container condition holds for a screen (not print) of `width` px, light scheme, no motion preference. */
function conditionHolds(prelude: string, width: number): boolean {
	const text = prelude.replace(/^@(media|container)\s*/, '').replace(/^[\w-]+\s+(?=\()/, '');
	if (
		/\bprint\b/.test(text) ||
		/prefers-color-scheme:\s*dark/.test(text) ||
		/prefers-reduced-motion/.test(text)
	)
		return false;
	const px = (value: string) =>
		value.endsWith('rem') || value.endsWith('em') ? parseFloat(value) * 16 : parseFloat(value);
	for (const m of text.matchAll(/\((min|max)-width:\s*([\d.]+(?:px|rem|em)?)\)/g)) {
		const limit = px(m[2] ?? '0');
		if (m[1] === 'min' ? width < limit : width > limit) return false;
	}
	for (const m of text.matchAll(/width\s*([<>]=?)\s*([\d.]+(?:px|rem|em)?)/g)) {
		const limit = px(m[2] ?? '0');
		const op = m[1];
		if (
			(op === '>=' && width < limit) ||
			(op === '>' && width <= limit) ||
			(op === '<=' && width > limit) ||
			(op === '<' && width >= limit)
		)
			return false;
	}
	return true;
}

/** Parses a stylesheet into rules, keeping those whose media/container conditions hold. */
export function parseRules(css: string, width: number): Rule[] {
	const rules: Rule[] = [];
	const walk = (text: string) => {
		let i = 0;
		while (i < text.length) {
			const open = text.indexOf('{', i);
			if (open === -1) return;
			let prelude = text.slice(i, open).trim();
			const semicolon = prelude.lastIndexOf(';');
			if (semicolon !== -1) prelude = prelude.slice(semicolon + 1).trim();
			let depth = 1;
			let j = open + 1;
			for (; j < text.length && depth > 0; j++) {
				if (text[j] === '{') depth++;
				else if (text[j] === '}') depth--;
			}
			const body = text.slice(open + 1, j - 1);
			if (prelude.startsWith('@media') || prelude.startsWith('@container')) {
				if (conditionHolds(prelude, width)) walk(body);
			} else if (prelude.startsWith('@supports') || prelude.startsWith('@layer')) walk(body);
			else if (!prelude.startsWith('@') && prelude)
				rules.push({
					selectors: splitOutside(prelude, ','),
					declarations: splitOutside(body, ';').flatMap((d) => {
						const colon = d.indexOf(':');
						if (colon === -1) return [];
						const value = d.slice(colon + 1).trim();
						const important = /!important$/.test(value);
						return [
							[d.slice(0, colon).trim(), value.replace(/\s*!important$/, ''), important] as [
								string,
								string,
								boolean,
							],
						];
					}),
					order: rules.length,
				});
			i = j;
		}
	};
	walk(css.replace(/\/\*[\s\S]*?\*\//g, ''));
	return rules;
}

/** Selector specificity as one comparable number (ids, classes/attributes/pseudo-classes, types). */
function specificity(selector: string): number {
	const ids = (selector.match(/#[\w-]+/g) ?? []).length;
	const classes = (selector.match(/\.[\w-]+|\[[^\]]*\]|:(?!not\b|is\b|where\b)[\w-]+/g) ?? [])
		.length;
	const types = (
		selector.replace(/\[[^\]]*\]|\([^)]*\)/g, '').match(/(^|[\s>+~])[a-z][\w-]*/gi) ?? []
	).length;
	return ids * 10_000 + classes * 100 + types;
}

/** States a file never has: hovered, focused, targeted, or from a script. */
const STATEFUL = /:(hover|focus|focus-visible|focus-within|active|target|checked|has)\b|::/;

function resolveLightDark(value: string, scheme: 'light' | 'dark'): string {
	let out = value;
	for (let guard = 0; guard < 20; guard++) {
		const at = out.lastIndexOf('light-dark(');
		if (at === -1) break;
		let depth = 0;
		let end = at + 10;
		for (; end < out.length; end++) {
			if (out[end] === '(') depth++;
			else if (out[end] === ')' && --depth === 0) break;
		}
		const [light = '', dark = ''] = splitOutside(out.slice(at + 11, end), ',');
		out = out.slice(0, at) + (scheme === 'light' ? light : dark) + out.slice(end + 1);
	}
	return out;
}

function resolveVars(value: string, vars: ReadonlyMap<string, string>): string {
	let out = value;
	for (let guard = 0; guard < 20 && out.includes('var('); guard++)
		out = out.replace(
			/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g,
			(_, name: string, fallback?: string) => vars.get(name) ?? fallback ?? '',
		);
	return out;
}

/** Evaluates calc() of products and sums of plain numbers and px lengths; leaves others as they are. */
function resolveCalc(value: string): string {
	return value.replace(/calc\(([^()]*)\)/g, (whole, expr: string) => {
		const terms = expr.split(/\s+([+-])\s+/);
		let total = 0;
		let sign = 1;
		let unit = '';
		for (const term of terms) {
			if (term === '+' || term === '-') {
				sign = term === '+' ? 1 : -1;
				continue;
			}
			let product = 1;
			for (const factor of term.split('*').map((f) => f.trim())) {
				const m = /^(-?[\d.]+)(px)?$/.exec(factor);
				if (!m) return whole;
				if (m[2]) unit = 'px';
				product *= Number(m[1]);
			}
			total += sign * product;
		}
		return `${Math.round(total * 1000) / 1000}${unit}`;
	});
}

function parseStyle(style: string): Map<string, string> {
	return new Map(
		splitOutside(style, ';').flatMap((d) => {
			const colon = d.indexOf(':');
			return colon === -1
				? []
				: [[d.slice(0, colon).trim(), d.slice(colon + 1).trim()] as [string, string]];
		}),
	);
}

/** The tag names, classes, ids and attribute names a document uses. */
interface Names {
	tags: Set<string>;
	classes: Set<string>;
	ids: Set<string>;
	attributes: Set<string>;
}

function namesIn($: cheerio.CheerioAPI): Names {
	const names: Names = {
		tags: new Set(),
		classes: new Set(),
		ids: new Set(),
		attributes: new Set(),
	};
	for (const el of $('*').toArray() as Element[]) {
		names.tags.add(el.name);
		for (const [name, value] of Object.entries(el.attribs)) {
			names.attributes.add(name);
			if (name === 'class') for (const c of value.split(/\s+/)) names.classes.add(c);
			else if (name === 'id') names.ids.add(value);
		}
	}
	return names;
}

/**
 * False when a selector cannot match the document: its last compound (the element a rule
 * styles) names a tag, class, id or attribute that no element has. The site's stylesheets
 * hold hundreds of rules for other parts of the page; querying each against a chart of
 * thousands of elements was most of the work on a large map. Selectors with escapes are
 * always queried.
 */
function mayMatch(selector: string, names: Names): boolean {
	if (selector.includes('\\')) return true;
	let depth = 0;
	let start = 0;
	for (let i = selector.length - 1; i >= 0; i--) {
		const ch = selector[i];
		if (ch === ')' || ch === ']') depth++;
		else if (ch === '(' || ch === '[') depth--;
		else if (depth === 0 && /[\s>+~]/.test(ch ?? '')) {
			start = i + 1;
			break;
		}
	}
	// What the element itself must have: outside brackets and the parentheses of :not() and the like.
	let compound = selector.slice(start);
	while (/\([^()]*\)/.test(compound)) compound = compound.replace(/\([^()]*\)/g, '');
	const tag = /^[a-zA-Z][\w-]*/.exec(compound)?.[0];
	if (tag && !names.tags.has(tag)) return false;
	const outside = compound.replace(/\[[^\]]*\]/g, '');
	for (const [, kind, name] of outside.matchAll(/([.#])([\w-]+)/g))
		if (!(kind === '.' ? names.classes : names.ids).has(name ?? '')) return false;
	for (const [, name] of compound.matchAll(/\[\s*([\w-]+)/g))
		if (!names.attributes.has(name ?? '')) return false;
	return true;
}

/** Parsed stylesheets by width and text: every chart of a build shares the same few. */
const parsed = new Map<string, Rule[]>();

/**
 * Returns the SVG with every applicable declaration written as presentation attributes, custom
 * properties resolved. `width` decides media and container queries (the chart's drawn width).
 */
export function inlineSvgStyles(
	svg: string,
	css: string,
	options: {
		ancestors: readonly Ancestor[];
		width: number;
		scheme?: 'light' | 'dark';
		properties?: Record<string, string>;
	},
): string {
	const scheme = options.scheme ?? 'light';
	const key = `${options.width}\u0000${css}`;
	const rules = parsed.get(key) ?? parseRules(css, options.width);
	parsed.set(key, rules);
	const open = options.ancestors
		.map(
			(a) =>
				`<${a.tag}${Object.entries(a.attributes)
					.map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
					.join('')}>`,
		)
		.join('');
	const close = [...options.ancestors]
		.reverse()
		.map((a) => `</${a.tag}>`)
		.join('');
	const $ = cheerio.load(`<html-root>${open}${svg}${close}</html-root>`, { xml: true });

	// Declarations per element, with their weight.
	const declared = new Map<Element, { prop: string; value: string; weight: number }[]>();
	const present = namesIn($);
	for (const rule of rules)
		for (const selector of rule.selectors) {
			if (STATEFUL.test(selector) || !mayMatch(selector, present)) continue;
			const target = selector === ':root' ? 'html-root' : selector.replace(/:root\b/g, 'html-root');
			let matched: Element[];
			try {
				matched = $(target).toArray() as Element[];
			} catch {
				continue; // a selector the engine does not know: it cannot apply to a file either
			}
			const base = specificity(selector) * 10_000 + rule.order;
			for (const el of matched) {
				const list = declared.get(el) ?? [];
				for (const [prop, value, important] of rule.declarations)
					list.push({ prop, value, weight: base + (important ? 1e12 : 0) });
				declared.set(el, list);
			}
		}

	const visit = (node: AnyNode, inherited: ReadonlyMap<string, string>, inSvg: boolean) => {
		if (!isTag(node)) return;
		const el = node;
		const winners = new Map<string, { value: string; weight: number }>();
		for (const d of declared.get(el) ?? []) {
			const prev = winners.get(d.prop);
			if (!prev || d.weight >= prev.weight)
				winners.set(d.prop, { value: d.value, weight: d.weight });
		}
		if (el.name === 'html-root')
			for (const [k, v] of Object.entries(options.properties ?? {}))
				winners.set(k, { value: v, weight: Infinity });
		// Copied only where the element sets a property: most of a chart's thousands set none.
		let own: Map<string, string> | undefined;
		for (const [prop, { value }] of winners)
			if (prop.startsWith('--')) {
				own ??= new Map(inherited);
				own.set(prop, resolveCalc(resolveVars(resolveLightDark(value, scheme), inherited)));
			}
		const vars = own ?? inherited;
		const inside = inSvg || el.name === 'svg';
		if (inside) {
			// The element's own attributes, read and written directly: a cheerio wrapper per
			// element was a third of the time on a large map.
			const style = parseStyle(el.attribs['style'] ?? '');
			for (const [prop, { value }] of winners) {
				if (!KEEP.has(prop) || style.has(prop)) continue;
				const resolved = resolveCalc(resolveVars(resolveLightDark(value, scheme), vars)).trim();
				if (prop === 'display' && resolved !== 'none' && resolved !== 'inline') continue;
				if (resolved && !resolved.includes('var(') && !resolved.includes('color-mix'))
					style.set(prop, resolved);
			}
			// Written as presentation attributes, never as `style`: a file opened on its own
			// is a document under the host's Content Security Policy, whose `style-src` blocks
			// inline styles (ours allows none), while attributes are not styles to it.
			delete el.attribs['style'];
			for (const [prop, value] of style) el.attribs[prop] = value;
		}
		for (const child of el.children) visit(child, vars, inside);
	};
	const root = $('html-root').get(0);
	if (root) visit(root, new Map(), false);
	return $.xml($('svg').first());
}

/** The custom properties the site sets on `:root`, resolved for one scheme (e.g. --bg → #ffffff). */
export function resolveRootProperties(
	css: string,
	scheme: 'light' | 'dark' = 'light',
): Map<string, string> {
	const vars = new Map<string, string>();
	for (const rule of parseRules(css, Number.POSITIVE_INFINITY))
		if (rule.selectors.includes(':root'))
			for (const [prop, value] of rule.declarations)
				if (prop.startsWith('--')) vars.set(prop, resolveLightDark(value, scheme));
	for (const [k, v] of vars) vars.set(k, resolveVars(v, vars));
	return vars;
}
