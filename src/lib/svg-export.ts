/**
 * Frames a chart's SVG as a standalone file: a title, a credit line, a background, links
 * made absolute. The chart's own styles are first written onto its elements by
 * `inlineSvgStyles`; `resolveCustomProperties` gives the site's colours for the frame.
 * Pure string work, no DOM.
 */

/** A top-level CSS rule: its selector list and declarations. */
interface CssRule {
	selectors: string[];
	body: string;
}

/** Splits a stylesheet into top-level rules, leaving out at-rules (media queries and the like). */
export function parseCssRules(css: string): CssRule[] {
	const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
	const rules: CssRule[] = [];
	let i = 0;
	while (i < text.length) {
		const open = text.indexOf('{', i);
		if (open === -1) break;
		const prelude = text.slice(i, open).trim();
		let depth = 1;
		let j = open + 1;
		for (; j < text.length && depth > 0; j++) {
			if (text[j] === '{') depth++;
			else if (text[j] === '}') depth--;
		}
		const body = text.slice(open + 1, j - 1);
		// `@import url(…);` and similar statements end in ";" before any block: skip them too.
		const lastStatement = prelude.lastIndexOf(';');
		const selector = (lastStatement === -1 ? prelude : prelude.slice(lastStatement + 1)).trim();
		if (!selector.startsWith('@') && selector !== '')
			rules.push({ selectors: splitTopLevel(selector), body: body.trim() });
		i = j;
	}
	return rules;
}

/** Splits on commas that are not inside parentheses or brackets. */
function splitTopLevel(list: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < list.length; i++) {
		const c = list[i];
		if (c === '(' || c === '[') depth++;
		else if (c === ')' || c === ']') depth--;
		else if (c === ',' && depth === 0) {
			parts.push(list.slice(start, i).trim());
			start = i + 1;
		}
	}
	parts.push(list.slice(start).trim());
	return parts.filter(Boolean);
}

/** Declarations of a rule body as [property, value] pairs. */
function declarations(body: string): [string, string][] {
	return splitDeclarations(body).flatMap((d) => {
		const colon = d.indexOf(':');
		return colon === -1
			? []
			: [[d.slice(0, colon).trim(), d.slice(colon + 1).trim()] as [string, string]];
	});
}

function splitDeclarations(body: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === ';' && depth === 0) {
			out.push(body.slice(start, i));
			start = i + 1;
		}
	}
	out.push(body.slice(start));
	return out.map((d) => d.trim()).filter(Boolean);
}

/** Replaces light-dark(a, b) with a (light) or b (dark), innermost first. */
function resolveLightDark(value: string, scheme: 'light' | 'dark'): string {
	let out = value;
	for (let guard = 0; guard < 20; guard++) {
		const at = out.lastIndexOf('light-dark(');
		if (at === -1) break;
		let depth = 0;
		let end = at + 'light-dark('.length - 1;
		for (; end < out.length; end++) {
			if (out[end] === '(') depth++;
			else if (out[end] === ')' && --depth === 0) break;
		}
		const [light = '', dark = ''] = splitTopLevel(out.slice(at + 'light-dark('.length, end));
		out = out.slice(0, at) + (scheme === 'light' ? light : dark) + out.slice(end + 1);
	}
	return out;
}

/** Replaces var(--x[, fallback]) using `vars`, repeatedly, so variables may refer to variables. */
function resolveVars(value: string, vars: Map<string, string>): string {
	let out = value;
	for (let guard = 0; guard < 20 && out.includes('var('); guard++)
		out = out.replace(
			/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g,
			(_, name: string, fallback?: string) => vars.get(name) ?? fallback ?? 'initial',
		);
	return out;
}

/** The custom properties set on `:root` without conditions, resolved for one scheme. */
export function resolveCustomProperties(
	rules: readonly CssRule[],
	scheme: 'light' | 'dark',
): Map<string, string> {
	const vars = new Map<string, string>();
	for (const rule of rules)
		if (rule.selectors.includes(':root'))
			for (const [prop, value] of declarations(rule.body))
				if (prop.startsWith('--')) vars.set(prop, resolveLightDark(value, scheme));
	for (const [k, v] of vars) vars.set(k, resolveVars(v, vars));
	return vars;
}

const escapeXml = (text: string) =>
	text.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
	);

/** What frames a standalone chart file. */
export interface StandaloneOptions {
	/** Shown above the chart. */
	title: string;
	/** Shown below it: source and where the chart comes from. */
	credit: string;
	/** Turns site-relative link targets into absolute addresses (identity when the site URL is unknown). */
	absolute: (href: string) => string;
	/** Font family to draw text with. */
	font: string;
	/** Background, title and credit colours. */
	colors: { bg: string; text: string; muted: string };
}

/**
 * A standalone SVG document for a chart: its own styles, a background, a title and a credit
 * line, links made absolute. `svg` is the chart's `<svg>…</svg>` markup as built.
 */
export function buildStandaloneSvg(svg: string, options: StandaloneOptions): string {
	const open = /^<svg\b([^>]*)>/.exec(svg);
	if (!open) throw new Error('buildStandaloneSvg: markup does not start with <svg');
	const attrs = open[1] ?? '';
	const viewBox =
		/viewBox="([^"]+)"/
			.exec(attrs)?.[1]
			?.split(/[\s,]+/)
			.map(Number) ?? [];
	const [, , w = 0, h = 0] = viewBox;
	if (!(w > 0 && h > 0))
		throw new Error('buildStandaloneSvg: the chart needs a viewBox with a size');
	const { bg, text, muted } = options.colors;
	const pad = 16;
	const top = 40;
	const bottom = 32;
	const width = Math.round(w + pad * 2);
	const height = Math.round(h + top + bottom);
	const inner = svg
		.slice(open[0].length)
		.replace(/<\/svg>\s*$/, '')
		// Script hooks are of no use in a file; attribute values get their markup escaped.
		.replace(/\sdata-[\w-]+="[^"]*"/g, '')
		.replace(
			/="([^"]*)"/g,
			(_, value: string) => `="${value.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`,
		)
		.replace(
			/\shref="([^"]*)"/g,
			(_, href: string) => ` href="${escapeXml(options.absolute(href.replace(/&amp;/g, '&')))}"`,
		);
	const style = `svg,text{font-family:${options.font}}`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title">
<title id="chart-title">${escapeXml(options.title)}</title>
<style>${style}</style>
<rect width="100%" height="100%" fill="${bg}"/>
<text x="${pad}" y="26" font-size="18" font-weight="700" fill="${text}">${escapeXml(options.title)}</text>
<svg class="chart" x="${pad}" y="${top}" width="${w}" height="${h}" viewBox="${viewBox.join(' ')}">${inner}</svg>
<text x="${pad}" y="${height - 12}" font-size="12" fill="${muted}">${escapeXml(options.credit)}</text>
</svg>
`;
}
