import type { AttributionKind } from '../../schemas';
import type {
	Actor,
	Claim,
	Correction,
	Phase,
	Relation,
	Site,
	Source,
	StoryEvent,
} from '../../schemas';
import { ATTRIBUTION_KINDS } from '../../schemas/attribution';
import { listAttributionKinds } from './attribution';
import { orderEvents } from './chronology';
import {
	pagesAffected,
	sortCorrections,
	type CorrectedCollection,
	type PageKey,
} from './corrections';
import { createI18n, hasDictionary, REFERENCE_LANG } from '../../i18n';
import { createUrls, editionPrefix, type Urls } from '../site/urls';
import { labelSources, orderSources } from './sources';
import { localizeInput, quoteTranslationOf } from './translations';
import type { Entry, ExplainerEntry, StoryInput } from './types';

/** A story indexed for rendering: entries by id plus the lookups pages need. Pure. */
export interface Story {
	/** The language this edition of the story is written in (a BCP 47 tag). */
	lang: string;
	/** Every language the story is published in, the default (`site.lang`) first. */
	languages: string[];
	/** This edition's folder under the base: "" for the default language, "es/" for Spanish. */
	edition: string;
	/** Every edition: its language and folder, the default first. */
	editions: { lang: string; prefix: string }[];
	/** Every internal URL of this edition. */
	urls: Urls;
	site: Site;
	/** The site settings as an entry, with the texts still untranslated in this edition. */
	siteEntry: Entry<Site>;
	sources: Map<string, Entry<Source>>;
	claims: Map<string, Entry<Claim>>;
	actors: Map<string, Entry<Actor>>;
	relations: Map<string, Entry<Relation>>;
	events: Map<string, Entry<StoryEvent>>;
	phases: Map<string, Entry<Phase>>;
	explainers: Map<string, ExplainerEntry>;
	/** Sources in reading order: the primary source first, then the others by id. */
	sourceList: Entry<Source>[];
	/** The short label citations show for a source ("Report A"); see `labelSources`. */
	sourceLabel(sourceId: string): string;
	/** Actors sorted by name. */
	actorList: Entry<Actor>[];
	/** Explainers sorted by `order`. */
	explainerList: ExplainerEntry[];
	/** Events in story order (phases, order constraints, then dates). */
	eventList: Entry<StoryEvent>[];
	/** Phases sorted by `order`. */
	phaseList: Entry<Phase>[];
	relationsOf(actorId: string): Entry<Relation>[];
	eventsOf(actorId: string): Entry<StoryEvent>[];
	/** Explainers that link to the actor or cite one of its claims. */
	explainersOf(actorId: string): ExplainerEntry[];
	/** Claims attributed to the actor (`attributedTo`), in content order. */
	statementsOf(actorId: string): Entry<Claim>[];
	/** Claims grouped by attribution kind, in vocabulary order, omitting empty kinds. */
	claimsByAttribution(): { kind: AttributionKind; claims: Entry<Claim>[] }[];
	/** Every attribution a relation or event rests on, once each, in vocabulary order. */
	attributionsOf(item: { claims: readonly string[] }): AttributionKind[];
	/** Everything that cites a claim: actors, relations, events and explainers. */
	citersOf(claimId: string): Citer[];
	/** A claim's quotation: the words as the report quotes them, and ours in this edition's language. */
	quoteOf(claimId: string): Quotation | undefined;
	/**
	 * The language an entry's text field is shown in when it is not this edition's (an
	 * untranslated field shows in the story's own language); undefined when it is.
	 */
	textLang(entry: TextEntry | undefined, field: string): string | undefined;
	/**
	 * Attributes for an element showing an entry's text field: when the field is untranslated,
	 * its language, and out of this edition's search index (which holds its language only).
	 */
	textAttrs(entry: TextEntry | undefined, field: string): Record<string, string>;
	/** A relation type's name as filters and lists show it, in this edition's language. */
	relationTypeLabel(type: string): string;
	/** `textLang` for an event or a phase by id, as the timeline's drawing asks for it. */
	timelineTextLang(kind: 'event' | 'phase', id: string, field: string): string | undefined;
	/** Every relation type's name, with its language when it is not this edition's. */
	relationTypeLabels(): Record<string, { label: string; lang?: string | undefined }>;
	/** The corrections log, newest first. */
	corrections: Entry<Correction>[];
	/** The corrections that changed what a page shows, newest first (none: an empty list). */
	correctionsFor(page: PageKey): Entry<Correction>[];
	/** The corrections that name an entry, newest first. */
	correctionsOfEntry(collection: CorrectedCollection, id: string): Entry<Correction>[];
	/** The date (YYYY-MM-DD) a page was last corrected, for `dateModified`; undefined if never. */
	modifiedOn(page: PageKey): string | undefined;
	/** Every page a correction changed, in a stable order. */
	pagesOfCorrection(correctionId: string): PageKey[];
}

/**
 * A person's words as the report quotes them, in the report's language, and, in an edition
 * in another language, our translation of them, which must never pass for their own words.
 */
export interface Quotation {
	/** The words as the report quotes them, verbatim. */
	original: string;
	/** The language of the original (the story's default language). */
	lang: string;
	/** Our translation into the edition's language, when there is one. */
	translation?: string;
}

/** An entry whose text fields may be untranslated in an edition. */
export type TextEntry = Pick<Entry<unknown>, 'untranslated'>;

/** Which edition to build: its language (the story's default language when omitted). */
export interface EditionOptions {
	lang?: string;
}

/** Indexes a checked story. Throws on a dangling id, which the integrity check rules out first. */
export function buildStory(source: StoryInput, options: EditionOptions = {}): Story {
	const lang = options.lang ?? source.site.data.lang;
	// An edition in another language: the same entries, with its translation's text in.
	const input = localizeInput(source, lang);
	const collator = new Intl.Collator(lang, { sensitivity: 'base' });
	const byId = <T extends { id: string }>(list: readonly T[]) =>
		new Map(list.map((e) => [e.id, e]));
	const claims = byId(input.claims);
	const actors = byId(input.actors);
	const explainerList = [...input.explainers].sort(
		(a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
	);
	const phaseList = [...input.phases].sort(
		(a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
	);
	const eventList = orderEvents(input.events, phaseList);
	const sourceList = orderSources(input.sources, input.site.data.primarySource);
	const i18n = createI18n(hasDictionary(lang) ? lang : REFERENCE_LANG);
	const sourceLabels = labelSources(sourceList, i18n.t('claim.report'));

	const group = <T>(pairs: Iterable<[string, T]>) => {
		const map = new Map<string, T[]>();
		for (const [key, value] of pairs) {
			const list = map.get(key) ?? [];
			list.push(value);
			map.set(key, list);
		}
		return map;
	};
	const relationsByActor = group(
		input.relations.flatMap((r) => [
			[r.data.source, r] as [string, Entry<Relation>],
			[r.data.target, r] as [string, Entry<Relation>],
		]),
	);
	const eventsByActor = group(
		eventList.flatMap((e) => e.data.actors.map((a) => [a, e] as [string, Entry<StoryEvent>])),
	);

	const citers = group<Citer>([
		...citedBy('actor', input.actors, (e) => e.data.claims),
		...citedBy('relation', input.relations, (e) => e.data.claims),
		...citedBy('event', input.events, (e) => e.data.claims),
		...citedBy('explainer', explainerList, (e) => e.cites),
	]);

	const corrections = sortCorrections(input.corrections ?? []);
	const homeClaims = new Set([
		...input.site.data.lead.claims,
		...input.site.data.brief.flatMap((b) => b.claims),
		...input.site.data.keyFigures.flatMap((k) => k.claims),
	]);
	const scope = {
		claims,
		actors,
		relations: byId(input.relations),
		events: byId(input.events),
		explainers: byId(explainerList),
		homeClaims,
	};
	const pagesByCorrection = new Map(
		corrections.map((c): [string, PageKey[]] => [c.id, [...pagesAffected(scope, c.data)]]),
	);
	const correctionsByPage = group(
		corrections.flatMap((c) =>
			(pagesByCorrection.get(c.id) ?? []).map((page) => [page, c] as [string, Entry<Correction>]),
		),
	);

	const claim = (id: string) => {
		const found = claims.get(id);
		if (!found) throw new Error(`Unknown claim "${id}"`);
		return found;
	};
	// Per-actor lookups are indexed once: a page per actor that scanned every claim or
	// explainer would make the build quadratic in the story's size.
	const statementsByActor = group(
		input.claims.flatMap((c) =>
			[...new Set(c.data.attributedTo)].map((a) => [a, c] as [string, Entry<Claim>]),
		),
	);
	const explainerIndex = new Map(explainerList.map((e, i) => [e.id, i]));
	const explainersByClaim = group(
		explainerList.flatMap((e) => e.cites.map((c) => [c, e.id] as [string, string])),
	);
	const explainersByActor = group(
		explainerList.flatMap((e) => e.actorLinks.map((a) => [a, e.id] as [string, string])),
	);
	let byAttribution: { kind: AttributionKind; claims: Entry<Claim>[] }[] | undefined;
	const eventsById = byId(input.events);
	const phasesById = byId(input.phases);

	const edition = editionPrefix(lang, input.site.data.lang);
	const textLang = (entry: TextEntry | undefined, field: string) =>
		entry?.untranslated?.includes(field) ? source.site.data.lang : undefined;
	const relationTypeLabel = (type: string) =>
		input.site.data.relationTypes[type] ?? formatRelationTypeId(type);
	return {
		lang,
		languages: [input.site.data.lang, ...input.site.data.languages],
		edition,
		editions: [input.site.data.lang, ...input.site.data.languages].map((l) => ({
			lang: l,
			prefix: editionPrefix(l, input.site.data.lang),
		})),
		urls: createUrls(edition),
		site: input.site.data,
		siteEntry: input.site,
		sources: byId(input.sources),
		claims,
		actors,
		relations: byId(input.relations),
		events: eventsById,
		phases: phasesById,
		explainers: byId(explainerList),
		sourceList,
		sourceLabel: (id) => sourceLabels.get(id) ?? id,
		actorList: [...input.actors].sort((a, b) => collator.compare(a.data.name, b.data.name)),
		explainerList,
		eventList,
		phaseList,
		relationsOf: (id) => relationsByActor.get(id) ?? [],
		eventsOf: (id) => eventsByActor.get(id) ?? [],
		explainersOf: (id) => {
			const found = new Set(explainersByActor.get(id));
			for (const c of actors.get(id)?.data.claims ?? [])
				for (const e of explainersByClaim.get(c) ?? []) found.add(e);
			return [...found]
				.map((e) => explainerIndex.get(e) ?? -1)
				.sort((a, b) => a - b)
				.flatMap((i) => explainerList[i] ?? []);
		},
		statementsOf: (id) => statementsByActor.get(id) ?? [],
		// Asked by every page (the search panel's filters): grouped once.
		claimsByAttribution: () =>
			(byAttribution ??= ATTRIBUTION_KINDS.map((kind) => ({
				kind,
				claims: input.claims.filter((c) => c.data.attribution === kind),
			})).filter((g) => g.claims.length > 0)),
		attributionsOf: (item) =>
			listAttributionKinds(item.claims.map((id) => claim(id).data.attribution)),
		citersOf: (id) => citers.get(id) ?? [],
		corrections,
		correctionsFor: (page) => correctionsByPage.get(page) ?? [],
		correctionsOfEntry: (collection, id) =>
			corrections.filter((c) => c.data.affects[collection].includes(id)),
		modifiedOn: (page) => correctionsByPage.get(page)?.[0]?.data.date,
		pagesOfCorrection: (id) => pagesByCorrection.get(id) ?? [],
		quoteOf: (id) => {
			const quote = claims.get(id)?.data.quote;
			if (quote === undefined) return undefined;
			const translation = quoteTranslationOf(source, lang, id);
			return {
				original: quote,
				lang: source.site.data.lang,
				...(translation === undefined ? {} : { translation }),
			};
		},
		textLang,
		textAttrs: (entry, field) => {
			const other = textLang(entry, field);
			return other === undefined ? {} : { lang: other, 'data-pagefind-ignore': '' };
		},
		relationTypeLabel,
		timelineTextLang: (kind, id, field) =>
			textLang(kind === 'event' ? eventsById.get(id) : phasesById.get(id), field),
		relationTypeLabels: () =>
			Object.fromEntries(
				[...new Set(input.relations.map((r) => r.data.type))].map((type) => [
					type,
					{ label: relationTypeLabel(type), lang: textLang(input.site, `relationTypes.${type}`) },
				]),
			),
	};
}

/** Something that cites a claim. */
export interface Citer {
	kind: 'actor' | 'relation' | 'event' | 'explainer';
	id: string;
}

/** Pairs each claim id an entry cites with that entry. */
function citedBy<T extends { id: string }>(
	kind: Citer['kind'],
	list: readonly T[],
	claimsOf: (entry: T) => readonly string[],
): [string, Citer][] {
	return list.flatMap((e) => claimsOf(e).map((c): [string, Citer] => [c, { kind, id: e.id }]));
}

/** A relation type's id as words, when the story names it nowhere: "arms-deal" → "arms deal". */
function formatRelationTypeId(type: string): string {
	return type.replace(/-/g, ' ');
}
