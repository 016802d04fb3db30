/**
 * Languages and translations of a story: which languages it declares, whether each
 * translation fits the story it translates, how much of it is translated, and the story's
 * input with one language's text put in (`localizeInput`). Pure.
 *
 * A translation carries text only. Everything else (ids, relations, dates, order, attribution,
 * paragraph numbers, flags) exists once, in the story, so an edition can never say something
 * the original does not: its facts are the original's, only its words differ.
 */
import { hasDictionary } from '../../i18n';
import type { Site } from '../../schemas';
import { editionPrefix } from '../site/editions';
import type {
	Entry,
	ExplainerEntry,
	ExplainerTranslationEntry,
	Problem,
	StoryInput,
	TranslationInput,
} from './types';

/**
 * What is wrong with a story's declared languages, one sentence each: a language the kit has
 * no interface dictionary for, or an edition that repeats the default language.
 */
export function checkLanguages(site: Pick<Site, 'lang' | 'languages'>): string[] {
	const problems: string[] = [];
	for (const lang of [site.lang, ...site.languages])
		if (!hasDictionary(lang))
			problems.push(
				`language "${lang}" has no interface dictionary: add src/i18n/<lang>.ts and register it in src/i18n/index.ts`,
			);
	const folders = new Map<string, string>();
	for (const lang of site.languages) {
		const folder = editionPrefix(lang, site.lang);
		if (folder === '')
			problems.push(
				`field "languages" lists "${lang}", the default language (lang): list only the other editions`,
			);
		else if (folders.has(folder))
			problems.push(
				`field "languages" lists "${folders.get(folder) ?? ''}" and "${lang}", which share the folder /${folder}`,
			);
		else folders.set(folder, lang);
	}
	return problems;
}

/** The collections a translation covers entry by entry (the site file aside). */
const ENTRY_COLLECTIONS = [
	'sources',
	'claims',
	'actors',
	'relations',
	'events',
	'phases',
	'corrections',
] as const;
type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];

/** The singular word for an entry of a collection, for messages. */
const SINGULAR: Record<EntryCollection | 'explainers', string> = {
	sources: 'source',
	claims: 'claim',
	actors: 'actor',
	relations: 'relation',
	events: 'event',
	phases: 'phase',
	corrections: 'correction',
	explainers: 'explainer',
};

/**
 * The text fields an entry needs in a translation for nothing of it to show in the story's
 * language. Names are kept as they are unless a translation gives another (so `name` and
 * `aliases` never count as missing), as are publishers and short labels.
 */
function neededFields(collection: EntryCollection, data: Record<string, unknown>): string[] {
	const has = (field: string) => data[field] !== undefined;
	switch (collection) {
		case 'sources':
			return ['title', 'kind', 'paragraphs', ...(has('note') ? ['note'] : [])];
		case 'claims':
			return ['statement', ...(has('quote') ? ['quoteTranslation'] : [])];
		case 'actors':
			return ['role', 'summary'];
		case 'relations':
			return ['label'];
		case 'events':
			return ['title', 'summary', ...(has('when') ? ['when'] : [])];
		case 'phases':
			return ['title', 'summary'];
		case 'corrections':
			return ['summary', 'changed', 'why'];
	}
}

/** The site's text fields a translation needs, in the form coverage warnings list them. */
function neededSiteFields(site: Site, relationTypes: readonly string[]): string[] {
	return [
		'title',
		'description',
		'lead',
		...site.brief.map((_, i) => `brief[${i}]`),
		...site.keyFigures.map((_, i) => `keyFigures[${i}].label`),
		...relationTypes.map((type) => `relationTypes.${type}`),
	];
}

/** The site fields an overlay gives, in the same form. */
function givenSiteFields(data: NonNullable<TranslationInput['site']>['data']): Set<string> {
	const given = new Set<string>();
	for (const field of ['title', 'description', 'lead'] as const)
		if (data[field] !== undefined) given.add(field);
	data.brief?.forEach((_, i) => given.add(`brief[${i}]`));
	data.keyFigures?.forEach((f, i) => {
		if (f.label !== undefined) given.add(`keyFigures[${i}].label`);
	});
	for (const type of Object.keys(data.relationTypes ?? {})) given.add(`relationTypes.${type}`);
	return given;
}

/** The relation types a story's relations use, sorted. */
function relationTypesOf(story: StoryInput): string[] {
	return [...new Set(story.relations.map((r) => r.data.type))].sort();
}

/** A list of ids as the messages name them: "a", "b". */
const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');

/**
 * Checks every translation against the story it translates, naming each overlay's file.
 * Errors: an overlay for an entry the story does not have; a list whose length differs from
 * the original's (paragraph digests, brief, key figures); a text the original has no place
 * for (a quote translation for a claim without a quote, `when` for a dated event); an
 * explainer translation citing other claims than its original (a quoted claim counts as cited),
 * or naming unknown ids. Warnings: each entry not yet (fully) translated, listing what is missing.
 */
export function checkTranslations(story: StoryInput): Problem[] {
	const problems: Problem[] = [];
	const error = (file: string, message: string) =>
		problems.push({ severity: 'error', file, message });
	const warn = (file: string, message: string) =>
		problems.push({ severity: 'warning', file, message });
	const types = relationTypesOf(story);

	// The content folder, as its files are named in messages: where site.yaml is.
	const contentFolder = story.site.file.replace(/[^/\\]*$/, '');
	for (const t of story.translations ?? []) {
		const where = `${contentFolder}i18n/${t.lang}`;
		for (const collection of ENTRY_COLLECTIONS) {
			const originals = new Map<string, Entry<Record<string, unknown>>>(
				((story[collection] ?? []) as Entry<Record<string, unknown>>[]).map((e) => [e.id, e]),
			);
			const overlays = (t[collection] ?? []) as Entry<Record<string, unknown>>[];
			const given = new Map(overlays.map((o) => [o.id, o]));
			for (const overlay of overlays) {
				const original = originals.get(overlay.id);
				if (!original) {
					error(
						overlay.file,
						`translates unknown ${SINGULAR[collection]} "${overlay.id}": the file name must be the id of an entry in content/${collection}/`,
					);
					continue;
				}
				checkFit(collection, original.data, overlay.data, overlay.file, error);
			}
			for (const original of originals.values()) {
				const overlay = given.get(original.id);
				const missing = neededFields(collection, original.data).filter(
					(f) => overlay?.data[f] === undefined,
				);
				if (missing.length > 0)
					warn(
						overlay?.file ?? `${where}/${collection}/${original.id}.yaml`,
						overlay
							? `${SINGULAR[collection]} "${original.id}" is partly translated into ${t.lang}: missing ${missing.join(', ')}`
							: `${SINGULAR[collection]} "${original.id}" is not translated into ${t.lang} (${missing.join(', ')})`,
					);
			}
		}

		const site = story.site.data;
		if (t.site) {
			const { data, file } = t.site;
			if (data.brief !== undefined && data.brief.length !== site.brief.length)
				error(
					file,
					`field "brief" has ${data.brief.length} items but the story's brief has ${site.brief.length}: translate each item, in order`,
				);
			if (data.keyFigures !== undefined && data.keyFigures.length !== site.keyFigures.length)
				error(
					file,
					`field "keyFigures" has ${data.keyFigures.length} items but the story has ${site.keyFigures.length}: translate each figure, in order`,
				);
			for (const type of Object.keys(data.relationTypes ?? {}))
				if (!types.includes(type))
					error(
						file,
						`field "relationTypes" names "${type}", which no relation uses (types: ${quoted(types)})`,
					);
		}
		const given = t.site ? givenSiteFields(t.site.data) : new Set<string>();
		const missingSite = neededSiteFields(site, types).filter((f) => !given.has(f));
		if (missingSite.length > 0)
			warn(
				t.site?.file ?? `${where}/site.yaml`,
				t.site
					? `the site texts are partly translated into ${t.lang}: missing ${missingSite.join(', ')}`
					: `the site texts are not translated into ${t.lang} (${missingSite.join(', ')})`,
			);

		checkExplainers(story, t, where, error, warn);
	}
	return problems;
}

/** Errors for an entry's overlay that does not fit the entry it translates. */
function checkFit(
	collection: EntryCollection,
	original: Record<string, unknown>,
	overlay: Record<string, unknown>,
	file: string,
	error: (file: string, message: string) => void,
): void {
	if (collection === 'sources' && Array.isArray(overlay['paragraphs'])) {
		const ours = overlay['paragraphs'].length;
		const theirs = Array.isArray(original['paragraphs']) ? original['paragraphs'].length : 0;
		if (ours !== theirs)
			error(
				file,
				`field "paragraphs" has ${ours} digests but the source has ${theirs}: translate each paragraph's digest, in order`,
			);
	}
	if (collection === 'claims' && overlay['quoteTranslation'] !== undefined && !original['quote'])
		error(file, 'field "quoteTranslation" translates a quotation, but this claim has no `quote`');
	if (collection === 'events' && overlay['when'] !== undefined && original['when'] === undefined)
		error(file, 'field "when" translates the timing in words, but this event has no `when`');
}

/** Errors and warnings for one language's explainer translations. */
function checkExplainers(
	story: StoryInput,
	t: TranslationInput,
	where: string,
	error: (file: string, message: string) => void,
	warn: (file: string, message: string) => void,
): void {
	const originals = new Map(story.explainers.map((e) => [e.id, e]));
	const claims = new Map(story.claims.map((c) => [c.id, c]));
	const known: Record<string, ReadonlySet<string>> = {
		claims: new Set(story.claims.map((c) => c.id)),
		actors: new Set(story.actors.map((a) => a.id)),
		relations: new Set(story.relations.map((r) => r.id)),
		events: new Set(story.events.map((e) => e.id)),
		explainers: new Set(story.explainers.map((e) => e.id)),
		phases: new Set(story.phases.map((p) => p.id)),
		sources: new Set(story.sources.map((s) => s.id)),
	};
	const translated = new Set<string>();
	for (const tr of t.explainers) {
		const original = originals.get(tr.id);
		if (!original) {
			error(
				tr.file,
				`translates unknown explainer "${tr.id}": the file name must be the slug of a page in content/explainers/`,
			);
			continue;
		}
		translated.add(tr.id);
		const theirs = new Set(original.cites);
		const ours = new Set(tr.cites);
		const added = tr.cites.filter((id) => !theirs.has(id));
		const dropped = original.cites.filter((id) => !ours.has(id));
		if (added.length > 0 || dropped.length > 0)
			error(
				tr.file,
				`cites other claims than its original ${original.file}: a translation says what the original says${added.length ? `; it adds ${quoted(added)}` : ''}${dropped.length ? `; it leaves out ${quoted(dropped)}` : ''}`,
			);
		for (const id of tr.quotes ?? [])
			if (claims.has(id) && claims.get(id)?.data.quote === undefined)
				error(tr.file, `<Quote claim="${id}"> names a claim with no \`quote\``);
		for (const ref of tr.refs)
			if (!known[ref.collection]?.has(ref.id))
				error(
					tr.file,
					`<${ref.component}> on line ${ref.line} refers to unknown ${SINGULAR[ref.collection]} "${ref.id}"`,
				);
	}
	for (const original of story.explainers)
		if (!translated.has(original.id))
			warn(
				`${where}/explainers/${original.id}.mdx`,
				`explainer "${original.id}" is not translated into ${t.lang}: its page shows the original, marked as not yet translated`,
			);
}

/** How much of a story one language covers: entries fully translated, out of all. */
export interface Coverage {
	lang: string;
	translated: number;
	total: number;
}

/** Counts, per language, the entries (site texts and explainers included) fully translated. */
export function translationCoverage(story: StoryInput): Coverage[] {
	const types = relationTypesOf(story);
	return (story.translations ?? []).map((t) => {
		let translated = 0;
		let total = 0;
		for (const collection of ENTRY_COLLECTIONS) {
			const given = new Map(
				((t[collection] ?? []) as Entry<Record<string, unknown>>[]).map((o) => [o.id, o]),
			);
			for (const e of (story[collection] ?? []) as Entry<Record<string, unknown>>[]) {
				total++;
				const overlay = given.get(e.id);
				if (neededFields(collection, e.data).every((f) => overlay?.data[f] !== undefined))
					translated++;
			}
		}
		total += story.explainers.length + 1;
		translated += t.explainers.filter((e) => story.explainers.some((o) => o.id === e.id)).length;
		const given = t.site ? givenSiteFields(t.site.data) : new Set<string>();
		if (neededSiteFields(story.site.data, types).every((f) => given.has(f))) translated++;
		return { lang: t.lang, translated, total };
	});
}

/** Puts an overlay's text fields over an entry's, noting which needed ones it lacks. */
function overlayEntry<T extends object>(
	collection: EntryCollection,
	entry: Entry<T>,
	overlay: Entry<Record<string, unknown>> | undefined,
	transform: (data: T, text: Record<string, unknown>) => T = (data, text) => ({ ...data, ...text }),
): Entry<T> {
	const original = entry.data as Record<string, unknown>;
	const untranslated = neededFields(collection, original).filter(
		(f) => overlay?.data[f] === undefined,
	);
	const text = overlay?.data ?? {};
	return {
		...entry,
		data: transform(entry.data, text),
		...(untranslated.length > 0 ? { untranslated } : {}),
		...(overlay === undefined ? { notTranslated: true } : {}),
	};
}

/**
 * The story's input with one language's translation put in: every text field the translation
 * gives replaces the original's, every other field stays the story's, and each entry lists
 * the needed fields still untranslated (`untranslated`). The default language, or a language
 * with no translation files, gives the input back with every entry marked untranslated.
 */
export function localizeInput(input: StoryInput, lang: string): StoryInput {
	if (lang === input.site.data.lang) return input;
	const t: TranslationInput = input.translations?.find((x) => x.lang === lang) ?? {
		lang,
		sources: [],
		claims: [],
		actors: [],
		relations: [],
		events: [],
		phases: [],
		corrections: [],
		explainers: [],
	};
	const by = (list: readonly Entry<unknown>[]) =>
		new Map(list.map((o) => [o.id, o as Entry<Record<string, unknown>>]));
	const overlays = {
		sources: by(t.sources),
		claims: by(t.claims),
		actors: by(t.actors),
		relations: by(t.relations),
		events: by(t.events),
		phases: by(t.phases),
		corrections: by(t.corrections ?? []),
	};
	const site = input.site.data;
	const siteText = t.site?.data;
	const types = relationTypesOf(input);
	const siteGiven = siteText ? givenSiteFields(siteText) : new Set<string>();
	const siteMissing = neededSiteFields(site, types).filter((f) => !siteGiven.has(f));
	const explainers = new Map(t.explainers.map((e) => [e.id, e]));
	return {
		...input,
		site: {
			...input.site,
			data: {
				...site,
				title: siteText?.title ?? site.title,
				description: siteText?.description ?? site.description,
				lead: { ...site.lead, text: siteText?.lead?.text ?? site.lead.text },
				brief: site.brief.map((item, i) => ({
					...item,
					text: siteText?.brief?.[i]?.text ?? item.text,
				})),
				keyFigures: site.keyFigures.map((f, i) => ({
					...f,
					value: siteText?.keyFigures?.[i]?.value ?? f.value,
					label: siteText?.keyFigures?.[i]?.label ?? f.label,
				})),
				relationTypes: { ...site.relationTypes, ...siteText?.relationTypes },
			},
			...(siteMissing.length > 0 ? { untranslated: siteMissing } : {}),
			...(siteText === undefined ? { notTranslated: true } : {}),
		},
		sources: input.sources.map((e) => overlayEntry('sources', e, overlays.sources.get(e.id))),
		claims: input.claims.map((e) =>
			// The quote stays the report's words; the translation of it goes beside them.
			overlayEntry('claims', e, overlays.claims.get(e.id), (data, text) => ({
				...data,
				...(typeof text['statement'] === 'string' ? { statement: text['statement'] } : {}),
			})),
		),
		actors: input.actors.map((e) =>
			// A reader may type the name in either language: the original name and aliases stay
			// aliases of the translated name.
			overlayEntry('actors', e, overlays.actors.get(e.id), (data, text) => {
				const name = typeof text['name'] === 'string' ? text['name'] : data.name;
				const own = Array.isArray(text['aliases']) ? (text['aliases'] as string[]) : [];
				const aliases = [...new Set([...own, data.name, ...data.aliases])].filter(
					(a) => a !== name,
				);
				return { ...data, ...text, name, aliases };
			}),
		),
		relations: input.relations.map((e) =>
			overlayEntry('relations', e, overlays.relations.get(e.id)),
		),
		events: input.events.map((e) => overlayEntry('events', e, overlays.events.get(e.id))),
		phases: input.phases.map((e) => overlayEntry('phases', e, overlays.phases.get(e.id))),
		...(input.corrections
			? {
					corrections: input.corrections.map((e) =>
						overlayEntry('corrections', e, overlays.corrections.get(e.id)),
					),
				}
			: {}),
		explainers: input.explainers.map((e) => localizeExplainer(e, explainers.get(e.id))),
		translations: input.translations ?? [],
	};
}

/** An explainer in an edition: its translation's title, summary and references, or the original. */
function localizeExplainer(
	original: ExplainerEntry,
	translation: ExplainerTranslationEntry | undefined,
): ExplainerEntry {
	if (!translation)
		return { ...original, untranslated: ['title', 'summary', 'body'], notTranslated: true };
	return {
		...original,
		data: { ...original.data, ...translation.data },
		refs: translation.refs,
		cites: translation.cites,
		actorLinks: translation.actorLinks,
		explainerLinks: translation.explainerLinks,
		quotes: translation.quotes ?? [],
		translation: translation.id,
	};
}

/** A claim's quote translation in one language, if the translation gives one. */
export function quoteTranslationOf(
	input: StoryInput,
	lang: string,
	claimId: string,
): string | undefined {
	const overlay = input.translations
		?.find((t) => t.lang === lang)
		?.claims.find((c) => c.id === claimId);
	return overlay?.data.quoteTranslation;
}
