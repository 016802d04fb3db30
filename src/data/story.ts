/**
 * The one module that reads Astro's content collections. Pages and components get the story
 * from here, already indexed; nothing else imports `astro:content`'s collection API.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readMdxRefs } from '../lib/content/mdx-refs';
import { buildStory, type Story } from '../lib/content/story';
import type { Entry, StoryInput } from '../lib/content/types';

let cached: Promise<Story> | undefined;

/** The story, loaded once per build. */
export function getStory(): Promise<Story> {
	cached ??= loadStory();
	return cached;
}

const entry = <T>(e: { id: string; filePath?: string | undefined; data: T }): Entry<T> => ({
	id: e.id,
	file: e.filePath ?? e.id,
	data: e.data,
});

async function loadStory(): Promise<Story> {
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
		explainers: (await getCollection('explainers')).map((e) => {
			const { refs, cites, actorLinks, explainerLinks } = readMdxRefs(e.body ?? '');
			return { ...entry(e), refs, cites, actorLinks, explainerLinks };
		}),
	};
	return buildStory(input);
}

/** The explainer collection entries, for rendering their MDX. */
export function getExplainerEntries(): Promise<CollectionEntry<'explainers'>[]> {
	return getCollection('explainers');
}
