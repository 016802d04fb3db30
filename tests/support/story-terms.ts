import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { readContent } from '../../src/content-io/read-content';

/** Every story the repository holds: `content/` and each fixture under tests/fixtures/stories/. */
export function knownStories(root: string = process.cwd()): string[] {
	const fixtures = path.join(root, 'tests', 'fixtures', 'stories');
	return [
		path.join(root, 'content'),
		...readdirSync(fixtures)
			.map((name) => path.join(fixtures, name))
			.filter((dir) => statSync(dir).isDirectory()),
	];
}

/** Text folded for matching: NFKD, no diacritics, lowercase, words joined by single spaces. */
export function foldWords(text: string): string {
	const words = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}$]+/u)
		.filter(Boolean);
	return ` ${words.join(' ')} `;
}

/**
 * Words the kit's own text uses for its own furniture (including the actor kinds' labels),
 * which a story may also use as a topic word in its ids or relation types. They say nothing
 * about one story.
 */
const KIT_WORDS = new Set([
	'actor',
	'actors',
	'claim',
	'claims',
	'event',
	'events',
	'evidence',
	'group',
	'groups',
	'note',
	'organization',
	'organizations',
	'people',
	'person',
	'phase',
	'relation',
	'relations',
	'report',
	'reports',
	'role',
	'source',
	'sources',
	'timeline',
]);

/** A story's signature terms, and all its own words (to tell a shared word from a leak). */
export interface StoryTerms {
	dir: string;
	/** Folded phrases: names, aliases, ids, relation types, words used in three or more ids. */
	phrases: string[];
	/** Proper nouns of its prose (never written in lower case there), matched case-sensitively. */
	properNouns: string[];
	/** Every folded word of its content files, with a space on each side. */
	words: string;
}

/** Lists the files under `dir` (recursively, skipping fingerprints) ending with one of `ext`. */
function listFiles(dir: string, ext: readonly string[]): string[] {
	return readdirSync(dir).flatMap((name) => {
		const file = path.join(dir, name);
		if (statSync(file).isDirectory()) return name === 'fingerprints' ? [] : listFiles(file, ext);
		return ext.some((e) => name.endsWith(e)) ? [file] : [];
	});
}

/**
 * The terms that identify a story: what would give away, on another story's pages, that the
 * kit's code carries this one's facts. Names and aliases of its actors, its ids (as phrases),
 * its relation types, words its ids use three or more times ("bounty" in every bounty claim),
 * and the proper nouns of its prose.
 */
export function storyTerms(dir: string): StoryTerms {
	const { story } = readContent(dir, dir);
	if (!story) throw new Error(`the story in ${dir} does not parse`);
	const phrases = new Set<string>();
	for (const actor of story.actors)
		for (const name of [actor.data.name, ...actor.data.aliases])
			phrases.add(foldWords(name).trim());
	const entries = [
		...story.actors,
		...story.claims,
		...story.events,
		...story.relations,
		...story.explainers,
		...story.sources,
		...story.phases,
	];
	const idWords = new Map<string, number>();
	for (const entry of entries) {
		if (entry.id.includes('-')) phrases.add(entry.id.split('-').join(' '));
		for (const word of new Set(entry.id.split('-')))
			idWords.set(word, (idWords.get(word) ?? 0) + 1);
	}
	for (const [word, n] of idWords) if (n >= 3) phrases.add(word);
	for (const relation of story.relations) phrases.add(relation.data.type.split('-').join(' '));

	const prose = listFiles(dir, ['.yaml', '.yml', '.md', '.mdx'])
		.map((file) => readFileSync(file, 'utf8'))
		.join('\n');
	const properNouns = new Set<string>();
	// A capitalised word inside a sentence (after a lower-case word or a comma) that the story
	// never writes in lower case: "Washington", not "Whether".
	for (const match of prose.matchAll(/(?<=[\p{Ll},] )(\p{Lu}\p{Ll}+)/gu)) {
		const word = match[1] ?? '';
		if (!new RegExp(`(^|[^\\p{L}])${word.toLowerCase()}($|[^\\p{L}])`, 'u').test(prose))
			properNouns.add(word.normalize('NFKD').replace(/\p{M}/gu, ''));
	}
	return {
		dir,
		phrases: [...phrases].filter((p) => p.length >= 4 && !KIT_WORDS.has(p)),
		properNouns: [...properNouns],
		words: foldWords(prose),
	};
}

/** The terms of `other` that appear in `text` but nowhere in the content of `own`. */
export function findTerms(text: string, other: StoryTerms, own: StoryTerms): string[] {
	const folded = foldWords(text);
	const plain = text.normalize('NFKD').replace(/\p{M}/gu, '');
	const found = other.phrases.filter(
		(p) => folded.includes(` ${p} `) && !own.words.includes(` ${p} `),
	);
	for (const noun of other.properNouns)
		if (
			!own.words.includes(` ${noun.toLowerCase()} `) &&
			new RegExp(`(^|[^\\p{L}])${noun}($|[^\\p{L}])`, 'u').test(plain)
		)
			found.push(noun);
	return found;
}
