import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-io/read-content';
import { buildStory } from '../../src/lib/content/story';
import { DIST } from '../support/paths';

// Relation sentences as a reader sees them: on every built page, each reads "A label B" with
// single spaces, whatever the story. Visible text is the text content with white space
// collapsed as a browser lays it out, so a space lost between a link and a word shows here.
const contentDir = path.resolve(process.env['EXPLAINER_CONTENT_DIR'] ?? 'content');
const { story: input } = readContent(contentDir);
if (!input) throw new Error(`content in ${contentDir} does not parse`);
const story = buildStory(input);

function pagesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : pagesUnder(full);
		return name.endsWith('.html') ? [full] : [];
	});
}
const visible = (text: string) => text.replace(/\s+/g, ' ').trim();
const nameOf = (id: string) => story.actors.get(id)?.data.name ?? id;
const sentenceOf = (id: string) => {
	const r = story.relations.get(id);
	if (!r) throw new Error(`no relation "${id}"`);
	return `${nameOf(r.data.source)} ${visible(r.data.label)} ${nameOf(r.data.target)}`;
};

describe('relation sentences', () => {
	const pages = pagesUnder(DIST).map((file) => ({
		page: path.relative(DIST, file),
		$: cheerio.load(readFileSync(file, 'utf8')),
	}));

	it('read "A label B" with single spaces on every page', () => {
		let seen = 0;
		for (const { page, $ } of pages)
			$('[data-relation]').each((_, el) => {
				const id = $(el).attr('data-relation') ?? '';
				const text = $(el).text();
				expect(visible(text), `${page}: ${id}`).toBe(sentenceOf(id));
				// Never two spaces a reader would see, nor a space lost before or after a link.
				expect(/\S\s{2,}\S/.test(text.replace(/\n\s*/g, ' ')), `${page}: ${id}`).toBe(false);
				seen++;
			});
		// Every relation on the map's list and on both actors' pages.
		expect(seen).toBeGreaterThanOrEqual(story.relations.size * 3);
	});

	it('never glue an actor’s name to a relation label in any page’s visible text', () => {
		for (const { page, $ } of pages) {
			$('script, style, template').remove();
			const text = visible($('body').text());
			for (const r of story.relations.values()) {
				const label = visible(r.data.label);
				for (const glued of [
					`${nameOf(r.data.source)}${label}`,
					`${label}${nameOf(r.data.target)}`,
				])
					expect(text.includes(glued), `${page}: "${glued}"`).toBe(false);
			}
		}
	});
});
