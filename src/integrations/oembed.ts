import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	OEMBED_FILE,
	OEMBED_WIDTH,
	buildOEmbed,
	oembedSize,
	type EmbedShape,
} from '../lib/embed/oembed';
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/site/share-card';
import { CHART_FILES } from './chart-downloads';
import { finished } from './render-png';

/**
 * After the build, writes each chart embed page's oEmbed response next to it
 * (`<embed page>/oembed.json`), the file its discovery link names. Built from the pages
 * themselves, so every embed page that exists gets one, in every language edition. Needs
 * the site's public address (SITE_URL): oEmbed URLs are absolute.
 */
export function oembed(): AstroIntegration {
	let site: URL | undefined;
	let base = '/';
	return {
		name: 'explainer:oembed',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!site) {
					logger.warn('no site URL (SITE_URL): oEmbed responses not written');
					return;
				}
				const out = fileURLToPath(dir);
				const origin = new URL(base, site);
				// A thumbnail's size is read from the chart's PNG, which may still be drawing.
				await finished(CHART_FILES);
				let count = 0;
				for (const file of chartPages(out)) {
					const html = readFileSync(file, 'utf8');
					const chart = readEmbedPage(html);
					if (!chart) continue;
					const pagePath = `${path.relative(out, path.dirname(file)).split(path.sep).join('/')}/`;
					const embedUrl = new URL(pagePath, origin).href;
					const size = oembedSize(chart);
					const png = chart.png ? path.join(path.dirname(file), path.basename(chart.png)) : '';
					const response = buildOEmbed({
						title: chart.title,
						pageUrl: chart.canonical ?? embedUrl,
						embedUrl,
						scriptUrl: new URL('embed.js', origin).href,
						providerName: chart.siteName,
						providerUrl: origin.href,
						...size,
						// The chart's PNG, or its share card when the chart has no PNG.
						thumbnail:
							png && chart.png
								? { url: new URL(chart.png, site).href, ...pngSize(png) }
								: chart.card
									? { url: chart.card, width: CARD_WIDTH, height: CARD_HEIGHT }
									: undefined,
					});
					writeFileSync(
						path.join(path.dirname(file), OEMBED_FILE),
						`${JSON.stringify(response, null, 2)}\n`,
					);
					count++;
				}
				logger.info(`wrote oEmbed responses for ${count} chart(s)`);
			},
		},
	};
}

/** What an embed page says about its chart, read from its markup (EmbedLayout). */
interface EmbedPage extends EmbedShape {
	title: string;
	siteName: string;
	canonical: string | undefined;
	png: string | undefined;
	/** The share card's address (og:image). */
	card: string | undefined;
}

const unescape = (text: string) =>
	text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&amp;/g, '&');

/**
 * Reads a chart embed page, or undefined for a page that is not one. Read with patterns, not
 * parsed: EmbedLayout writes these tags, attribute values double-quoted and escaped.
 */
function readEmbedPage(html: string): EmbedPage | undefined {
	const root = /<html\b[^>]*>/.exec(html)?.[0] ?? '';
	if (!/\sdata-embed="/.test(root)) return undefined;
	const meta = (property: string) =>
		new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
	const title = /<h1 class="embed-title">([\s\S]*?)<\/h1>/.exec(html)?.[1];
	const main = html.slice(html.indexOf('<main'));
	// The chart is the large drawing in the page (key swatches are small). A chart drawn in
	// variants for wide and narrow frames (`data-variant`) shows the widest that fits the
	// column, or else its narrowest.
	const drawings = [...main.matchAll(/<svg\b([^>]*)\sviewBox="0 0 ([\d.]+) ([\d.]+)"/g)]
		.map((m) => ({
			chartWidth: Number(m[2]),
			chartHeight: Number(m[3]),
			variant: /\sdata-variant="/.test(m[1] ?? ''),
		}))
		.filter((b) => b.chartWidth > 200 || b.variant);
	const variants = drawings.filter((b) => b.variant).sort((a, b) => a.chartWidth - b.chartWidth);
	const fitting = variants.filter((b) => b.chartWidth <= OEMBED_WIDTH - 24);
	const box = variants.length > 0 ? (fitting.at(-1) ?? variants[0]) : drawings[0];
	if (title === undefined || !box) return undefined;
	return {
		title: unescape(title.replace(/<[^>]*>/g, '').trim()),
		siteName: unescape(meta('og:site_name') ?? ''),
		canonical: /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1],
		chartWidth: box.chartWidth,
		chartHeight: box.chartHeight,
		fit: /\sdata-chart-fit="scroll"/.test(root) ? 'scroll' : 'scale',
		controls: /\sdata-script-ui\b/.test(main),
		keyEntries: (main.match(/\sdata-legend-item\b/g) ?? []).length,
		png: /<a href="([^"]+\.png)" download/.exec(html)?.[1],
		card: meta('og:image'),
	};
}

/** A PNG's width and height, from its header. */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every index.html under an `embed` folder at any depth (language editions have their own). */
function chartPages(dir: string, inEmbed = false): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory())
			return name === 'pagefind' || name === '_astro'
				? []
				: chartPages(full, inEmbed || name === 'embed');
		return inEmbed && name === 'index.html' ? [full] : [];
	});
}
