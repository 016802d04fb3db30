/**
 * Frames a chart's SVG as a standalone file: a title, the chart's key, a credit line, a
 * background, links made absolute. The chart's own styles are first written onto its elements by
 * `inlineSvgStyles`, which also gives the site's colours for the frame.
 * Pure string work, no DOM.
 */

const escapeXml = (text: string) =>
	text.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
	);

/** What frames a standalone chart file. */
export interface StandaloneOptions {
	/** Shown above the chart. */
	title: string;
	/** Shown below it: source and where the chart comes from, wrapped to the chart's width. */
	credit: string;
	/**
	 * Shown instead of `credit` when that would take more than two lines (a story built from
	 * many sources): the number of sources and where they are named.
	 */
	shortCredit?: string | undefined;
	/** Turns site-relative link targets into absolute addresses (identity when the site URL is unknown). */
	absolute: (href: string) => string;
	/** Font family to draw text with. */
	font: string;
	/** Background, title and credit colours. */
	colors: { bg: string; text: string; muted: string };
	/** The chart's key, drawn below it: a sample (an `<svg>` with a viewBox) and its words. */
	legend?: readonly LegendItem[];
}

/** One entry of a chart's key. */
export interface LegendItem {
	/** The drawn sample, `<svg viewBox="…">…</svg>` with its styles inlined; none for words only. */
	swatch?: string;
	label: string;
}

/** Where an entry of the key goes: its sample's box and its words' start, in file units. */
export interface PlacedLegendItem extends LegendItem {
	x: number;
	y: number;
	swatchWidth: number;
	textX: number;
}

const LEGEND_FONT = 13;
const CREDIT_FONT = 12;
const CREDIT_LINE = 16;
const LEGEND_ROW = 22;
const SWATCH_HEIGHT = 16;
const GAP = 6;
const ITEM_GAP = 20;

/**
 * A generous estimate of how wide `text` is at `size` px in a sans-serif font (no fonts are
 * measured here): wide enough that entries never run into each other.
 */
export function estimateTextWidth(text: string, size: number): number {
	let em = 0;
	for (const ch of text)
		em += /[mwMW@]/.test(ch)
			? 0.85
			: /[A-Z0-9]/.test(ch)
				? 0.64
				: /[ iljtf.,:;'’!|]/.test(ch)
					? 0.3
					: 0.54;
	return Math.ceil(em * size);
}

/**
 * Breaks `text` at spaces into lines no wider than `width` at `size` px (estimated, so
 * generously); a word wider than a line keeps a line of its own. Nothing is cut.
 */
export function wrapLines(text: string, width: number, size: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line !== '' && estimateTextWidth(next, size) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** The samples' width: as wide as their viewBox is relative to its height, up to twice the height. */
function swatchWidthOf(swatch: string | undefined): number {
	if (!swatch) return 0;
	const [, , w = 1, h = 1] = (/viewBox="([^"]+)"/.exec(swatch)?.[1] ?? '0 0 1 1')
		.split(/[\s,]+/)
		.map(Number);
	return Math.round(SWATCH_HEIGHT * Math.min(2, Math.max(1, w / h)));
}

/**
 * Lays the key out in rows no wider than `width`, entries left to right in their order; an
 * entry wider than a row gets a row of its own. Returns the entries placed and the height.
 */
export function layoutLegend(
	items: readonly LegendItem[],
	width: number,
): { items: PlacedLegendItem[]; height: number } {
	const placed: PlacedLegendItem[] = [];
	let x = 0;
	let row = 0;
	for (const item of items) {
		const swatchWidth = swatchWidthOf(item.swatch);
		const lead = swatchWidth > 0 ? swatchWidth + GAP : 0;
		const itemWidth = lead + estimateTextWidth(item.label, LEGEND_FONT);
		if (x > 0 && x + itemWidth > width) {
			x = 0;
			row++;
		}
		placed.push({ ...item, x, y: row * LEGEND_ROW, swatchWidth, textX: x + lead });
		x += itemWidth + ITEM_GAP;
	}
	return { items: placed, height: placed.length > 0 ? (row + 1) * LEGEND_ROW : 0 };
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
	const legend = layoutLegend(options.legend ?? [], w);
	const legendTop = top + h + (legend.height > 0 ? 12 : 0);
	const full = wrapLines(options.credit, w, CREDIT_FONT);
	const credit =
		full.length > 2 && options.shortCredit ? wrapLines(options.shortCredit, w, CREDIT_FONT) : full;
	// 32 px for one line of credit (its baseline 12 px above the bottom), 16 more for each next.
	const bottom = 32 + Math.max(0, credit.length - 1) * CREDIT_LINE;
	const width = Math.round(w + pad * 2);
	const height = Math.round(legendTop + legend.height + bottom);
	const creditTop = height - 12 - (credit.length - 1) * CREDIT_LINE;
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
	// The font as an inherited attribute, not a <style>: a host's policy may block styles.
	return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(options.font)}" role="img" aria-labelledby="chart-title">
<title id="chart-title">${escapeXml(options.title)}</title>
<rect width="100%" height="100%" fill="${bg}"/>
<text x="${pad}" y="26" font-size="18" font-weight="700" fill="${text}">${escapeXml(options.title)}</text>
<svg class="chart" x="${pad}" y="${top}" width="${w}" height="${h}" viewBox="${viewBox.join(' ')}">${inner}</svg>
${legend.items.map((item) => drawLegendItem(item, pad, legendTop, text)).join('')}${credit.map((line, i) => `<text x="${pad}" y="${creditTop + i * CREDIT_LINE}" font-size="${CREDIT_FONT}" fill="${muted}">${escapeXml(line)}</text>`).join('')}
</svg>
`;
}

/** One entry of the key: its sample scaled into its box, then its words. */
function drawLegendItem(item: PlacedLegendItem, left: number, top: number, color: string): string {
	const x = left + item.x;
	const y = top + item.y;
	const swatch = item.swatch
		? item.swatch.replace(/^<svg\b([^>]*)>/, (_, attrs: string) => {
				const kept = attrs.replace(/\s(?:x|y|width|height|class|style|aria-hidden)="[^"]*"/g, '');
				return `<svg${kept} x="${x}" y="${y}" width="${item.swatchWidth}" height="${SWATCH_HEIGHT}">`;
			})
		: '';
	const words = `<text x="${left + item.textX}" y="${y + SWATCH_HEIGHT / 2}" dominant-baseline="central" font-size="${LEGEND_FONT}" fill="${color}">${escapeXml(item.label)}</text>`;
	return `${swatch}${words}\n`;
}
