import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content-io/collections';
import { readContent } from '../../src/content-io/read-content';
import { en } from '../../src/i18n/en';
import { DICTIONARIES, createI18n } from '../../src/i18n';
import type { Message } from '../../src/i18n/message';
import { buildStory } from '../../src/lib/content/story';
import { editionPrefix } from '../../src/lib/site/editions';
import { readHeadersFile, headersFor } from '../support/headers';
import { BASE, DIST } from '../support/paths';

// The language editions as built: every page in every language, each pointing to the others,
// each speaking its own language. Run on a story in one language (content/, tidemill) it checks
// that nothing assumes two; on the multilingual fixture (npm run test:i18n), everything else.

const { story: input } = readContent(contentDir());
if (!input) throw new Error('the content does not read');
const defaultLang = input.site.data.lang;
const others = input.site.data.languages;
const folders = others.map((l) => editionPrefix(l, defaultLang));

/** Every built file under dir, as paths relative to dist, the search bundle aside. */
function filesUnder(dir = DIST, prefix = ''): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory())
			return prefix === '' && name === 'pagefind' ? [] : filesUnder(full, `${prefix}${name}/`);
		return [`${prefix}${name}`];
	});
}

const all = filesUnder();
const html = all.filter((f) => f.endsWith('.html'));
const load = (file: string) => cheerio.load(readFileSync(path.join(DIST, file), 'utf8'));
const inEdition = (file: string) => folders.find((f) => file.startsWith(f));
/** The root edition's pages: every page outside the other editions' folders. */
const rootPages = html.filter((f) => inEdition(f) === undefined);
/** Files that exist once for all editions: the search bundle, scripts, styles, host files. */
const shared = (file: string) =>
	/^(_astro\/|cards\/|pagefind\/|embed\.js$|embed-frame\.js$|offline\/[^/]+\.json$|sw\.js$|favicon|sitemap|_headers$|nginx-headers\.conf$|robots)/.test(
		file,
	);

if (others.length === 0)
	describe('a story in one language', () => {
		it('builds no other edition, no alternates and no language switcher', () => {
			expect(html.some((f) => /^[a-z]{2,3}(-[a-z0-9]+)?\/index\.html$/.test(f))).toBe(false);
			for (const file of html) {
				const $ = load(file);
				expect($('link[rel="alternate"][hreflang]'), file).toHaveLength(0);
				expect($('language-switcher'), file).toHaveLength(0);
				expect($('html').attr('lang'), file).toBe(defaultLang);
			}
			const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
			expect(sitemap).not.toContain('xhtml:link');
		});
	});
else
	describe.each(others.map((lang, i) => ({ lang, folder: folders[i] ?? '' })))(
		'the $lang edition',
		({ lang, folder }) => {
			const story = buildStory(input, { lang });
			const i18n = createI18n(lang);
			const pages = html.filter((f) => f.startsWith(folder));

			it('has a twin of every page, data file and chart file of the default edition, and no other', () => {
				const mine = new Set(
					all.filter((f) => f.startsWith(folder)).map((f) => f.slice(folder.length)),
				);
				const root = all.filter(
					(f) => inEdition(f) === undefined && !shared(f) && f !== 'search-records.json',
				);
				expect(root.filter((f) => !mine.has(f))).toEqual([]);
				expect([...mine].filter((f) => !root.includes(f))).toEqual([]);
				expect(pages.length).toBeGreaterThan(10);
			});

			it('gives every page its language and reciprocal hreflang alternates with x-default', () => {
				// The absolute address a built file is served at (embeds point their canonical link
				// at the full page, so it is worked out from the file).
				const origin = new URL(load('index.html')('link[rel="canonical"]').attr('href') ?? '')
					.origin;
				const abs = (file: string) =>
					new URL(`${BASE}${file.replace(/(^|\/)index\.html$/, '$1')}`, origin).href;
				for (const file of pages) {
					const $ = load(file);
					expect($('html').attr('lang'), file).toBe(lang);
					const twin = file.slice(folder.length);
					if ($('meta[http-equiv="refresh"]').length > 0) continue; // a moved page's stand-in
					const alternates = new Map(
						$('link[rel="alternate"][hreflang]')
							.toArray()
							.map((el) => [$(el).attr('hreflang'), $(el).attr('href')]),
					);
					// The 404 and offline pages are served at any address: no canonical, no twin.
					if (file.endsWith('404.html') || file.endsWith('offline/index.html')) continue;
					expect(alternates.get(lang), file).toBe(abs(file));
					expect(alternates.get(defaultLang), file).toBe(abs(twin));
					expect(alternates.get('x-default'), file).toBe(abs(twin));
					const back = load(twin);
					expect(
						back(`link[rel="alternate"][hreflang="${lang}"]`).attr('href'),
						`${twin} → ${file}`,
					).toBe(abs(file));
				}
			});

			it('offers the same page in every language from its switcher', () => {
				const anyAddress = (f: string) =>
					f.endsWith('404.html') || f.endsWith('offline/index.html');
				for (const file of pages.filter((f) => !f.includes('embed/') && !anyAddress(f))) {
					const $ = load(file);
					if ($('meta[http-equiv="refresh"]').length > 0) continue;
					const links = $('language-switcher a[hreflang]');
					expect(links.length, file).toBe(others.length);
					const toDefault = links.filter(`[hreflang="${defaultLang}"]`).attr('href') ?? '';
					expect(toDefault, file).toBe(
						`${BASE}${file.slice(folder.length)}`.replace(/index\.html$/, ''),
					);
					expect($('language-switcher [aria-current]').attr('lang'), file).toBe(lang);
				}
			});

			it('shows no interface text of the default language outside content and quotations', () => {
				const ownWords = new Set(
					Object.values(DICTIONARIES[lang.split('-')[0] ?? lang] ?? {}).flatMap((m) =>
						fragments(m),
					),
				);
				const english = Object.values(en)
					.flatMap((m) => fragments(m as Message))
					.filter((f) => !ownWords.has(f));
				const found: string[] = [];
				for (const file of pages) {
					const $ = load(file);
					// Content still in the story's language is marked with it; quotations are words
					// people said; code (field names, options, snippets) is code. None is interface.
					$('script, style, [lang]:not(html), q, .quote, code, kbd, textarea').remove();
					const labels = $('[aria-label], [title], [placeholder]')
						.toArray()
						.flatMap((el) =>
							['aria-label', 'title', 'placeholder'].map((a) => $(el).attr(a) ?? ''),
						);
					$('body *').after(' ');
					const text = [$('body').text(), ...labels].join(' \n ').replace(/\s+/g, ' ');
					for (const fragment of english)
						if (new RegExp(`(^|[^\\p{L}])${escape(fragment)}($|[^\\p{L}])`, 'u').test(text))
							found.push(`${file}: “${fragment}”`);
				}
				expect(found).toEqual([]);
			});

			it('fills every message: no key and no placeholder reaches a page', () => {
				const keys = Object.keys(en);
				const leaks: string[] = [];
				for (const file of [...pages, ...rootPages]) {
					const raw = readFileSync(path.join(DIST, file), 'utf8');
					const $ = cheerio.load(raw);
					$('script, style').remove();
					const text = $.root().text();
					for (const m of text.matchAll(/\{(?:count|name|site|title|query|summary|label)\}/g))
						leaks.push(`${file}: ${m[0]}`);
					for (const key of keys) if (text.includes(key)) leaks.push(`${file}: ${key}`);
				}
				expect(leaks).toEqual([]);
			});

			it('serves a page not yet translated in the default language, marked, with a notice, out of search', () => {
				const untranslated = story.explainerList.filter((e) => e.notTranslated);
				const translated = story.explainerList.filter((e) => !e.notTranslated);
				for (const e of untranslated) {
					const $ = load(`${folder}explainers/${e.id}/index.html`);
					expect($('[data-untranslated]').text(), e.id).not.toBe('');
					expect($('main[data-pagefind-body]'), e.id).toHaveLength(0);
					expect($('main h1').attr('lang'), e.id).toBe(defaultLang);
					expect($('main .prose > div[lang]').attr('lang'), e.id).toBe(defaultLang);
				}
				for (const e of translated) {
					const $ = load(`${folder}explainers/${e.id}/index.html`);
					expect($('[data-untranslated]'), e.id).toHaveLength(0);
					expect($('main[data-pagefind-body]'), e.id).toHaveLength(1);
					expect($('main h1').attr('lang'), e.id).toBeUndefined();
					expect($('main h1').text().trim(), e.id).toBe(e.data.title);
				}
				for (const a of story.actorList) {
					const $ = load(`${folder}actors/${a.id}/index.html`);
					expect($('[data-untranslated]').length, a.id).toBe(a.notTranslated ? 1 : 0);
					// A field still untranslated carries its language and stays out of the index.
					const summary = $('main article p > span').first();
					if (story.textLang(a, 'summary'))
						expect([summary.attr('lang'), summary.attr('data-pagefind-ignore')], a.id).toEqual([
							defaultLang,
							'',
						]);
					else expect(summary.attr('lang'), a.id).toBeUndefined();
				}
			});

			it('shows a translated quotation as ours, with the report’s words beside it in their language', () => {
				const quoted = [...story.claims.values()].filter((c) => story.quoteOf(c.id)?.translation);
				expect(quoted.length).toBeGreaterThan(0);
				const $ = load(`${folder}evidence/index.html`);
				for (const claim of quoted) {
					const quote = story.quoteOf(claim.id);
					const item = $(`[data-claim="${claim.id}"] .quote`);
					// In the edition's own quotation marks (« » in Spanish).
					expect(item.text(), claim.id).toContain(
						`${i18n.t('quote.open')}${quote?.translation ?? ''}${i18n.t('quote.close')}`,
					);
					expect(item.find('.quote__note').text(), claim.id).toContain(
						i18n.t('quote.translated', { language: i18n.languageName(defaultLang) }),
					);
					expect(item.find(`[lang="${defaultLang}"]`).text(), claim.id).toBe(quote?.original);
				}
			});

			it('exports the data with the edition’s text, naming its language', () => {
				for (const name of ['actors', 'relations', 'events', 'claims', 'sources']) {
					const file = JSON.parse(
						readFileSync(path.join(DIST, folder, 'data', `${name}.json`), 'utf8'),
					) as { meta: { language: string; description: string }; data: Record<string, unknown>[] };
					expect(file.meta.language, name).toBe(lang);
					expect(file.meta.description, name).toBe(i18n.t(`data.set.${name}` as 'data.set.actors'));
				}
				const claims = JSON.parse(
					readFileSync(path.join(DIST, folder, 'data', 'claims.json'), 'utf8'),
				) as { data: { id: string; statement: string; quote_translation?: string | null }[] };
				for (const row of claims.data) {
					expect(row.statement, row.id).toBe(story.claims.get(row.id)?.data.statement);
					expect(row.quote_translation ?? undefined, row.id).toBe(
						story.quoteOf(row.id)?.translation,
					);
				}
				const gexf = cheerio.load(
					readFileSync(path.join(DIST, folder, 'data', 'network.gexf'), 'utf8'),
					{
						xml: true,
					},
				);
				for (const a of story.actorList)
					expect(gexf(`node[id="${a.id}"]`).attr('label'), a.id).toBe(a.data.name);
			});

			it('lists every page with its alternates in the sitemap', () => {
				const sitemap = cheerio.load(readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8'), {
					xml: true,
				});
				const urls = sitemap('url');
				expect(urls.length).toBeGreaterThan(0);
				for (const url of urls.toArray()) {
					const langs = sitemap(url)
						.find('xhtml\\:link')
						.toArray()
						.map((l) => sitemap(l).attr('hreflang'));
					expect(langs.sort(), sitemap(url).find('loc').text()).toEqual(
						[defaultLang, ...others].sort(),
					);
				}
				expect(
					urls.toArray().some((u) => sitemap(u).find('loc').text().includes(`/${folder}`)),
				).toBe(true);
			});

			it('lets other sites frame its charts, not its pages, and answers a miss in its language', () => {
				const rules = readHeadersFile(DIST);
				const policy = (p: string) => headersFor(rules, p)['Content-Security-Policy'] ?? '';
				expect(policy(`${BASE}${folder}embed/timeline/`)).toContain('frame-ancestors *');
				expect(policy(`${BASE}${folder}embed/`)).toContain("frame-ancestors 'none'");
				expect(policy(`${BASE}${folder}actors/`)).toContain("frame-ancestors 'none'");
				const nginx = readFileSync(path.join(DIST, 'nginx-headers.conf'), 'utf8');
				expect(nginx).toContain(`error_page 404 ${BASE}${folder}404.html;`);
				expect(existsSync(path.join(DIST, folder, '404.html'))).toBe(true);
				expect(load(`${folder}404.html`)('html').attr('lang')).toBe(lang);
			});

			it('draws its chart files with its own words', () => {
				const svg = readFileSync(
					path.join(DIST, folder, 'embed', 'timeline', 'timeline.svg'),
					'utf8',
				);
				expect(svg).toContain(i18n.t('timeline.key.day'));
				expect(svg).not.toContain(en['timeline.key.day']);
			});

			it('keeps each language in its own search index', () => {
				const entry = JSON.parse(
					readFileSync(path.join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'),
				) as { languages: Record<string, { page_count: number }> };
				expect(Object.keys(entry.languages).sort()).toEqual([defaultLang, ...others].sort());
				const indexedPages = pages.filter((f) =>
					readFileSync(path.join(DIST, f), 'utf8').includes('data-pagefind-body'),
				);
				// Pages, plus the records: every actor, and the events and claims translated.
				const records =
					story.actorList.length +
					story.eventList.filter((e) => !story.textLang(e, 'title')).length +
					[...story.claims.values()].filter((c) => !story.textLang(c, 'statement')).length;
				const replaced = story.actorList.filter((a) =>
					indexedPages.includes(`${folder}actors/${a.id}/index.html`),
				).length;
				expect(entry.languages[lang]?.page_count).toBe(indexedPages.length - replaced + records);
			});
		},
	);

/** The words of a message that no placeholder interrupts, long enough to be telling. */
function fragments(message: Message): string[] {
	const templates = typeof message === 'string' ? [message] : Object.values(message);
	return templates
		.flatMap((t) => t.split(/\{\w+\}/))
		.map((f) =>
			f.replace(/^[\s.,:;·()“”«»‘’'"!?¶§–—→←⌕/|-]+|[\s.,:;·()“”«»‘’'"!?¶§–—→←⌕/|-]+$/g, ''),
		)
		.filter((f) => (f.includes(' ') ? f.length >= 6 : f.length >= 5 && /^\p{L}+$/u.test(f)));
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
