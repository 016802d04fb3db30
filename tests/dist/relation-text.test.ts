import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-io/read-content';
import { buildStory, type Story } from '../../src/lib/content/story';
import { DIST } from '../support/paths';

// Relation sentences as a reader sees them: on every built page, each reads "A label B" with
// single spaces, whatever the story. Visible text is the text content with white space
// collapsed as a browser lays it out, so a space lost between a link and a word shows here.
const contentDir = path.resolve(process.env['EXPLAINER_CONTENT_DIR'] ?? 'content');
const { story: input } = readContent(contentDir);
if (!input) throw new Error(`content in ${contentDir} does not parse`);
const story = buildStory(input);
/** The story as each edition tells it, by the language of a page. */
const editions = new Map(
	[input.site.data.lang, ...input.site.data.languages].map((lang) => [
		lang,
		buildStory(input, { lang }),
	]),
);
const storyOf = ($: cheerio.CheerioAPI) => editions.get($('html').attr('lang') ?? '') ?? story;

function pagesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : pagesUnder(full);
		return name.endsWith('.html') ? [full] : [];
	});
}
const visible = (text: string) => text.replace(/\s+/g, ' ').trim();
const nameOf = (told: Story, id: string) => told.actors.get(id)?.data.name ?? id;
const sentenceOf = (told: Story, id: string) => {
	const r = told.relations.get(id);
	if (!r) throw new Error(`no relation "${id}"`);
	return `${nameOf(told, r.data.source)} ${visible(r.data.label)} ${nameOf(told, r.data.target)}`;
};

describe('relation sentences', () => {
	const pages = pagesUnder(DIST).map((file) => ({
		page: path.relative(DIST, file),
		$: cheerio.load(readFileSync(file, 'utf8')),
	}));

	it('read "A label B" with single spaces on every page', () => {
		let seen = 0;
		for (const { page, $ } of pages) {
			const told = storyOf($);
			$('[data-relation]').each((_, el) => {
				const id = $(el).attr('data-relation') ?? '';
				const text = $(el).text();
				expect(visible(text), `${page}: ${id}`).toBe(sentenceOf(told, id));
				// Never two spaces a reader would see, nor a space lost before or after a link.
				expect(/\S\s{2,}\S/.test(text.replace(/\n\s*/g, ' ')), `${page}: ${id}`).toBe(false);
				seen++;
			});
		}
		// Every relation on the map's list and on both actors' pages.
		expect(seen).toBeGreaterThanOrEqual(story.relations.size * 3);
	});

	it('never glue an actor’s name to a relation label in any page’s visible text', () => {
		for (const { page, $ } of pages) {
			const told = storyOf($);
			$('script, style, template').remove();
			const text = visible($('body').text());
			for (const r of told.relations.values()) {
				const label = visible(r.data.label);
				for (const glued of [
					`${nameOf(told, r.data.source)}${label}`,
					`${label}${nameOf(told, r.data.target)}`,
				])
					expect(text.includes(glued), `${page}: "${glued}"`).toBe(false);
			}
		}
	});
});
