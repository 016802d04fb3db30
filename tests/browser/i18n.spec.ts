import type { Page } from '@playwright/test';
import { contentDir } from '../../src/content-io/collections';
import { readContent } from '../../src/content-io/read-content';
import { createI18n } from '../../src/i18n';
import { buildStory } from '../../src/lib/content/story';
import { editionPrefix } from '../../src/lib/site/editions';
import { foldDiacritics } from '../../src/lib/search/state';
import { test, expect, open } from './fixtures';

// The language editions in a browser: the switcher keeps the reader's place, and each
// edition's search finds its own language only. Expectations come from the story as built.
const input = readContent(contentDir()).story;
if (!input) throw new Error('the content does not parse');
const defaultLang = input.site.data.lang;
const others = input.site.data.languages;

if (others.length === 0)
	test('a story in one language shows no language switcher', async ({ page, site }) => {
		await open(page, site, '');
		await expect(page.locator('html')).toHaveAttribute('lang', defaultLang);
		await expect(page.locator('language-switcher')).toHaveCount(0);
	});

for (const lang of others) {
	const folder = editionPrefix(lang, defaultLang);
	const story = buildStory(input, { lang });
	const t = createI18n(lang).t;
	const home = createI18n(defaultLang).t;

	/** Follows the switcher's link to a language, named in that language. */
	const switchTo = async (page: Page, to: string) => {
		const name = createI18n(to).t('language.name');
		await page.locator('language-switcher').getByRole('link', { name, exact: true }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', to);
	};

	test.describe(`the ${lang} edition`, () => {
		test('the switcher leads to the same page in the other language and keeps the place', async ({
			page,
			site,
		}) => {
			const event = story.eventList[0]?.id ?? '';
			const actor = story.actorList.find((a) => story.relationsOf(a.id).length > 0)?.id ?? '';

			// A selected event on the timeline, from this edition to the default one and back.
			await open(page, site, `${folder}timeline/#event=${event}`);
			await expect(page.locator('.tl-details')).toBeVisible();
			await switchTo(page, defaultLang);
			expect(new URL(page.url()).pathname).toBe(new URL(`${site.url}timeline/`).pathname);
			expect(new URL(page.url()).hash).toBe(`#event=${event}`);
			await expect(page.locator('.tl-details')).toBeVisible();
			await switchTo(page, lang);
			expect(new URL(page.url()).pathname).toBe(new URL(`${site.url}${folder}timeline/`).pathname);
			expect(new URL(page.url()).hash).toBe(`#event=${event}`);

			// A focused actor on the map, and an actor selected after the page loaded.
			await open(page, site, `network/#focus=${actor}`);
			await switchTo(page, lang);
			expect(new URL(page.url()).pathname).toBe(new URL(`${site.url}${folder}network/`).pathname);
			expect(new URL(page.url()).hash).toBe(`#focus=${actor}`);

			// A search keeps its words.
			await open(page, site, `${folder}search/?q=${encodeURIComponent('x y')}`);
			await switchTo(page, defaultLang);
			expect(new URL(page.url()).pathname).toBe(new URL(`${site.url}search/`).pathname);
			expect(new URL(page.url()).searchParams.get('q')).toBe('x y');
			await expect(page.getByRole('combobox', { name: home('search.label') })).toHaveValue('x y');
		});

		test('search finds this edition’s text, ignoring accents, and never another language’s', async ({
			page,
			site,
		}) => {
			await open(page, site, `${folder}search/`);
			const input = page.getByRole('combobox', { name: t('search.label') });
			const results = page
				.getByRole('listbox', { name: t('search.results') })
				.locator('> [role="option"]:not(.search-result--sub)');
			const status = page.locator('search-panel[data-mode="page"] [role="status"]');
			const search = async (query: string) => {
				await input.fill(query);
				await expect(status).toContainText(query);
				return results.evaluateAll((links) =>
					links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
				);
			};
			const prefix = new URL(`${site.url}${folder}`).pathname;

			// An actor whose name differs in this language: its name typed without accents, and
			// the name in the story's own language, both find it.
			const renamed =
				story.actorList.find(
					(a) => a.data.name !== input_name(a.id) && a.data.name !== foldDiacritics(a.data.name),
				) ?? story.actorList.find((a) => a.data.name !== input_name(a.id));
			expect(renamed, 'the fixture renames an actor in this language').toBeDefined();
			if (renamed) {
				const own = new URL(`${site.url}${folder}actors/${renamed.id}/`).pathname;
				expect((await search(foldDiacritics(renamed.data.name)))[0]).toBe(own);
				expect(await search(input_name(renamed.id))).toContain(own);
			}

			// A claim's translated words find it; an untranslated claim is not in this index.
			const translated = [...story.claims.values()].find((c) => !story.textLang(c, 'statement'));
			const untranslated = [...story.claims.values()].find((c) => story.textLang(c, 'statement'));
			if (translated) {
				const word = longestWord(translated.data.statement);
				const found = await search(foldDiacritics(word));
				expect(found).toContain(new URL(`${site.url}${folder}evidence/`).pathname);
				for (const url of found) expect(url.startsWith(prefix), url).toBe(true);
			}
			if (untranslated) {
				const found = await search(untranslated.data.statement);
				expect(found).not.toContain(new URL(`${site.url}${folder}evidence/`).pathname);
				for (const url of found) expect(url.startsWith(prefix), url).toBe(true);
			}
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
		});
	});
}

/** An actor's name in the story's own language. */
function input_name(id: string): string {
	return input?.actors.find((a) => a.id === id)?.data.name ?? id;
}

/** The longest word of a text, a telling query. */
function longestWord(text: string): string {
	return text.split(/[^\p{L}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
}
