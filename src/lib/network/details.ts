/**
 * What a relationship chart's details panel shows, as one compact JSON file per chart that
 * the browser fetches the first time a reader opens a detail: for each actor on the chart its
 * role, summary, claims and ties; for each tie its claims; each claim once, with its
 * attribution, speakers, quotation and source paragraphs. Words come in the page's language:
 * what the browser can put together from names and messages travels as the parts, the rest
 * as written here. Pure.
 */
import type { AttributionKind } from '../../schemas';
import type { I18n, MessageKey } from '../../i18n';
import type { Message } from '../../i18n/message';
import type { Story } from '../content/story';
import { describeAttribution, type LineStyle } from '../content/attribution';
import { countRelations, kindLabel } from './graph';
import type { NetworkLayout } from './layout';

/** Bumped when the shape below changes, so a stale cached file is never misread. */
export const DETAILS_VERSION = 1;

/** The messages the panel formats in the browser. */
export const DETAILS_MESSAGES = [
	'network.openPage',
	'network.oneWay',
	'network.noDirection',
	'network.drawnAs',
	'network.drawnMixed',
	'network.line.solid',
	'network.line.dashed',
	'network.line.dotted',
	'network.whatReportSays',
	'network.showOnMap',
	'network.inTwin',
	'sourcing.mixed',
	'claim.attributedTo',
	'claim.evidence',
	'claim.paragraph',
	'quote.quoted',
	'quote.translated',
	'quote.original',
	'quote.open',
	'quote.close',
] as const satisfies readonly MessageKey[];

/** An actor's panel. */
export interface ActorDetails {
	/** "Person · role". */
	meta: string;
	summary: string;
	/** "3 relations on this map". */
	ties: string;
	claims: string[];
	/** Ids of its ties on this chart. */
	edges: string[];
}

/** A tie's panel. */
export interface RelationDetails {
	/** How it reads between the names: "A label B". */
	label: string;
	directed: boolean;
	line: LineStyle | 'mixed';
	/** "The 2 claims behind this tie". */
	behind: string;
	source: string;
	target: string;
	/** Every attribution among its claims, in vocabulary order. */
	attributions: AttributionKind[];
	claims: string[];
}

/** One claim, as a list item of the panel shows it. */
export interface ClaimDetails {
	/** Statement. */
	s: string;
	/** Attribution kind. */
	a: AttributionKind;
	/** Source id. */
	src: string;
	/** Source paragraphs. */
	p: number[];
	/** Actors it is attributed to. */
	by?: string[];
	/** Quotation: original words, their language, our translation and that language's name. */
	q?: { o: string; l: string; t?: string; n?: string };
}

/** The file a chart fetches. */
export interface NetworkDetailsData {
	v: typeof DETAILS_VERSION;
	lang: string;
	strings: Record<(typeof DETAILS_MESSAGES)[number], Message>;
	/** Attribution kinds used: label, symbol, description, line style. */
	kinds: Partial<Record<AttributionKind, [string, string, string, LineStyle]>>;
	/** Sources cited: short label, title, page address (paragraph `n` is `#p<n>` on it). */
	sources: Record<string, [string, string, string]>;
	/** The evidence page (claim `id` is `#claim-<id>` on it). */
	evidence: string;
	/** Every actor named in the panel: name and page address. */
	names: Record<string, [string, string]>;
	actors: Record<string, ActorDetails>;
	relations: Record<string, RelationDetails>;
	claims: Record<string, ClaimDetails>;
}

/** The site's addresses the file links to (the edition's, from src/lib/site/urls.ts). */
export interface DetailsUrls {
	actor: (id: string) => string;
	source: (id: string) => string;
	evidence: () => string;
}

/** The details file of a chart drawn from `layout`. */
export function buildNetworkDetails(
	story: Story,
	layout: Pick<NetworkLayout, 'nodes' | 'edges'>,
	i18n: I18n,
	urls: DetailsUrls,
): NetworkDetailsData {
	const names: NetworkDetailsData['names'] = {};
	const nameOf = (id: string) => {
		const actor = story.actors.get(id);
		if (!actor) throw new Error(`network: unknown actor "${id}"`);
		names[id] ??= [actor.data.name, urls.actor(id)];
		return actor.data.name;
	};
	const claims: NetworkDetailsData['claims'] = {};
	const kinds: NetworkDetailsData['kinds'] = {};
	const sources: NetworkDetailsData['sources'] = {};
	const useKind = (kind: AttributionKind) => {
		if (kinds[kind]) return;
		const info = describeAttribution(kind, i18n);
		kinds[kind] = [info.label, info.symbol, info.description, info.line];
	};
	const useClaims = (ids: readonly string[]) => {
		for (const id of ids) {
			if (claims[id]) continue;
			const claim = story.claims.get(id);
			if (!claim) throw new Error(`network: unknown claim "${id}"`);
			const { statement, attribution, source, paragraphs, attributedTo } = claim.data;
			useKind(attribution);
			if (!sources[source]) {
				const title = story.sources.get(source)?.data.title;
				const label = story.sourceLabel(source);
				sources[source] = [label, title ?? label, urls.source(source)];
			}
			const entry: ClaimDetails = {
				s: statement,
				a: attribution,
				src: source,
				p: [...paragraphs],
			};
			const speakers = attributedTo.filter((a) => story.actors.has(a));
			if (speakers.length) {
				for (const a of speakers) nameOf(a);
				entry.by = speakers;
			}
			const quote = story.quoteOf(id);
			if (quote) {
				entry.q = { o: quote.original, l: quote.lang };
				if (quote.translation !== undefined) {
					entry.q.t = quote.translation;
					entry.q.n = i18n.languageName(quote.lang);
				}
			}
			claims[id] = entry;
		}
		return [...ids];
	};

	const ties = new Map<string, string[]>(layout.nodes.map((n) => [n.id, []]));
	const relations: NetworkDetailsData['relations'] = {};
	for (const e of layout.edges) {
		const relation = story.relations.get(e.id);
		if (!relation) throw new Error(`network: unknown relation "${e.id}"`);
		ties.get(e.source)?.push(e.id);
		ties.get(e.target)?.push(e.id);
		nameOf(e.source);
		nameOf(e.target);
		for (const kind of e.attributions) useKind(kind);
		relations[e.id] = {
			label: e.label,
			directed: e.directed,
			line: e.line,
			behind: i18n.t('network.claimsBehind', { count: relation.data.claims.length }),
			source: e.source,
			target: e.target,
			attributions: [...e.attributions],
			claims: useClaims(relation.data.claims),
		};
	}

	const actors: NetworkDetailsData['actors'] = {};
	for (const n of layout.nodes) {
		const actor = story.actors.get(n.id);
		if (!actor) throw new Error(`network: unknown actor "${n.id}"`);
		const edges = ties.get(n.id) ?? [];
		nameOf(n.id);
		actors[n.id] = {
			meta: `${i18n.capitalize(kindLabel(actor.data.kind, i18n))} · ${actor.data.role}`,
			summary: actor.data.summary,
			ties: i18n.capitalize(
				i18n.t('network.onThisMap', { relations: countRelations(edges.length, i18n) }),
			),
			claims: useClaims(actor.data.claims),
			edges,
		};
	}

	return {
		v: DETAILS_VERSION,
		lang: i18n.lang,
		strings: i18n.messages(DETAILS_MESSAGES),
		kinds,
		sources,
		evidence: urls.evidence(),
		names,
		actors,
		relations,
		claims,
	};
}
