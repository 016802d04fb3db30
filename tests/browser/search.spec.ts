import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { contentDir } from '../../src/content-io/collections';
import { readContent } from '../../src/content-io/read-content';
import { foldDiacritics } from '../../src/lib/search/state';
import { test, expect, open } from './fixtures';

// Expectations come from the story being built, read at test time: no id is hard-coded.
const CONTENT = contentDir();
const story = readContent(CONTENT).story;
if (!story) throw new Error(`the content in ${CONTENT} does not parse`);
const actors = story.actors.map((a) => ({ id: a.id, ...a.data }));
const events = story.events.map((e) => ({ id: e.id, ...e.data }));
const claims = story.claims.map((c) => ({ id: c.id, ...c.data }));

/** The queries a reader may type for an actor: aliases and plain spellings of name and surname. */
function queriesFor(actor: { name: string; aliases: string[] }): string[] {
	const surname = actor.name.split(/\s+/).at(-1) ?? actor.name;
	const plain = [actor.name, surname].map(foldDiacritics);
	return [...new Set([...actor.aliases, ...plain])].filter((q) => q !== actor.name);
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** The results listbox and status of whichever search form is showing. */
function searchUi(page: Page) {
	const input = page.getByRole('combobox', { name: /^Search names/ });
	const listbox = page.getByRole('listbox', { name: 'Search results' });
	return {
		input,
		listbox,
		status: page.locator('search-panel:visible [role="status"]'),
		results: listbox.locator('> [role="option"]:not(.search-result--sub)'),
	};
}

async function openDialog(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
}

/** Types a query and waits until the status reports its results; returns result URLs. */
async function search(page: Page, query: string): Promise<string[]> {
	const ui = searchUi(page);
	await ui.input.fill(query);
	await expect(ui.status).toContainText(`for “${query}”`);
	return hrefs(ui.results);
}

const hrefs = (options: Locator) =>
	options.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));

test.describe('finding things', () => {
	test('an actor’s name finds the actor first', async ({ page, site }) => {
		await open(page, site, '');
		await openDialog(page);
		for (const actor of actors) {
			const found = await search(page, actor.name);
			expect(found[0], `first result for “${actor.name}”`).toBe(`${site.url}actors/${actor.id}/`);
		}
	});

	test('an alias finds its actor first; other plain spellings in the top three', async ({
		page,
		site,
	}) => {
		test.setTimeout(180_000);
		await open(page, site, '');
		await openDialog(page);
		const namesOf = (a: (typeof actors)[number]) =>
			[a.name, ...a.aliases].map((n) => foldDiacritics(n).toLowerCase());
		let checked = 0;
		for (const actor of actors) {
			for (const query of queriesFor(actor)) {
				const found = await search(page, query);
				const url = `${site.url}actors/${actor.id}/`;
				const key = foldDiacritics(query).toLowerCase();
				if (namesOf(actor).includes(key)) {
					// First, or after another actor with the very same alias.
					const sharing = actors
						.filter((a) => namesOf(a).includes(key))
						.map((a) => `${site.url}actors/${a.id}/`);
					expect(found.slice(0, sharing.length), `first for “${query}”`).toContain(url);
				} else {
					expect(found.slice(0, 3), `top three for “${query}”`).toContain(url);
				}
				checked++;
			}
		}
		// The story gives readers other names to type; otherwise this test proves nothing.
		expect(checked).toBeGreaterThan(0);
	});

	test('a name typed without its accents finds the name with them', async ({ page, site }) => {
		const accented = actors.filter((a) => foldDiacritics(a.name) !== a.name);
		expect(accented.length, 'names written with their diacritics').toBeGreaterThan(0);
		await open(page, site, '');
		await openDialog(page);
		for (const actor of accented) {
			const plain = foldDiacritics(actor.name).toLowerCase();
			const titles = searchUi(page).listbox.locator('.search-result__title');
			await search(page, plain);
			await expect(titles.first()).toHaveText(actor.name);
			await expect(searchUi(page).results.locator('mark').first()).toBeVisible();
		}
	});

	test('events lead to the timeline, claims to the evidence page', async ({ page, site }) => {
		await open(page, site, '');
		await openDialog(page);
		for (const event of events) {
			const found = await search(page, event.title);
			expect(found.slice(0, 3)).toContain(`${site.url}timeline/#event=${event.id}`);
		}
		for (const claim of claims) {
			const found = await search(page, claim.statement);
			expect(found.slice(0, 3)).toContain(`${site.url}evidence/#claim-${claim.id}`);
		}
		// Following a claim lands on it.
		const claim = claims[0]!;
		await search(page, claim.statement);
		await searchUi(page).listbox.locator(`[href$="#claim-${claim.id}"]`).first().click();
		await expect(page).toHaveURL(`${site.url}evidence/#claim-${claim.id}`);
		await expect(page.locator(`[id="claim-${claim.id}"]`)).toBeVisible();
	});

	test('a matching section of a page is offered as a sub-result with its heading', async ({
		page,
		site,
	}) => {
		const dir = path.join(CONTENT, 'explainers');
		const heading = readdirSync(dir)
			.filter((f) => f.endsWith('.mdx'))
			.map((f) => /^## (.+)$/m.exec(readFileSync(path.join(dir, f), 'utf8'))?.[1])
			.find((h) => h !== undefined);
		expect(heading, 'an explainer with a section heading').toBeDefined();
		await open(page, site, '');
		await openDialog(page);
		await search(page, heading!);
		const sub = searchUi(page).listbox.locator('.search-result--sub').first();
		await expect(sub).toContainText(heading!);
		const href = (await sub.getAttribute('href')) ?? '';
		// Heading ids keep letters with diacritics ("#rodr%C3%ADguez-…"), percent-encoded in links.
		expect(href).toMatch(/#[^#\s]+$/);
		await sub.click();
		const id = decodeURIComponent(new URL(href).hash.slice(1));
		await expect(page.locator(`[id="${id}"]`)).toHaveText(heading!);
	});
});

test.describe('filters', () => {
	test('kind and attribution filters narrow the results and show counts', async ({
		page,
		site,
	}) => {
		await open(page, site, 'search/');
		const ui = searchUi(page);
		// A query that finds claims and other kinds of thing: an actor's name usually does.
		let query = '';
		for (const actor of actors) {
			await search(page, actor.name);
			const kinds = await ui.results
				.locator('.search-result__kind')
				.evaluateAll((els) => [...new Set(els.map((e) => e.textContent))]);
			if (kinds.length > 1 && kinds.includes('Claim')) {
				query = actor.name;
				break;
			}
		}
		expect(query, 'a query finding several kinds').not.toBe('');
		const total = Number(/^(\d+) result/.exec((await ui.status.textContent()) ?? '')?.[1]);
		const kindCount = (label: string) =>
			page
				.locator('search-panel:visible [data-filter="kind"] label', { hasText: label })
				.locator('[data-count]')
				.textContent();
		expect(Number(await kindCount('All'))).toBe(total);

		const claimCount = Number(await kindCount('Claims'));
		expect(claimCount).toBeGreaterThan(0);
		expect(claimCount).toBeLessThan(total);
		await page.getByRole('radio', { name: /^Claims/ }).check();
		await expect(ui.status).toHaveText(
			`${claimCount} result${claimCount === 1 ? '' : 's'} for “${query}” in claims.`,
		);
		await expect(ui.results.locator('.search-result__kind')).toHaveText(
			Array(Math.min(claimCount, 10)).fill('Claim'),
		);
		await expect(page).toHaveURL(/[?&]kind=claim(&|$)/);

		// Claims can be narrowed by how the report sources them.
		const attribution = page
			.locator('search-panel:visible [data-filter="attribution"] label')
			.filter({
				has: page.locator('[data-count]:not(:text-is("0"))'),
			});
		const option = attribution.nth(1); // the first is "Any"
		const label = ((await option.locator('span').first().textContent()) ?? '').trim();
		const n = Number(await option.locator('[data-count]').textContent());
		await option.locator('input').check();
		await expect(ui.status).toContainText(`${n} result`);
		const details = await ui.results.locator('.search-result__detail').allTextContents();
		expect(details).toHaveLength(Math.min(n, 10));
		for (const d of details) expect(d.startsWith(label.replace(/^\S+\s/, ''))).toBe(true);
		await expect(page).toHaveURL(/[?&]attribution=[a-z-]+/);

		// Back to everything.
		await page.getByRole('radio', { name: /^All/ }).check();
		await expect(ui.status).toHaveText(`${total} result${total === 1 ? '' : 's'} for “${query}”.`);
		await expect(page.locator('search-panel:visible [data-filter="attribution"]')).toBeHidden();
	});

	test('a kind alone, with no words, lists everything of that kind', async ({ page, site }) => {
		await open(page, site, `search/?kind=event`);
		await expect(searchUi(page).status).toHaveText(
			`${events.length} item${events.length === 1 ? '' : 's'} in events.`,
		);
	});
});

test.describe('the search page', () => {
	test('runs ?q= on load and keeps the address in step', async ({ page, site }) => {
		const actor = actors[0]!;
		const query = foldDiacritics(actor.name);
		await open(page, site, `search/?q=${encodeURIComponent(query)}`);
		const ui = searchUi(page);
		await expect(ui.input).toHaveValue(query);
		await expect(ui.status).toContainText(`for “${query}”`);
		expect((await hrefs(ui.results))[0]).toBe(`${site.url}actors/${actor.id}/`);

		const other = actors.at(-1)!.name;
		await search(page, other);
		expect(new URL(page.url()).searchParams.get('q')).toBe(other);
	});

	test('shows ten results at a time, and more on request', async ({ page, site }) => {
		await open(page, site, 'search/?q=the');
		const ui = searchUi(page);
		await expect(ui.status).toContainText('for “the”');
		const total = Number(/^(\d+) result/.exec((await ui.status.textContent()) ?? '')?.[1]);
		expect(total, 'a common word finds more than a page of results').toBeGreaterThan(10);
		await expect(ui.results).toHaveCount(10);
		await page.getByRole('button', { name: 'Show more results' }).click();
		await expect(ui.results).toHaveCount(Math.min(total, 20));
		await expect(ui.status).toHaveText(`Showing ${Math.min(total, 20)} of ${total} results.`);
	});

	test('says plainly that search needs JavaScript, and where to browse instead', async ({
		browser,
		site,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}search/?q=anything`);
		const main = page.locator('main');
		await expect(main).toContainText('needs JavaScript');
		await expect(main.locator(`a[href$="/actors/"]`)).toBeVisible();
		await expect(main.locator(`a[href$="/evidence/"]`)).toBeVisible();
		await expect(main.getByRole('combobox')).toBeHidden();
		// The header's search control is a plain link to this page.
		await expect(page.locator('header [data-search-link]')).toBeVisible();
		await expect(page.locator('header [data-search-link]')).toHaveAttribute('href', /\/search\/$/);
		await context.close();
	});
});

test.describe('the header dialog', () => {
	test('nothing of search is fetched until search opens', async ({ page, site }) => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await open(page, site, '');
		await page.waitForLoadState('networkidle');
		// The search page counts too: the dialog fetches its panel from there.
		const isSearch = (url: string) => /\/pagefind\/|search-ui|\/search\/$/.test(url);
		expect(requests.filter(isSearch)).toEqual([]);

		await openDialog(page);
		await search(page, actors[0]!.name);
		const fetched = requests.filter(isSearch);
		expect(fetched.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
		expect(fetched.some((u) => /search-ui/.test(u))).toBe(true);
		expect(fetched.filter((u) => u.endsWith('/search/'))).toHaveLength(1);
	});

	test('opens with / and Ctrl+K, chooses with arrows, opens with Enter', async ({ page, site }) => {
		await open(page, site, '');
		const dialog = page.getByRole('dialog', { name: 'Search' });
		const ui = searchUi(page);

		await page.keyboard.press('/');
		await expect(dialog).toBeVisible();
		await expect(ui.input).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();

		await page.keyboard.press('Control+k');
		await expect(dialog).toBeVisible();
		await expect(ui.input).toBeFocused();

		const actor = actors[0]!;
		await ui.input.pressSequentially(actor.name, { delay: 20 });
		await expect(ui.status).toContainText(`for “${actor.name}”`);
		await expect(ui.input).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('ArrowDown');
		const first = ui.listbox.getByRole('option').first();
		await expect(first).toHaveAttribute('aria-selected', 'true');
		await expect(ui.input).toHaveAttribute(
			'aria-activedescendant',
			(await first.getAttribute('id'))!,
		);
		await page.keyboard.press('ArrowUp');
		await expect(first).toHaveAttribute('aria-selected', 'false');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(`${site.url}actors/${actor.id}/`);
	});

	test('Escape closes the dialog at once, focus returns to the button, the query stays', async ({
		page,
		site,
	}) => {
		await open(page, site, '');
		const button = page.getByRole('button', { name: 'Search', exact: true });
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await openDialog(page);
		const query = actors[0]!.name;
		await search(page, query);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
		await button.click();
		await expect(searchUi(page).input).toHaveValue(query);
		await expect(searchUi(page).results.first()).toBeVisible();
	});

	test('the count of results is announced politely', async ({ page, site }) => {
		await open(page, site, '');
		await openDialog(page);
		const status = searchUi(page).status;
		await expect(status).toHaveAttribute('aria-live', 'polite');
		await search(page, actors[0]!.name);
		await expect(status).toHaveText(/^\d+ results? for “/);
		await search(page, 'zzqxjv');
		await expect(status).toContainText('No results for “zzqxjv”');
	});
});

test('results are inserted as text: a hostile index cannot add markup', async ({ page, site }) => {
	const stub = `
		const hostile = ${JSON.stringify(HOSTILE)};
		const response = () => ({
			results: [{ id: 'x', data: async () => ({
				url: '/x/',
				excerpt: '&lt;img src=x onerror=alert(1)&gt; <mark>' + hostile + '</mark> <b>bold</b>',
				meta: { title: hostile, detail: hostile },
				filters: { kind: ['page'] },
				sub_results: [
					{ title: hostile, url: '/x/#part', excerpt: hostile },
					{ title: 'script link', url: 'javascript:window.__pwned=3', excerpt: 'x' },
				],
			}) }],
			unfilteredResultCount: 1,
			filters: {},
			totalFilters: { kind: { page: 1 } },
		});
		export async function options() {}
		export async function filters() { return { kind: { page: 1 } }; }
		export async function search() { return response(); }
		export async function debouncedSearch() { return response(); }
	`;
	// On the context: that also catches the offline worker's requests (page.route does not).
	await page
		.context()
		.route('**/pagefind/pagefind.js', (route) =>
			route.fulfill({ contentType: 'text/javascript', body: stub }),
		);
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await open(page, site, '');
	await openDialog(page);
	const ui = searchUi(page);
	await ui.input.fill('anything');
	await expect(ui.status).toContainText('1 result for “anything”');

	const list = ui.listbox;
	await expect(list.locator('.search-result__title').first()).toHaveText(HOSTILE);
	await expect(list.locator('.search-result__detail')).toHaveText(HOSTILE);
	await expect(list.locator('mark')).toHaveText(HOSTILE);
	await expect(list.locator('.search-result__excerpt').first()).toContainText(
		'<img src=x onerror=alert(1)>',
	);
	await expect(list.locator('.search-result__excerpt').first()).toContainText('<b>bold</b>');
	await expect(list.locator('img, script, b')).toHaveCount(0);
	// The sub-result with a javascript: address is dropped; the other is a normal link.
	await expect(list.locator('[href^="javascript:"]')).toHaveCount(0);
	await expect(list.locator('.search-result--sub')).toHaveCount(1);
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(dialogs).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe with results shown, ${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });

		test('the dialog has no WCAG 2.2 A/AA violation', async ({ page, site }) => {
			await open(page, site, '');
			await openDialog(page);
			await search(page, actors[0]!.name);
			await page.keyboard.press('ArrowDown');
			const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});

		test('the search page has no WCAG 2.2 A/AA violation', async ({ page, site }) => {
			await open(page, site, `search/?q=${encodeURIComponent(actors[0]!.name)}&kind=claim`);
			await expect(searchUi(page).status).toContainText('for “');
			const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});
	});
}
