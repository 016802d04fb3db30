import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as cheerio from 'cheerio';
import { buildStandaloneSvg, type LegendItem } from '../lib/embed/svg-export';
import { contentHash, openContentCache } from './content-cache';
import { FONTS, FONT_FAMILY } from './fonts';
import { DRAWING_VERSION, openPngRenderer } from './render-png';
import {
	inlineSvgStyles,
	resolveRootProperties,
	type Ancestor,
} from '../lib/embed/svg-inline-styles';

/**
 * After the build, writes each embedded chart as files next to its embed page:
 * `embed/<chart>/<name>.svg` (standalone, styles inside) and `<name>.png` (rendered by resvg
 * at twice the size, with the Source Sans 3 fonts from the `source-sans` package) and drawn
 * with presentation attributes, never `style` (lib/embed/svg-inline-styles.ts).
 */
export function chartDownloads(options: { editions?: readonly string[] } = {}): AstroIntegration {
	let site: URL | undefined;
	// Every edition has its embeds, with its own words: embed/ at the root, <lang>/embed/ too.
	const embedFolders = ['embed', ...(options.editions ?? []).map((e) => `${e}/embed`)];
	return {
		name: 'explainer:chart-downloads',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				let count = 0;
				// A chart's files depend only on its page, its stylesheets, the site, the fonts and what
				// draws them: when none changed since a build before, they are read back, not drawn again.
				const cache = openContentCache('chart-downloads');
				// PNGs draw in worker threads while the next charts are read and inlined here.
				const renderer = openPngRenderer();
				const drawing = new Set<Promise<void>>();
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
				const pages = embedFolders.flatMap((f) =>
					pagesUnder(path.join(out, f)).map((page) => ({ page, embeds: path.join(out, f) })),
				);
				for (const { page, embeds } of pages) {
					const folder = path.relative(embeds, path.dirname(page));
					if (folder === '') continue; // the gallery
					// The page says which files it links to (EmbedLayout); make exactly those. Read
					// from the opening tag, so pages without files are never parsed.
					const html = readFileSync(page, 'utf8');
					const wanted = (/<html[^>]*\bdata-chart-files="([^"]*)"/.exec(html)?.[1] ?? '').split(
						' ',
					);
					if (!wanted.includes('svg')) continue;
					const name = folder.split(path.sep).join('-');
					const names = wanted.includes('png') ? [`${name}.svg`, `${name}.png`] : [`${name}.svg`];
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
					const cached = cache.get(key, names);
					if (cached) {
						for (const [file, content] of cached)
							writeFileSync(path.join(path.dirname(page), file), content);
						count++;
						continue;
					}
					const drawn = new Map<string, string | Uint8Array>();
					const $ = cheerio.load(html);
					// The chart is the largest SVG in the page; legend swatches are small.
					const svg = $('main svg')
						.toArray()
						.map((el) => $(el))
						.filter((el) => Number(el.attr('viewBox')?.split(/\s+/)[2] ?? 0) > 200)[0];
					if (!svg) continue;
					const css = $('link[rel="stylesheet"]')
						.map((_, el) => $(el).attr('href') ?? '')
						.get()
						.map((href) => stylesheet(href))
						.join('\n');
					const address = site
						? new URL($('link[rel="canonical"]').attr('href') ?? '', site).href
						: '';
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
					const standalone = buildStandaloneSvg(inlined, {
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
					writeFileSync(path.join(path.dirname(page), `${name}.svg`), standalone);
					drawn.set(`${name}.svg`, standalone);
					if (!wanted.includes('png')) {
						cache.set(key, drawn);
						count++;
						continue;
					}
					const job = renderer
						.render(standalone, {
							fitTo: { mode: 'zoom', value: 2 },
							font: {
								fontFiles: FONTS,
								loadSystemFonts: false,
								defaultFontFamily: 'Source Sans 3',
							},
						})
						.then((png) => {
							writeFileSync(path.join(path.dirname(page), `${name}.png`), png);
							drawn.set(`${name}.png`, png);
							cache.set(key, drawn);
							count++;
						})
						.finally(() => drawing.delete(job));
					drawing.add(job);
					// A few drawings at a time: each holds a chart's pixels (about 10 MB) until done.
					if (drawing.size >= renderer.capacity) await Promise.race(drawing);
				}
				await Promise.all(drawing);
				await renderer.close();
				cache.prune();
				logger.info(
					`wrote SVG and PNG downloads for ${count} chart(s): ${cache.hits} from the cache (content unchanged), ${count - cache.hits} drawn`,
				);
			},
		},
	};
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
