import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as cheerio from 'cheerio';
import { buildStandaloneSvg, type LegendItem } from '../lib/embed/svg-export';
import { contentHash, openContentCache, type ContentCache } from './content-cache';
import { FONTS, FONT_FAMILY, resvgFonts } from './fonts';
import {
	DRAWING_VERSION,
	afterBuildRenderer,
	finishLater,
	whilePagesRenderer,
	type PngRenderer,
} from './render-png';
import { onRenderedPage } from './rendered-pages';
import {
	inlineSvgStyles,
	resolveRootProperties,
	type Ancestor,
} from '../lib/embed/svg-inline-styles';

/** The name the chart files' drawings are left under (render-png.ts's `finished`). */
export const CHART_FILES = 'chart files';

/** A chart's files as made from one version of its page: the key they are cached under. */
interface MadeChart {
	key: string;
	/** Settles once every file is written; true when they came from the cache. */
	done: Promise<boolean>;
}

/**
 * After the build, writes each embedded chart as files next to its embed page:
 * `embed/<chart>/<name>.svg` (standalone, styles inside) and `<name>.png` (rendered by resvg
 * at twice the size, with the Source Sans 3 fonts from the `source-sans` package) and drawn
 * with presentation attributes, never `style` (lib/embed/svg-inline-styles.ts).
 *
 * A chart's files need only its page and the stylesheets, which the build writes before any
 * page: so each is made while the build renders the pages after it, its PNG drawn on the core
 * the build's own thread leaves free (render-png.ts). After the build each page is read again,
 * and files made early are kept only if made from the same page; any other is made then.
 */
export function chartDownloads(options: { editions?: readonly string[] } = {}): AstroIntegration {
	let site: URL | undefined;
	let out = '';
	let base = '/';
	// Every edition has its embeds, with its own words: embed/ at the root, <lang>/embed/ too.
	const embedFolders = ['embed', ...(options.editions ?? []).map((e) => `${e}/embed`)];
	/** Charts made while pages rendered, by page file. */
	const early = new Map<string, MadeChart>();
	let maker: ChartMaker | undefined;
	let stopListening = (): void => {};
	return {
		name: 'explainer:chart-downloads',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
				out = fileURLToPath(config.outDir);
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:start': () => {
				maker = chartMaker(out, site);
				const made = maker;
				stopListening = onRenderedPage((pathname, html) => {
					if (!pathname.startsWith(base)) return;
					const relative = decodeURIComponent(pathname.slice(base.length));
					const folder = embedFolders.find((f) => relative.startsWith(`${f}/`));
					if (!folder || relative === `${folder}/`) return;
					const page = path.join(out, relative, 'index.html');
					const chart = made.make(page, path.join(out, folder), html, whilePagesRenderer());
					if (chart) early.set(page, chart);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				stopListening();
				const made = maker ?? chartMaker(fileURLToPath(dir), site);
				let reused = 0;
				const charts: Promise<boolean>[] = [];
				const pages = embedFolders.flatMap((f) =>
					pagesUnder(path.join(made.out, f)).map((page) => ({
						page,
						embeds: path.join(made.out, f),
					})),
				);
				for (const { page, embeds } of pages) {
					if (path.dirname(page) === embeds) continue; // the gallery
					const html = readFileSync(page, 'utf8');
					const before = early.get(page);
					if (before && before.key === made.keyOf(page, embeds, html)) {
						charts.push(before.done);
						reused++;
						continue;
					}
					// PNGs draw in worker threads while the next charts are read and inlined here, and
					// while the hooks after this one run: the oEmbed responses, which read the PNGs'
					// sizes, wait for them.
					const chart = made.make(page, embeds, html, afterBuildRenderer());
					if (!chart) continue;
					charts.push(chart.done);
					// Lets the threads start, and hear of their next drawings, between two charts.
					await new Promise((resolve) => setImmediate(resolve));
				}
				early.clear();
				finishLater(
					CHART_FILES,
					Promise.all(charts).then((fromCache) => {
						made.cache.prune();
						const hits = fromCache.filter(Boolean).length;
						logger.info(
							`wrote SVG and PNG downloads for ${fromCache.length} chart(s): ${hits} from the cache (content unchanged), ${fromCache.length - hits} drawn, ${reused} of them while pages rendered`,
						);
					}),
				);
			},
		},
	};
}

/** What makes a chart's files from its embed page, with what every chart shares. */
interface ChartMaker {
	out: string;
	cache: ContentCache;
	/** The key a page's files are cached under; undefined when the page asks for no files. */
	keyOf(page: string, embeds: string, html: string): string | undefined;
	/** Writes a page's files, or starts to; undefined when it asks for none or has no chart. */
	make(page: string, embeds: string, html: string, renderer: PngRenderer): MadeChart | undefined;
}

function chartMaker(out: string, site: URL | undefined): ChartMaker {
	// A chart's files depend only on its page, its stylesheets, the site, the fonts and what
	// draws them: when none changed since a build before, they are read back, not drawn again.
	const cache = openContentCache('chart-downloads');
	const fonts = FONTS.map((f) => statSync(f).size).join(' ');
	// Embed pages share their stylesheets: read each file once.
	const sheets = new Map<string, string>();
	const stylesheet = (href: string): string => {
		const known = sheets.get(href);
		if (known !== undefined) return known;
		const text = readFileSync(path.join(out, stripBase(href, out)), 'utf8');
		sheets.set(href, text);
		return text;
	};
	/** The files a page asks for, and their key; undefined when it asks for none. */
	const plan = (page: string, embeds: string, html: string) => {
		// The page says which files it links to (EmbedLayout); make exactly those. Read from the
		// opening tag, so pages without files are never parsed.
		const wanted = (/<html[^>]*\bdata-chart-files="([^"]*)"/.exec(html)?.[1] ?? '').split(' ');
		if (!wanted.includes('svg')) return undefined;
		const name = path.relative(embeds, path.dirname(page)).split(path.sep).join('-');
		const png = wanted.includes('png');
		const names = png ? [`${name}.svg`, `${name}.png`] : [`${name}.svg`];
		const hrefs = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
			(m) => m[1] ?? '',
		);
		const key = contentHash(
			html,
			...hrefs.map((href) => stylesheet(href)),
			site?.href ?? '',
			fonts,
			DRAWING_VERSION,
			names.join(' '),
		);
		return { key, name, names, png };
	};
	return {
		out,
		cache,
		keyOf: (page, embeds, html) => plan(page, embeds, html)?.key,
		make(page, embeds, html, renderer) {
			const planned = plan(page, embeds, html);
			if (!planned) return undefined;
			const { key, name, names } = planned;
			const folder = path.dirname(page);
			const cached = cache.get(key, names);
			if (cached) {
				mkdirSync(folder, { recursive: true });
				for (const [file, content] of cached) writeFileSync(path.join(folder, file), content);
				return { key, done: Promise.resolve(true) };
			}
			const standalone = standaloneChart(html, stylesheet, site);
			if (standalone === undefined) return undefined;
			mkdirSync(folder, { recursive: true });
			writeFileSync(path.join(folder, `${name}.svg`), standalone);
			const drawn = new Map<string, string | Uint8Array>([[`${name}.svg`, standalone]]);
			if (!planned.png) {
				cache.set(key, drawn);
				return { key, done: Promise.resolve(false) };
			}
			const done = resvgFonts(FONTS)
				.then((font) => renderer.render(standalone, { fitTo: { mode: 'zoom', value: 2 }, font }))
				.then((png) => {
					writeFileSync(path.join(folder, `${name}.png`), png);
					drawn.set(`${name}.png`, png);
					cache.set(key, drawn);
					return false;
				});
			// Awaited after the build, which reports a failure; until then it must not crash it.
			done.catch(() => undefined);
			return { key, done };
		},
	};
}

/** A chart's standalone SVG file, from its embed page; undefined when the page has no chart. */
function standaloneChart(
	html: string,
	stylesheet: (href: string) => string,
	site: URL | undefined,
): string | undefined {
	const $ = cheerio.load(html);
	// The chart is the largest SVG in the page; legend swatches are small.
	const svg = $('main svg')
		.toArray()
		.map((el) => $(el))
		.filter((el) => Number(el.attr('viewBox')?.split(/\s+/)[2] ?? 0) > 200)[0];
	if (!svg) return undefined;
	const css = $('link[rel="stylesheet"]')
		.map((_, el) => $(el).attr('href') ?? '')
		.get()
		.map((href) => stylesheet(href))
		.join('\n');
	const address = site ? new URL($('link[rel="canonical"]').attr('href') ?? '', site).href : '';
	const creditEl = $('.embed-footer [data-credit]');
	const credit = `${creditEl.text().trim()} ${address}`.trim();
	// Too long to draw whole, the credit says how many sources and where they are named.
	const short = creditEl.attr('data-credit-short');
	const shortCredit = short && address ? `${short} ${address}` : undefined;
	// An element's ancestors in the page, as they are before any script runs.
	const ancestorsOf = (el: ReturnType<typeof $>): Ancestor[] =>
		el
			.parents()
			.toArray()
			.reverse()
			.filter((parent) => parent.name !== 'html' && parent.name !== 'body')
			.map((parent) => {
				const attributes = { ...parent.attribs };
				delete attributes['data-enhanced'];
				return { tag: parent.name, attributes };
			});
	const ancestors = ancestorsOf(svg);
	const width = Number(svg.attr('viewBox')?.split(/\s+/)[2] ?? 960);
	const inlined = inlineSvgStyles($.xml(svg), css, { ancestors, width });
	// The chart's key, drawn into the file: each entry's sample and its words.
	const legend = $('main [data-legend-item]')
		.toArray()
		.map((el): LegendItem => {
			const sample = $(el).find('svg').first();
			const label = $(el).text().replace(/\s+/g, ' ').trim();
			if (sample.length === 0) return { label };
			const swatch = inlineSvgStyles($.xml(sample), css, {
				ancestors: ancestorsOf(sample),
				width,
			});
			return { swatch, label };
		});
	const vars = resolveRootProperties(css);
	return buildStandaloneSvg(inlined, {
		title: $('.embed-title').text().trim(),
		credit,
		shortCredit,
		legend,
		absolute: (href) => (site ? new URL(href, site).href : href),
		font: FONT_FAMILY,
		colors: {
			bg: vars.get('--bg') ?? '#ffffff',
			text: vars.get('--text') ?? '#000000',
			muted: vars.get('--muted') ?? '#555555',
		},
	});
}

/** A built asset's path inside the output folder, from its URL (which carries the base). */
function stripBase(href: string, out: string): string {
	const clean = href.split(/[?#]/)[0] ?? '';
	// The URL is /<base>/_astro/…; find the part that exists under the output folder.
	const parts = clean.split('/').filter(Boolean);
	for (let i = 0; i < parts.length; i++) {
		const candidate = parts.slice(i).join('/');
		try {
			if (statSync(path.join(out, candidate)).isFile()) return candidate;
		} catch {
			/* try a shorter suffix */
		}
	}
	throw new Error(`chart-downloads: stylesheet ${href} not found in the build`);
}

function pagesUnder(dir: string): string[] {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	return names.flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return pagesUnder(full);
		return name === 'index.html' ? [full] : [];
	});
}
