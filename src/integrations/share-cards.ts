import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as cheerio from 'cheerio';
import { resolveRootProperties } from '../lib/embed/svg-inline-styles';
import { buildShareCard, type ShareCard } from '../lib/site/share-card';
import { CARD_FONTS, FONT_FAMILY, resvgFonts } from './fonts';
import {
	DRAWING_VERSION,
	afterBuildRenderer,
	finishLater,
	whilePagesRenderer,
	type PngRenderer,
} from './render-png';
import { contentHash, openContentCache, type ContentCache } from './content-cache';
import { onRenderedPage } from './rendered-pages';

/**
 * Writes the share card of every page that asks for one: `<html data-card="words|chart">`
 * with its words in the page's Open Graph tags and, for a chart, `data-card-chart` naming the
 * chart's SVG file. The PNG goes where the page's `og:image` points. Cards come from the PNG
 * cache when nothing on them changed, so an unchanged rebuild draws none.
 *
 * A word card needs only its page, so it is drawn while the build renders the pages after it,
 * on the core the build's own thread leaves free (rendered-pages.ts). A chart card waits for
 * the chart downloads, after the build. After the build every page's card is planned again
 * from the written page, and one drawn early is kept only if it is the same card: whatever
 * went wrong early, or changed after, is drawn then.
 */
export function shareCards(): AstroIntegration {
	let out = '';
	let fileOf: (href: string) => string | undefined = () => undefined;
	let early: EarlyCards | undefined;
	return {
		name: 'explainer:share-cards',
		hooks: {
			'astro:config:setup': ({ command, addMiddleware }) => {
				if (command === 'build')
					addMiddleware({
						entrypoint: new URL('./rendered-pages-middleware.ts', import.meta.url),
						order: 'post',
					});
			},
			'astro:config:done': ({ config }) => {
				out = fileURLToPath(config.outDir);
				const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				const origin = new URL(base, config.site ?? 'http://localhost/');
				/** A site path or address inside the build, as a file path; undefined outside it. */
				fileOf = (href) => {
					const url = new URL(href, origin);
					if (!url.pathname.startsWith(base)) return undefined;
					return path.join(out, decodeURIComponent(url.pathname.slice(base.length)));
				};
			},
			'astro:build:start': () => {
				early = startEarlyCards(fileOf);
			},
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const drawnEarly = early ?? startEarlyCards(fileOf);
				drawnEarly.stop();
				const { cache, colors } = drawnEarly;
				const unfinished = drawnEarly.cards.size - drawnEarly.finished;
				const charts = new Map<string, string | undefined>();
				const jobs: Promise<boolean>[] = [];
				const waits: Promise<boolean>[] = [];
				// The threads every hook after the build shares; the chart files' drawings are ahead
				// of these in them. The cards go on drawing while the hooks after this one run.
				const renderer = afterBuildRenderer();
				for (const file of htmlFiles(fileURLToPath(dir))) {
					const planned = planCard(readFileSync(file, 'utf8'), fileOf, colors, charts);
					if (!planned) continue;
					const drawn = drawnEarly.cards.get(planned.target);
					if (drawn?.card === planned.card) waits.push(drawn.done);
					else jobs.push(drawCard(planned, renderer, cache));
				}
				finishLater(
					'share cards',
					Promise.all([...jobs, ...waits]).then((fromCache) => {
						cache.prune();
						const reused = fromCache.filter(Boolean).length;
						logger.info(
							`wrote ${fromCache.length} share card(s), ${fromCache.length - reused} drawn, ${reused} unchanged from the cache, ${waits.length} of them while pages rendered (${unfinished} still drawing when they were done), in ${((performance.now() - started) / 1000).toFixed(1)} s after the build`,
						);
					}),
				);
			},
		},
	};
}

/** A card to draw: its SVG and the file its PNG goes to. */
interface PlannedCard {
	target: string;
	card: string;
}

/** Word cards drawn while pages render, by target file, and what they share with the rest. */
interface EarlyCards {
	cards: Map<string, { card: string; done: Promise<boolean> }>;
	cache: ContentCache;
	/** The site's colours, read from the first page's stylesheets. */
	colors: { value?: ShareCard['colors'] };
	/** How many of them are written. */
	finished: number;
	/** Stops listening: pages rendered from now on are planned after the build. */
	stop(): void;
}

/**
 * Listens to the pages as they render and draws each one's word card on the spare core
 * (render-png.ts's `whilePagesRenderer`; those it has not started when the pages are done go
 * to every thread).
 */
function startEarlyCards(fileOf: (href: string) => string | undefined): EarlyCards {
	// A card depends only on its SVG, the fonts and what draws it: unchanged, it is read back.
	const cache = openContentCache('share-cards');
	const cards: EarlyCards['cards'] = new Map();
	const colors: EarlyCards['colors'] = {};
	const early: EarlyCards = { cards, cache, colors, finished: 0, stop: () => {} };
	early.stop = onRenderedPage((_, html) => {
		// Only word cards: a chart card needs a chart file the build has not written yet.
		if (!/^[^>]*?\sdata-card="words"/.test(html.slice(html.indexOf('<html')))) return;
		const planned = planCard(html, fileOf, colors, new Map());
		if (!planned || cards.has(planned.target)) return;
		const done = drawCard(planned, whilePagesRenderer(), cache);
		// Awaited after the build, which reports a failure; until then it must not crash the build.
		done.then(
			() => early.finished++,
			() => undefined,
		);
		cards.set(planned.target, { card: planned.card, done });
	});
	return early;
}

/** The card a page asks for, from its opening tag and head; undefined when it asks for none. */
function planCard(
	html: string,
	fileOf: (href: string) => string | undefined,
	colors: { value?: ShareCard['colors'] },
	charts: Map<string, string | undefined>,
): PlannedCard | undefined {
	const root = /<html\b[^>]*>/.exec(html)?.[0] ?? '';
	if (!/\sdata-card="/.test(root)) return undefined;
	// Everything a card needs is in the opening tag and the head: parse only those, with
	// htmlparser2 rather than parse5 (a third of the time; the head holds no SVG, whose
	// attribute names only parse5 keeps in their case).
	const head = html.indexOf('</head>');
	const $ = cheerio.load(head === -1 ? html : `${html.slice(0, head)}</head></html>`, {
		xml: { xmlMode: false, decodeEntities: true },
	});
	const target = fileOf($('meta[property="og:image"]').attr('content') ?? '');
	if (!target) return undefined;
	colors.value ??= readColors($, fileOf);
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
		colors: colors.value,
		font: FONT_FAMILY,
	});
	return { target, card };
}

const FONT_SIZES = CARD_FONTS.map((f) => statSync(f).size).join(' ');

/** Draws a card (or reads it from the cache) and writes its PNG; true when it came from the cache. */
async function drawCard(
	{ target, card }: PlannedCard,
	renderer: PngRenderer,
	cache: ContentCache,
): Promise<boolean> {
	const key = contentHash(DRAWING_VERSION, FONT_SIZES, card);
	const cached = cache.get(key, ['card.png'])?.get('card.png');
	const png = cached ?? (await renderer.render(card, { font: await resvgFonts(CARD_FONTS) }));
	if (!cached) cache.set(key, new Map([['card.png', png]]));
	mkdirSync(path.dirname(target), { recursive: true });
	writeFileSync(target, png);
	return cached !== undefined;
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
