/**
 * The one module that reads Astro's content collections. Pages and components get the story
 * from here, already indexed; nothing else imports `astro:content`'s collection API.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentDir } from '../content-io/collections';
import { readMdxRefs } from '../lib/content/mdx-refs';
import { buildStory, type Story } from '../lib/content/story';
import type { Entry, StoryInput } from '../lib/content/types';

const cached = new Map<string, Promise<Story>>();
let input: Promise<StoryInput> | undefined;

/**
 * The story in one of its languages (the default language when `lang` is omitted), loaded
 * once per build and language.
 */
export async function getStory(lang?: string): Promise<Story> {
	input ??= loadInput();
	const base = await input;
	const edition = lang ?? base.site.data.lang;
	let story = cached.get(edition);
	if (!story) {
		story = Promise.resolve(buildStory(base, { lang: edition }));
		cached.set(edition, story);
	}
	return story;
}

/** The language a page is in: its edition's (the `lang` route parameter), else the default. */
export async function editionLang(param: string | undefined): Promise<string> {
	const story = await getStory();
	return param !== undefined && story.languages.includes(param) ? param : story.site.lang;
}

const entry = <T>(e: { id: string; filePath?: string | undefined; data: T }): Entry<T> => ({
	id: e.id,
	file: e.filePath ?? e.id,
	data: e.data,
});

async function loadInput(): Promise<StoryInput> {
	const [site] = await getCollection('site');
	if (!site) throw new Error('content/site.yaml is missing');
	const input: StoryInput = {
		site: entry(site),
		sources: (await getCollection('sources')).map(entry),
		claims: (await getCollection('claims')).map(entry),
		actors: (await getCollection('actors')).map(entry),
		relations: (await getCollection('relations')).map(entry),
		events: (await getCollection('events')).map(entry),
		phases: (await getCollection('phases')).map(entry),
		corrections: hasCorrections() ? (await getCollection('corrections')).map(entry) : [],
		explainers: (await getCollection('explainers')).map((e) => {
			const { refs, cites, actorLinks, explainerLinks } = readMdxRefs(e.body ?? '');
			return { ...entry(e), refs, cites, actorLinks, explainerLinks };
		}),
	};
	return input;
}

/**
 * Whether the story has a corrections log yet. Asking Astro for an empty collection logs a
 * warning on every build, and an empty log is the normal state of a new story.
 */
function hasCorrections(): boolean {
	const folder = path.join(contentDir(), 'corrections');
	return existsSync(folder) && readdirSync(folder).some((name) => /\.ya?ml$/.test(name));
}

/** The explainer collection entries, for rendering their MDX. */
export function getExplainerEntries(): Promise<CollectionEntry<'explainers'>[]> {
	return getCollection('explainers');
}
