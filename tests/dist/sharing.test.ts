import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content-io/collections';
import { readContent } from '../../src/content-io/read-content';
import { buildStory } from '../../src/lib/content/story';
import { editionPrefix } from '../../src/lib/site/editions';
import { BASE, DIST } from '../support/paths';

/**
 * What other sites read from the built pages: share cards (og:image), structured data
 * (JSON-LD, checked against what schema.org and Google's rich results require of each type)
 * and oEmbed (discovery links and the responses they name).
 */
function htmlFiles(dir = DIST, prefix = ''): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory())
			return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(full, `${prefix}${name}/`);
		return name.endsWith('.html') ? [`${prefix}${name}`] : [];
	});
}

const { story } = readContent(contentDir());
if (!story) throw new Error('the content does not parse');
/** The language editions' folders ("" for the default, "es/"…) and each one's site title. */
const editions = [story.site.data.lang, ...story.site.data.languages].map((lang) => ({
	folder: editionPrefix(lang, story.site.data.lang),
	title: buildStory(story, { lang }).site.title,
}));
/** The edition a built file belongs to. */
const editionOf = (file: string) =>
	editions.find((e) => e.folder !== '' && file.startsWith(e.folder)) ??
	editions.find((e) => e.folder === '');
const pages = htmlFiles()
	.map((file) => ({ file, html: readFileSync(path.join(DIST, file), 'utf8') }))
	// Redirect stand-ins (moved pages) only send readers on.
	.filter(({ html }) => !/<meta http-equiv="refresh"/.test(html))
	.map(({ file, html }) => ({ file, $: cheerio.load(html) }));
const page = (file: string) => {
	const found = pages.find((p) => p.file === file);
	if (!found) throw new Error(`no page ${file}`);
	return found.$;
};

/** The file in the build an absolute address of the site points to. */
function fileOf(url: string): string {
	const { pathname } = new URL(url);
	expect(pathname.startsWith(BASE), url).toBe(true);
	const rel = decodeURIComponent(pathname.slice(BASE.length));
	return path.join(DIST, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
}

function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const isAbsolute = (url: unknown) => typeof url === 'string' && /^https?:\/\/[^/]+\//.test(url);

/** Every page the sitemap lists, as a file of the build. */
function sitemapFiles(): Set<string> {
	const files = new Set<string>();
	const read = (name: string) => readFileSync(path.join(DIST, name), 'utf8');
	for (const [, map = ''] of read('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g))
		for (const [, loc = ''] of read(new URL(map).pathname.slice(BASE.length)).matchAll(
			/<loc>([^<]+)<\/loc>/g,
		))
			files.add(`${new URL(loc).pathname.slice(BASE.length)}index.html`);
	return files;
}

describe('share cards', () => {
	it('every page in the sitemap, every embed and the 404 page have a 1200×630 PNG card with alt text and the large-image tags', () => {
		const listed = sitemapFiles();
		const shared = pages.filter(
			({ file, $ }) =>
				listed.has(file) || file === '404.html' || $('html').attr('data-embed') !== undefined,
		);
		expect(shared.length).toBeGreaterThan(listed.size);
		for (const { file, $ } of shared) {
			const meta = (p: string) =>
				$(`meta[property="${p}"], meta[name="${p}"]`).attr('content') ?? '';
			const image = meta('og:image');
			expect(isAbsolute(image), `${file}: og:image ${image}`).toBe(true);
			expect(existsSync(fileOf(image)), `${file}: ${image}`).toBe(true);
			expect(pngSize(fileOf(image)), file).toEqual({ width: 1200, height: 630 });
			expect(meta('og:image:width'), file).toBe('1200');
			expect(meta('og:image:height'), file).toBe('630');
			const alt = meta('og:image:alt');
			// Words about the picture, not a file name.
			expect(alt.length, `${file}: alt`).toBeGreaterThan(15);
			expect(alt, file).not.toMatch(/\.(png|svg)\b|^cards?\b/i);
			expect(meta('twitter:card'), file).toBe('summary_large_image');
			expect(meta('twitter:image'), file).toBe(image);
			expect(meta('twitter:image:alt'), file).toBe(alt);
		}
	});

	it('explainers are articles; the map, the timeline and actors show their chart', () => {
		for (const e of story.explainers) {
			const $ = page(`explainers/${e.id}/index.html`);
			expect($('meta[property="og:type"]').attr('content')).toBe('article');
		}
		for (const chart of ['network', 'timeline'])
			expect(page(`${chart}/index.html`)('html').attr('data-card'), chart).toBe('chart');
		expect(
			story.actors.some(
				(a) => page(`actors/${a.id}/index.html`)('html').attr('data-card') === 'chart',
			),
		).toBe(true);
	});
});

type Node = Record<string, unknown>;

/** Every JSON-LD node on a page. */
function nodesOf($: cheerio.CheerioAPI, file: string): Node[] {
	return $('script[type="application/ld+json"]')
		.toArray()
		.flatMap((el) => {
			const text = $(el).text();
			expect(text, `${file}: nothing that could close the block`).not.toMatch(/<\/?script|<!--/i);
			const data = JSON.parse(text) as Node | Node[];
			return Array.isArray(data) ? data : [data];
		});
}

/** Every URL-valued field in a node, at any depth. */
function urlsIn(value: unknown, key = ''): { key: string; url: unknown }[] {
	if (Array.isArray(value)) return value.flatMap((v) => urlsIn(v, key));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => urlsIn(v, k));
	return /^(url|contentUrl|urlTemplate|citation|mainEntityOfPage|image)$/.test(key)
		? [{ key, url: value }]
		: [];
}

/** Fields each type must have (schema.org and Google's structured-data guidelines). */
const REQUIRED: Record<string, string[]> = {
	WebSite: ['name', 'url', 'potentialAction', 'inLanguage'],
	NewsArticle: [
		'headline',
		'description',
		'inLanguage',
		'dateModified',
		'isBasedOn',
		'citation',
		'url',
	],
	Dataset: ['name', 'description', 'url', 'distribution', 'version', 'isBasedOn'],
	Person: ['name', 'url', 'description'],
	Organization: ['name', 'url', 'description'],
};

describe('structured data (JSON-LD)', () => {
	const all = pages.flatMap(({ file, $ }) => nodesOf($, file).map((node) => ({ file, node })));

	it('is valid, typed, complete, with absolute URLs, on every page that has any', () => {
		expect(all.length).toBeGreaterThan(5);
		for (const { file, node } of all) {
			expect(node['@context'], file).toBe('https://schema.org');
			const type = String(node['@type']);
			expect(Object.keys(REQUIRED), `${file}: @type`).toContain(type);
			for (const field of REQUIRED[type] ?? []) {
				const value = node[field];
				expect(value, `${file}: ${type}.${field}`).toBeDefined();
				if (Array.isArray(value))
					expect(value.length, `${file}: ${type}.${field}`).toBeGreaterThan(0);
			}
			for (const { key, url } of urlsIn(node))
				expect(isAbsolute(url), `${file}: ${key} ${String(url)}`).toBe(true);
		}
	});

	it('the home page carries the site and its search', () => {
		const site = nodesOf(page('index.html'), 'index.html').find((n) => n['@type'] === 'WebSite');
		const action = site?.['potentialAction'] as {
			target: { urlTemplate: string };
			'query-input': string;
		};
		expect(action.target.urlTemplate).toMatch(/\/search\/\?q=\{search_term_string\}$/);
		expect(action['query-input']).toBe('required name=search_term_string');
		expect(existsSync(fileOf(action.target.urlTemplate.replace(/\?.*$/, '')))).toBe(true);
	});

	it('explainers are NewsArticles citing the source paragraphs their claims rest on', () => {
		for (const e of story.explainers) {
			const file = `explainers/${e.id}/index.html`;
			const $ = page(file);
			const article = nodesOf($, file).find((n) => n['@type'] === 'NewsArticle');
			expect(article?.['headline'], file).toBe($('h1').first().text().trim());
			expect(String(article?.['dateModified']), file).toMatch(/^\d{4}-\d{2}-\d{2}/);
			for (const citation of article?.['citation'] as string[]) {
				const url = new URL(citation);
				expect(url.hash, citation).toMatch(/^#p\d+$/);
				const source = cheerio.load(readFileSync(fileOf(citation), 'utf8'));
				expect(source(url.hash).length, citation).toBe(1);
			}
			const citations = article?.['citation'] as string[];
			expect(new Set(citations).size, `${file}: each paragraph cited once`).toBe(citations.length);
			// Based on the sources its citations point into, each once, and on no other.
			const based = (article?.['isBasedOn'] as { url: string }[]).map((s) => s.url);
			const pointedInto = [...new Set(citations.map((c) => c.replace(/#p\d+$/, '')))];
			expect([...based].sort(), file).toEqual(pointedInto.sort());
			// No publisher invented: content names none for the site.
			expect(article?.['publisher'], file).toBeUndefined();
		}
	});

	it('actors are people or organizations, with their other names', () => {
		for (const actor of story.actors) {
			const file = `actors/${actor.id}/index.html`;
			const node = nodesOf(page(file), file).find(
				(n) => n['@type'] === 'Person' || n['@type'] === 'Organization',
			);
			expect(node?.['@type'], file).toBe(actor.data.kind === 'person' ? 'Person' : 'Organization');
			expect(node?.['name'], file).toBe(actor.data.name);
			expect(node?.['alternateName'] ?? [], file).toEqual(actor.data.aliases);
		}
	});

	it('the data page is a Dataset with every file as a download', () => {
		const dataset = nodesOf(page('data/index.html'), 'data').find((n) => n['@type'] === 'Dataset');
		const files = readdirSync(path.join(DIST, 'data'))
			.filter((f) => f !== 'index.html')
			.sort();
		const downloads =
			(dataset?.['distribution'] as { contentUrl: string; encodingFormat: string }[] | undefined) ??
			[];
		expect(downloads.map((d) => path.basename(new URL(d.contentUrl).pathname)).sort()).toEqual(
			files,
		);
		for (const d of downloads) {
			expect(existsSync(fileOf(d.contentUrl)), d.contentUrl).toBe(true);
			expect(d.encodingFormat).toMatch(/^(text\/csv|application\/(json|gexf\+xml))$/);
		}
		expect(dataset?.['license']).toBeUndefined();
	});
});

interface OEmbed {
	type: string;
	version: string;
	title: string;
	html: string;
	width: number;
	height: number;
	provider_name: string;
	provider_url: string;
	thumbnail_url?: string;
	thumbnail_width?: number;
	thumbnail_height?: number;
}

describe('oEmbed', () => {
	const discovery = ($: cheerio.CheerioAPI) =>
		$('link[rel="alternate"][type="application/json+oembed"]').attr('href');

	it('every chart embed page and the page showing it point to a complete response', () => {
		const chartPages = pages.filter(({ $ }) => $('html').attr('data-embed') !== undefined);
		expect(chartPages.length).toBeGreaterThan(2);
		const withDiscovery = [
			...chartPages,
			{ file: 'network/index.html', $: page('network/index.html') },
			{ file: 'timeline/index.html', $: page('timeline/index.html') },
			...story.actors
				.filter((a) =>
					story.relations.some((r) => r.data.source === a.id || r.data.target === a.id),
				)
				.map((a) => ({ file: `actors/${a.id}/index.html`, $: page(`actors/${a.id}/index.html`) })),
		];
		for (const { file, $ } of withDiscovery) {
			const href = discovery($);
			expect(isAbsolute(href), `${file}: ${String(href)}`).toBe(true);
			const response = JSON.parse(readFileSync(fileOf(href ?? ''), 'utf8')) as OEmbed;
			expect(response.type, file).toBe('rich');
			expect(response.version, file).toBe('1.0');
			expect(response.title.length, file).toBeGreaterThan(5);
			expect(response.provider_name, file).toBe(editionOf(file)?.title);
			expect(isAbsolute(response.provider_url), file).toBe(true);
			expect(response.width, file).toBeGreaterThan(200);
			expect(response.height, file).toBeGreaterThan(200);
			if (response.thumbnail_url) {
				const size = pngSize(fileOf(response.thumbnail_url));
				expect([size.width, size.height], file).toEqual([
					response.thumbnail_width,
					response.thumbnail_height,
				]);
			} else throw new Error(`${file}: no thumbnail`);
			// The html: a blockquote linking to the chart's page, then the iframe at the stated size.
			const $html = cheerio.load(response.html);
			const first = $html('body').children().first();
			expect(first.is('blockquote.wp-embedded-content'), file).toBe(true);
			expect(isAbsolute(first.find('a').attr('href')), file).toBe(true);
			const iframe = $html('iframe');
			expect(iframe.attr('title'), file).toBe(response.title);
			expect(Number(iframe.attr('width')), file).toBe(response.width);
			expect(Number(iframe.attr('height')), file).toBe(response.height);
			expect(existsSync(fileOf(iframe.attr('src') ?? '')), file).toBe(true);
		}
	});

	it('pages that show no chart have no discovery link', () => {
		for (const file of ['index.html', 'evidence/index.html', 'data/index.html'])
			expect(discovery(page(file)), file).toBeUndefined();
	});
});

describe('versioned embeds', () => {
	it('every chart embed states the content version it shows and the date it stands at', () => {
		// Each edition's data files name the version of its text.
		const versionOf = (file: string) =>
			(
				JSON.parse(
					readFileSync(path.join(DIST, `${editionOf(file)?.folder ?? ''}data/actors.json`), 'utf8'),
				) as { meta: { version: string } }
			).meta.version;
		const embeds = pages.filter(({ $ }) => $('html').attr('data-embed') !== undefined);
		expect(embeds.length).toBeGreaterThan(2);
		for (const { file, $ } of embeds) {
			const version = versionOf(file);
			const line = $('.embed-footer [data-content-version]');
			expect(line.attr('data-content-version'), file).toBe(version);
			expect(line.find('code').text(), file).toBe(version);
			const date = line.find('time').attr('datetime') ?? '';
			expect(date, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			// A corrected chart stands at its latest correction, which the footer links to.
			const updated = $('.embed-footer [data-corrections] time').attr('datetime');
			if (updated) expect(date, file).toBe(updated);
		}
	});
});
