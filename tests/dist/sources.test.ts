import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content-io/collections';
import { readContent } from '../../src/content-io/read-content';
import { createI18n } from '../../src/i18n';
import { buildStory } from '../../src/lib/content/story';
import { editionPrefix } from '../../src/lib/site/editions';
import { footerNamed } from '../../src/lib/site/footer';
import { BASE, DIST } from '../support/paths';

// Every source of the story is named wherever the site says what it is built from: the footer
// of every page (of a story of many sources, the page it links names them), the /sources/
// index, each embed's credit and the data files. Citations give
// each source its own short label, so two unnamed reports never read alike.

const { story: input } = readContent(contentDir());
if (!input) throw new Error(`the content in ${contentDir()} does not parse`);
const story = buildStory(input);
const load = (file: string) => cheerio.load(readFileSync(path.join(DIST, file), 'utf8'));
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

function htmlFiles(dir: string, prefix = ''): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory())
			return name === 'pagefind' ? [] : htmlFiles(full, `${prefix}${name}/`);
		return name.endsWith('.html') ? [`${prefix}${name}`] : [];
	});
}
const pages = htmlFiles(DIST);

describe('sources', () => {
	it('every page footer names and links every source (or, for many, links the page naming them), and links the sources index', () => {
		const n = story.sourceList.length;
		const named = footerNamed(story.sourceList).length > 0;
		// Each edition says it in its own language, and links its own source pages.
		const edition = (lang: string) => {
			const [lead = ''] = createI18n(lang).parts(
				named ? 'footer.builtFrom' : 'footer.builtFromMany',
				['sources'],
				{ count: n },
			);
			const mine = buildStory(input, { lang });
			return {
				lead: typeof lead === 'string' ? lead.trim() : '',
				titles: mine.sourceList.map((src) => src.data.title),
				prefix: `${BASE}${editionPrefix(lang, input.site.data.lang)}`,
			};
		};
		// The pages readers land on: every page in the sitemap (embeds are not), and the 404 page.
		const sitemap = readdirSync(DIST)
			.filter((f) => /^sitemap-\d+\.xml$/.test(f))
			.flatMap((f) => [
				...readFileSync(path.join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
			])
			.map((m) => `${new URL(m[1] ?? '').pathname.slice(BASE.length)}index.html`);
		const pagesWithFooter = pages.filter((f) => sitemap.includes(f) || f === '404.html');
		expect(pagesWithFooter.length).toBeGreaterThan(5);
		for (const file of pagesWithFooter) {
			const $ = load(file);
			// A moved page's stand-in only sends the reader on (tests/dist/redirects.test.ts); the
			// offline fallback lists what is saved on the device instead of the site's furniture.
			if ($('meta[http-equiv="refresh"]').length > 0 || file.endsWith('offline/index.html'))
				continue;
			const { lead, titles, prefix } = edition($('html').attr('lang') ?? input.site.data.lang);
			expect(lead.length).toBeGreaterThan(3);
			const footer = $('footer.site-footer');
			expect(footer, file).toHaveLength(1);
			const text = words(footer.find('p').first().text());
			expect(text, file).toContain(lead);
			story.sourceList.forEach((s, i) => {
				expect(text.includes(titles[i] ?? ''), `${file} names ${s.id}`).toBe(named);
				expect(
					footer.find(`a[href="${prefix}sources/${s.id}/"]`),
					`${file} → ${s.id}`,
				).toHaveLength(named ? 1 : 0);
			});
			// The list's link to the index, and for many sources the sentence's link to it too.
			expect(footer.find(`a[href="${prefix}sources/"]`), file).toHaveLength(named ? 1 : 2);
			if (!named)
				expect(footer.find('p').first().find(`a[href="${prefix}sources/"]`), file).toHaveLength(1);
		}
	});

	it('/sources/ lists every source with its short label, in reading order', () => {
		const $ = load('sources/index.html');
		const links = $('main h2 a')
			.map((_, a) => $(a).attr('href'))
			.get();
		expect(links).toEqual(story.sourceList.map((s) => `${BASE}sources/${s.id}/`));
		const text = words($('main').text());
		for (const s of story.sourceList) expect(text).toContain(`${story.sourceLabel(s.id)} ¶1`);
	});

	it('gives each source a different citation label, and cites each claim with its own', () => {
		const labels = story.sourceList.map((s) => story.sourceLabel(s.id));
		expect(new Set(labels).size).toBe(labels.length);
		const $ = load('evidence/index.html');
		for (const claim of story.claims.values()) {
			const cited = words($(`[id="claim-${claim.id}"] .claim-source`).text());
			expect(cited, claim.id).toMatch(
				new RegExp(
					`^${story.sourceLabel(claim.data.source).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ¶`,
				),
			);
		}
	});

	it('every embed credits every source', () => {
		for (const file of pages.filter((f) => /^embed\/.+\/index\.html$/.test(f))) {
			const credit = words(load(file)('.embed-footer [data-credit]').text());
			for (const s of story.sourceList) expect(credit, file).toContain(s.data.title);
		}
	});

	it('every data file names every source', () => {
		for (const dataset of ['actors', 'relations', 'events', 'claims', 'sources']) {
			const json = JSON.parse(readFileSync(path.join(DIST, 'data', `${dataset}.json`), 'utf8')) as {
				meta: { sources: { id: string; short: string }[] };
			};
			expect(
				json.meta.sources.map((s) => [s.id, s.short]),
				dataset,
			).toEqual(story.sourceList.map((s) => [s.id, story.sourceLabel(s.id)]));
		}
		const gexf = readFileSync(path.join(DIST, 'data', 'network.gexf'), 'utf8');
		for (const s of story.sourceList) expect(gexf).toContain(s.data.title.replace(/&/g, '&amp;'));
	});
});
