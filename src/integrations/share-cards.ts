import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as cheerio from 'cheerio';
import { resolveRootProperties } from '../lib/embed/svg-inline-styles';
import { buildShareCard, type ShareCard } from '../lib/site/share-card';
import { CARD_FONTS, FONT_FAMILY, resvgFonts } from './fonts';
import { openPngRenderer } from './render-png';
import { contentHash, openContentCache } from './content-cache';

const require = createRequire(import.meta.url);
const RESVG_VERSION = (require('@resvg/resvg-js/package.json') as { version: string }).version;

/**
 * After the build (and after the chart downloads, which it draws from), writes the share
 * card of every page that asks for one: `<html data-card="words|chart">` with its words in
 * the page's Open Graph tags and, for a chart, `data-card-chart` naming the chart's SVG
 * file. The PNG goes where the page's `og:image` points. Cards come from the PNG cache when
 * nothing on them changed, so an unchanged rebuild draws none.
 */
export function shareCards(): AstroIntegration {
	let site: URL | undefined;
	let base = '/';
	return {
		name: 'explainer:share-cards',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const out = fileURLToPath(dir);
				const origin = new URL(base, site ?? 'http://localhost/');
				/** A site path or address inside the build, as a file path; undefined outside it. */
				const fileOf = (href: string): string | undefined => {
					const url = new URL(href, origin);
					if (!url.pathname.startsWith(base)) return undefined;
					return path.join(out, decodeURIComponent(url.pathname.slice(base.length)));
				};
				// A card depends only on its SVG, the fonts and resvg: unchanged, it is read back.
				const cache = openContentCache('share-cards');
				const fonts = CARD_FONTS.map((f) => statSync(f).size).join(' ');
				let colors: ShareCard['colors'] | undefined;
				const charts = new Map<string, string | undefined>();
				const jobs: (() => Promise<boolean>)[] = [];
				const renderer = openPngRenderer();
				for (const file of htmlFiles(out)) {
					const html = readFileSync(file, 'utf8');
					const root = /<html\b[^>]*>/.exec(html)?.[0] ?? '';
					if (!/\sdata-card="/.test(root)) continue;
					// Everything a card needs is in the opening tag and the head: parse only those.
					const head = html.indexOf('</head>');
					const $ = cheerio.load(head === -1 ? html : `${html.slice(0, head)}</head></html>`);
					const target = fileOf($('meta[property="og:image"]').attr('content') ?? '');
					if (!target) continue;
					colors ??= readColors($, fileOf);
					const chartHref = $('html').attr('data-card-chart');
					const chartFile = chartHref ? fileOf(chartHref) : undefined;
					const chart = chartFile ? chartOf(chartFile, charts) : undefined;
					const card = buildShareCard({
						eyebrow: $('html').attr('data-card-eyebrow'),
						title: $('meta[property="og:title"]').attr('content') ?? '',
						summary: $('meta[property="og:description"]').attr('content'),
						siteName: $('meta[property="og:site_name"]').attr('content') ?? '',
						chart: $('html').attr('data-card') === 'chart' ? chart : undefined,
						crop: $('html').attr('data-card-crop') === 'top' ? 'top' : 'fit',
						colors,
						font: FONT_FAMILY,
					});
					jobs.push(async () => {
						const key = contentHash(RESVG_VERSION, fonts, card);
						const cached = cache.get(key, ['card.png'])?.get('card.png');
						const png = cached ?? (await renderer.render(card, { font: resvgFonts(CARD_FONTS) }));
						if (!cached) cache.set(key, new Map([['card.png', png]]));
						mkdirSync(path.dirname(target), { recursive: true });
						writeFileSync(target, png);
						return cached !== undefined;
					});
				}
				let reused = 0;
				// A few cards at a time, so the threads are never idle and few bitmaps wait in memory.
				const batch = renderer.capacity;
				for (let i = 0; i < jobs.length; i += batch)
					for (const cached of await Promise.all(jobs.slice(i, i + batch).map((job) => job())))
						if (cached) reused++;
				await renderer.close();
				cache.prune();
				logger.info(
					`wrote ${jobs.length} share card(s), ${jobs.length - reused} drawn, ${reused} unchanged from the cache, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
				);
			},
		},
	};
}

/** The site's light colours, from the custom properties of the page's stylesheets. */
function readColors(
	$: cheerio.CheerioAPI,
	fileOf: (href: string) => string | undefined,
): ShareCard['colors'] {
	const css = $('link[rel="stylesheet"]')
		.map((_, el) => fileOf($(el).attr('href') ?? ''))
		.get()
		.map((file: string) => readFileSync(file, 'utf8'))
		.join('\n');
	const vars = resolveRootProperties(css);
	return {
		bg: vars.get('--bg') ?? '#ffffff',
		text: vars.get('--text') ?? '#1b1d21',
		muted: vars.get('--muted') ?? '#545a63',
		accent: vars.get('--accent') ?? '#0a56c2',
		soft: vars.get('--bg-soft') ?? '#f4f5f7',
	};
}

/** The chart drawing inside a chart's standalone SVG file (its `<svg class="chart">`), read once. */
function chartOf(file: string, seen: Map<string, string | undefined>): string | undefined {
	if (seen.has(file)) return seen.get(file);
	let chart: string | undefined;
	try {
		const $ = cheerio.load(readFileSync(file, 'utf8'), { xml: true });
		const el = $('svg.chart').first();
		chart = el.length > 0 ? $.xml(el) : undefined;
	} catch {
		chart = undefined; // no file for this chart: the card shows words only
	}
	seen.set(file, chart);
	return chart;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory())
			return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}
