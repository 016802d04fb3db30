import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content-io/collections';
import { DIST } from '../support/paths';
import { findTerms, knownStories, storyTerms } from '../support/story-terms';

// The kit is story-agnostic when the site built from one story names nothing of another. `npm
// test` builds the main story (checked here against every fixture story) and the fixture story
// (checked against the main one), so each direction runs once.

/** Every page and file a reader or a machine gets, with the text it carries. */
function builtTexts(dir: string): { file: string; text: string }[] {
	const walk = (d: string): string[] =>
		readdirSync(d).flatMap((name) => {
			const full = path.join(d, name);
			if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : walk(full);
			return /\.(html|json|csv|gexf|svg|xml|txt)$/.test(name) ? [full] : [];
		});
	return walk(dir).map((file) => {
		const raw = readFileSync(file, 'utf8');
		if (!file.endsWith('.html')) return { file: path.relative(dir, file), text: raw };
		const $ = load(raw);
		$('script, style').remove();
		const attributes = $('[aria-label], [title], [alt], meta[content]')
			.toArray()
			.flatMap((el) => ['aria-label', 'title', 'alt', 'content'].map((a) => $(el).attr(a) ?? ''));
		$('body *').after(' ');
		return {
			file: path.relative(dir, file),
			text: [$('title').text(), $('body').text(), ...attributes].join('\n'),
		};
	});
}

const built = path.resolve(contentDir());
const others = knownStories().filter((dir) => path.resolve(dir) !== built);

describe('the built site names nothing of another story', () => {
	const own = storyTerms(built);
	const texts = builtTexts(DIST);

	it('has other stories to compare with, and pages to search', () => {
		expect(others.length).toBeGreaterThan(0);
		expect(texts.length).toBeGreaterThan(10);
	});

	for (const dir of others) {
		it(`no page or file carries a name, id or topic word of ${path.relative('.', dir)}`, () => {
			const other = storyTerms(dir);
			expect(other.phrases.length).toBeGreaterThan(10);
			const leaks = texts.flatMap(({ file, text }) =>
				findTerms(text, other, own).map((term) => `${file}: ${term}`),
			);
			expect(leaks).toEqual([]);
		});
	}

	it('would catch a leak: another story’s words planted in a page are found', () => {
		const other = storyTerms(others[0] ?? built);
		const term = other.phrases.find((p) => !own.words.includes(` ${p} `)) ?? '';
		expect(findTerms(`Built with ${term} in mind.`, other, own)).toEqual([term]);
	});
});
