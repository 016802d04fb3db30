/**
 * The one module that reads Astro's content collections. Pages and components get the story
 * from here, already indexed, and explainers are rendered from here; nothing else imports
 * `astro:content`'s collection API.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import { TRANSLATIONS_DIR, contentDir } from '../content-io/collections';
import { readMdxRefs } from '../lib/content/mdx-refs';
import { SiteSchema, TRANSLATION_SCHEMAS, type Explainer } from '../schemas';
import { buildStory, type Story } from '../lib/content/story';
import { createI18n } from '../i18n';
import { computeTimelineLayouts, type TimelineLayouts } from '../lib/timeline/layout';
import { editionPrefix } from '../lib/site/urls';
import { useLayoutSource } from '../lib/network/graph';
import { LAYOUT_DIR_ENV, layoutsIn } from './layouts-ahead';
import type { Entry, StoryInput, TranslationInput } from '../lib/content/types';

// In a build, layouts a worker laid out before the pages began (src/data/layouts-ahead.ts).
const aheadDir = process.env[LAYOUT_DIR_ENV];
if (aheadDir) useLayoutSource(layoutsIn(aheadDir));

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

const timelines = new WeakMap<Story, TimelineLayouts>();

/**
 * The story's whole timeline, narrow and wide, in the story's language: laid out once per
 * build and language, for the timeline page, its embed and the embed gallery.
 */
export function getStoryTimeline(story: Story): TimelineLayouts {
	let layouts = timelines.get(story);
	if (!layouts) {
		layouts = computeTimelineLayouts(story.eventList, story.phaseList, {
			actorName: (id) => story.actors.get(id)?.data.name,
			i18n: createI18n(story.lang),
		});
		timelines.set(story, layouts);
	}
	return layouts;
}

/**
 * The language a page is in, from its `lang` route parameter (an edition's folder name, "es"),
 * or the default language at the root.
 */
export async function editionLang(param: string | undefined): Promise<string> {
	const story = await getStory();
	if (param === undefined) return story.site.lang;
	const lang = story.languages.find((l) => editionPrefix(l, story.site.lang) === `${param}/`);
	if (lang === undefined) throw new Error(`No edition of the story in "${param}"`);
	return lang;
}

/**
 * The `lang` route parameter of every edition, for `getStaticPaths`: undefined for the default
 * language (its pages stay at the root), the edition's folder name for each other language.
 */
export async function listEditions(): Promise<{ lang: string; param: string | undefined }[]> {
	const story = await getStory();
	return story.languages.map((lang) => {
		const prefix = editionPrefix(lang, story.site.lang);
		return { lang, param: prefix === '' ? undefined : prefix.slice(0, -1) };
	});
}

/** Route parameters of a page that exists once per edition. */
export async function editionPaths(): Promise<{ params: { lang: string | undefined } }[]> {
	return (await listEditions()).map((e) => ({ params: { lang: e.param } }));
}

/**
 * Route parameters of a file that exists once per edition and per actor with relations (the
 * actors that have a neighbourhood map: its embed and its details file).
 */
export async function mappedActorPaths(): Promise<
	{ params: { lang: string | undefined; id: string } }[]
> {
	const story = await getStory();
	const editions = await listEditions();
	return editions.flatMap((e) =>
		story.actorList
			.filter((a) => story.relationsOf(a.id).length > 0)
			.map((a) => ({ params: { lang: e.param, id: a.id } })),
	);
}

const entry = <T>(e: { id: string; filePath?: string | undefined; data: T }): Entry<T> => ({
	id: e.id,
	file: e.filePath ?? e.id,
	data: e.data,
});

async function loadInput(): Promise<StoryInput> {
	const [raw] = await getCollection('site');
	if (!raw) throw new Error('content/site.yaml is missing');
	// Parsed again so fields added to the schema since the content cache was filled (Astro keys
	// cached entries by file content, not by schema) get their defaults.
	const site = { ...raw, data: SiteSchema.parse(raw.data) };
	const input: StoryInput = {
		site: entry(site),
		sources: (await getCollection('sources')).map(entry),
		claims: (await getCollection('claims')).map(entry),
		actors: (await getCollection('actors')).map(entry),
		relations: (await getCollection('relations')).map(entry),
		events: (await getCollection('events')).map(entry),
		phases: (await getCollection('phases')).map(entry),
		corrections: hasCorrections() ? (await getCollection('corrections')).map(entry) : [],
		explainers: (await getExplainerEntries()).map((e) => {
			const { refs, cites, actorLinks, explainerLinks, quotes } = readMdxRefs(e.body ?? '');
			return { ...entry(e), refs, cites, actorLinks, explainerLinks, quotes };
		}),
	};
	input.translations = await loadTranslations(input.site.data.languages);
	return input;
}

/** The id prefix of translated explainers in the explainers collection: "i18n/<lang>/". */
const translatedPrefix = (lang: string) => `${TRANSLATIONS_DIR}/${lang}/`;

/**
 * Each declared language's translations: data files from the `translations` collection (ids
 * "<lang>/<collection>/<id>", "<lang>/site") parsed with their overlay schemas, and translated
 * explainers from the explainers collection (content-io checked them all before the build,
 * naming every problem's file).
 */
async function loadTranslations(languages: readonly string[]): Promise<TranslationInput[]> {
	// A story in one language asks for no translations: an empty collection warns on every build.
	if (languages.length === 0) return [];
	const files = await getCollection('translations');
	const pages = await getCollection('explainers');
	return languages.map((lang) => {
		const mine = files
			.map((e) => ({ e, parts: e.id.split('/') }))
			.filter(({ parts }) => parts[0] === lang);
		// Where the file is, relative to the content folder, for messages.
		const file = (e: { id: string }) => `${TRANSLATIONS_DIR}/${e.id}.yaml`;
		const of = <C extends Exclude<keyof typeof TRANSLATION_SCHEMAS, 'explainers' | 'site'>>(
			collection: C,
		) =>
			mine
				.filter(({ parts }) => parts[1] === collection && parts.length === 3)
				.map(({ e, parts }) => ({
					id: parts[2] ?? '',
					file: file(e),
					data: TRANSLATION_SCHEMAS[collection].parse(withoutId(e.data)) as z.output<
						(typeof TRANSLATION_SCHEMAS)[C]
					>,
				}));
		const site = mine.find(({ parts }) => parts[1] === 'site' && parts.length === 2);
		const prefix = translatedPrefix(lang);
		return {
			lang,
			site: site
				? {
						id: 'site',
						file: file(site.e),
						data: TRANSLATION_SCHEMAS.site.parse(withoutId(site.e.data)),
					}
				: undefined,
			sources: of('sources'),
			claims: of('claims'),
			actors: of('actors'),
			relations: of('relations'),
			events: of('events'),
			phases: of('phases'),
			corrections: of('corrections'),
			explainers: pages
				.filter((e) => e.id.startsWith(prefix))
				.map((e) => ({
					...entry(e),
					id: e.id.slice(prefix.length),
					data: TRANSLATION_SCHEMAS.explainers.parse({
						title: e.data.title,
						summary: e.data.summary,
					}),
					...readMdxRefs(e.body ?? ''),
				})),
		};
	});
}

/** A data file's fields without the id the loader added. */
function withoutId(data: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'id'));
}

/** The story's own explainer entries (translations aside), for rendering their MDX. */
export async function getExplainerEntries(): Promise<ExplainerCollectionEntry[]> {
	return (await getCollection('explainers')).filter(
		(e): e is ExplainerCollectionEntry => !e.id.startsWith(`${TRANSLATIONS_DIR}/`),
	);
}

/** An explainer's collection entry, its frontmatter narrowed to the original's. */
type ExplainerCollectionEntry = CollectionEntry<'explainers'> & { data: Explainer };

/**
 * The entry to render for an explainer in one edition: its translation's when the edition's
 * language has one, else the original (whose page then says it is not yet translated).
 */
export async function getExplainerPage(
	slug: string,
	lang: string,
): Promise<{ entry: CollectionEntry<'explainers'>; translated: boolean }> {
	const all = await getCollection('explainers');
	const translation = all.find((e) => e.id === translatedPrefix(lang) + slug);
	if (translation) return { entry: translation, translated: true };
	const original = all.find((e) => e.id === slug);
	if (!original) throw new Error(`No explainer "${slug}"`);
	return { entry: original, translated: false };
}

/**
 * An explainer entry rendered, as astro:content's `render`. That function builds an error
 * before it starts, in case it fails, and Astro's errors format their stack trace when they
 * are made: 1.5 ms a page on a large story (0.6 s for the 50× story's 400 explainers), for a
 * stack that says nothing the error's message does not. So no stack is captured while it is
 * built; an error thrown later in rendering keeps its stack.
 */
export function renderExplainer(entry: CollectionEntry<'explainers'>): ReturnType<typeof render> {
	const limit = Error.stackTraceLimit;
	Error.stackTraceLimit = 0;
	try {
		return render(entry);
	} finally {
		Error.stackTraceLimit = limit;
	}
}

/**
 * Whether the story has a corrections log yet. Asking Astro for an empty collection logs a
 * warning on every build, and an empty log is the normal state of a new story.
 */
function hasCorrections(): boolean {
	const folder = path.join(contentDir(), 'corrections');
	return existsSync(folder) && readdirSync(folder).some((name) => /\.ya?ml$/.test(name));
}
