/**
 * oEmbed for the charts: the `rich` response a CMS fetches when a journalist pastes a chart's
 * address (https://oembed.com/, section 2.3.4), pre-built as a static file per chart, and the
 * HTML it carries. Pure; the build writes the files (integrations/oembed.ts).
 *
 * The HTML is made for how WordPress treats a provider it discovered (checked against
 * WordPress 6.1's wp_filter_oembed_result; NOTES.md): it keeps only a leading <blockquote>
 * and the first <iframe> (attributes cut to src, width, height, frameborder, marginwidth,
 * marginheight, scrolling, title), and loads its resizer only when that blockquote is there.
 * So: a blockquote whose link is the chart's page (what readers see where iframes are
 * stripped, until the chart reports its height), then the iframe, sized by its attributes
 * from the chart's real aspect ratio, then our resizer for hosts that keep scripts.
 */
import { buildSnippet } from './snippet';

/** What a chart's oEmbed response is built from. */
export interface OEmbedChart {
	/** The chart's title: the iframe's title for screen readers, and the fallback link's words. */
	title: string;
	/** The full page that shows the chart (absolute). */
	pageUrl: string;
	/** The chart's embed page (absolute). */
	embedUrl: string;
	/** The host-page resizer, /embed.js (absolute). */
	scriptUrl: string;
	/** The site's name and home page. */
	providerName: string;
	providerUrl: string;
	/** The size the iframe starts at (and keeps where no resizer runs). */
	width: number;
	height: number;
	/** A picture of the chart (absolute PNG URL and its size). */
	thumbnail?: { url: string; width: number; height: number } | undefined;
}

/** The `rich` response, with the fields of the oEmbed spec this provider fills. */
export interface OEmbedResponse {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	author_name: string;
	author_url: string;
	cache_age: number;
	thumbnail_url?: string;
	thumbnail_width?: number;
	thumbnail_height?: number;
	html: string;
	width: number;
	height: number;
}

/** How long a consumer may keep the response, in seconds: a day (WordPress keeps it for good). */
export const OEMBED_CACHE_AGE = 86_400;

/** The file name of a chart's response, next to its embed page. */
export const OEMBED_FILE = 'oembed.json';

/** The width an oEmbed iframe starts at: a common article column. */
export const OEMBED_WIDTH = 640;

/**
 * What the embed page holds besides its chart, in px at a column's width: the title above
 * and the footer (source line and links) below; the controls scripts add above the chart;
 * the key, per entry and for its heading. Checked against the rendered embeds by a browser
 * test (tests/browser/embed.spec.ts), which allows a quarter either way.
 */
export const EMBED_CHROME_HEIGHT = 145;
export const EMBED_CONTROLS_HEIGHT = 165;
export const KEY_ENTRY_HEIGHT = 24;
export const KEY_HEADING_HEIGHT = 50;
/** The embed's side padding: the chart is drawn this much narrower than the frame. */
const EMBED_PADDING = 24;

/** What decides an embed's height, read from its page. */
export interface EmbedShape {
	/** The chart's drawn box (its viewBox). */
	chartWidth: number;
	chartHeight: number;
	/** `scale`: the chart shrinks to the frame; `scroll`: it keeps its size and scrolls sideways. */
	fit: 'scale' | 'scroll';
	/** Whether the chart has controls (filters, zoom) above it. */
	controls: boolean;
	/** How many entries its key has. */
	keyEntries: number;
}

/**
 * The iframe's starting size for an embed at a column's width, from the chart's real aspect
 * ratio and what surrounds it. Where a resizer runs the height then follows the content;
 * where none runs, the frame keeps this size (and scrolls if it is short).
 */
export function oembedSize(
	shape: EmbedShape,
	width = OEMBED_WIDTH,
): { width: number; height: number } {
	const scale = shape.fit === 'scale' ? Math.min(1, (width - EMBED_PADDING) / shape.chartWidth) : 1;
	const key = shape.keyEntries > 0 ? KEY_HEADING_HEIGHT + shape.keyEntries * KEY_ENTRY_HEIGHT : 0;
	const height =
		EMBED_CHROME_HEIGHT +
		(shape.controls ? EMBED_CONTROLS_HEIGHT : 0) +
		shape.chartHeight * scale +
		key;
	return { width, height: Math.ceil(height) };
}

const text = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (value: string) => text(value).replace(/"/g, '&quot;');

/** The HTML a consumer inserts: fallback link, iframe, resizer. */
export function buildOEmbedHtml(chart: OEmbedChart): string {
	const blockquote = `<blockquote class="wp-embedded-content"><a href="${attr(chart.pageUrl)}">${text(chart.title)}</a></blockquote>`;
	const snippet = buildSnippet({
		src: chart.embedUrl,
		title: chart.title,
		height: chart.height,
		width: chart.width,
		script: chart.scriptUrl,
	});
	return `${blockquote}\n${snippet}`;
}

/** The complete oEmbed response for a chart. */
export function buildOEmbed(chart: OEmbedChart): OEmbedResponse {
	return {
		type: 'rich',
		version: '1.0',
		title: chart.title,
		provider_name: chart.providerName,
		provider_url: chart.providerUrl,
		author_name: chart.providerName,
		author_url: chart.providerUrl,
		cache_age: OEMBED_CACHE_AGE,
		...(chart.thumbnail
			? {
					thumbnail_url: chart.thumbnail.url,
					thumbnail_width: chart.thumbnail.width,
					thumbnail_height: chart.thumbnail.height,
				}
			: {}),
		html: buildOEmbedHtml(chart),
		width: chart.width,
		height: chart.height,
	};
}
