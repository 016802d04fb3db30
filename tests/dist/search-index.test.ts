import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentDir } from '../../src/content-io/collections';
import { editionPrefix } from '../../src/lib/site/editions';
import { readContent } from '../../src/content-io/read-content';
import type { StoryInput } from '../../src/lib/content/types';
import { BASE, DIST } from '../support/paths';

/** Every built HTML page outside the search bundle, relative to dist. */
function htmlPages(dir = DIST): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const full = path.join(dir, e.name);
		if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlPages(full);
		return e.name.endsWith('.html') ? [path.relative(DIST, full)] : [];
	});
}

const urlOf = (file: string) =>
	`/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

let story: StoryInput;
let pages: { file: string; url: string; html: string }[];
beforeAll(() => {
	const report = readContent(contentDir());
	if (!report.story) throw new Error('the content does not parse');
	story = report.story;
	pages = htmlPages().map((file) => ({
		file,
		url: urlOf(file),
		html: readFileSync(path.join(DIST, file), 'utf8'),
	}));
});

describe('the search index as built', () => {
	test('ships the Pagefind bundle but not the records file it was built from', () => {
		expect(existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(existsSync(path.join(DIST, 'search-records.json'))).toBe(false);
	});

	test('holds every indexed page, and a record per actor, event and claim, once', () => {
		const entry = JSON.parse(
			readFileSync(path.join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'),
		) as { languages: Record<string, { page_count: number }> };
		const indexed = pages.filter((p) => p.html.includes('data-pagefind-body'));
		// Each language edition has its own index, with a record per entry in its language.
		const editions = [story.site.data.lang, ...story.site.data.languages].map((lang) =>
			editionPrefix(lang, story.site.data.lang),
		);
		const actorPages = new Set(
			editions.flatMap((e) => story.actors.map((a) => `/${e}actors/${a.id}/`)),
		);
		// An actor's record stands for its page: the page itself is not indexed twice.
		const htmlIndexed = indexed.filter((p) => !actorPages.has(p.url));
		expect(indexed.length - htmlIndexed.length).toBe(story.actors.length * editions.length);
		const records = story.actors.length + story.events.length + story.claims.length;
		const total = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
		expect(total).toBe(htmlIndexed.length + records * editions.length);
	});

	test('marks each indexed page with its kind and keeps furniture out', () => {
		for (const page of pages) {
			const $ = load(page.html);
			const body = $('[data-pagefind-body]');
			if (body.length === 0) continue;
			expect(body.length, page.url).toBe(1);
			expect(body.attr('data-pagefind-filter'), page.url).toMatch(/^kind:(explainer|source|page)$/);
			expect($('header.site-header').attr('data-pagefind-ignore'), page.url).toBe('all');
			expect($('footer.site-footer').attr('data-pagefind-ignore'), page.url).toBe('all');
			if (page.url.startsWith('/explainers/') && page.url !== '/explainers/')
				expect(body.attr('data-pagefind-filter'), page.url).toBe('kind:explainer');
			if (page.url.startsWith('/sources/') && page.url !== '/sources/')
				expect(body.attr('data-pagefind-filter'), page.url).toBe('kind:source');
		}
	});

	test('leaves the search page, the 404 page and embedded charts out of the index', () => {
		for (const page of pages) {
			if (page.url === '/search/' || page.url === '/404.html' || /^\/embed\/.+/.test(page.url))
				expect(page.html.includes('data-pagefind-body'), page.url).toBe(false);
		}
	});

	test('no page loads search code before search opens', () => {
		for (const page of pages) {
			const $ = load(page.html);
			const loaded = [
				...$('script[src]')
					.toArray()
					.map((el) => $(el).attr('src') ?? ''),
				...$('link[href]')
					.toArray()
					.map((el) => $(el).attr('href') ?? ''),
				...$('script:not([src])')
					.toArray()
					.map((el) => $(el).text()),
			];
			const isSearch = (s: string) => /pagefind|search-ui/.test(s);
			// The search page is search open: it loads the UI (not Pagefind) with the page.
			const allowed = page.url === '/search/' ? /pagefind/ : /pagefind|search-ui/;
			expect(
				loaded.filter(isSearch).filter((s) => allowed.test(s)),
				page.url,
			).toEqual([]);
		}
	});

	test('tells the search UI where the bundle is, under the base path', () => {
		const search = load(pages.find((p) => p.url === '/search/')?.html ?? '');
		const panel = search('search-panel');
		expect(panel.attr('data-bundle')).toBe(`${BASE}pagefind/pagefind.js`);
		expect(panel.attr('data-base')).toBe(BASE);
	});

	test('only the search page carries the panel; the dialog elsewhere fetches it from there', () => {
		const withPanel = pages.filter((p) => load(p.html)('search-panel').length > 0);
		expect(withPanel.map((p) => p.url).sort()).toEqual(
			pages
				.filter((p) => /^\/(?:[a-z]{2}\/)?search\/$/.test(p.url))
				.map((p) => p.url)
				.sort(),
		);
		const home = load(pages.find((p) => p.url === '/')?.html ?? '');
		expect(home('search-dialog').attr('data-search-page')).toBe(`${BASE}search/`);
	});
});
