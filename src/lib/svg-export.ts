/**
 * Frames a chart's SVG as a standalone file: a title, a credit line, a background, links
 * made absolute. The chart's own styles are first written onto its elements by
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
