import type { Correction, CorrectionPage } from '../../schemas';
import type { Entry } from './types';

/**
 * A page of the site, by what it shows: a fixed page by name, an entry's page by kind and id,
 * an embed by chart. The layouts find the corrections of the page they render by this key.
 */
export type PageKey =
	| CorrectionPage
	| 'corrections'
	| 'search'
	| `actor:${string}`
	| `explainer:${string}`
	| `source:${string}`
	| 'embed:timeline'
	| 'embed:network'
	| `embed:network:${string}`;

/** The collections a correction can name entries of. */
export type CorrectedCollection = Exclude<keyof Correction['affects'], 'pages'>;

/** What the pages-affected rule needs to know about a story. */
export interface CorrectionScope {
	claims: ReadonlyMap<string, Entry<{ source: string }>>;
	actors: ReadonlyMap<string, Entry<{ claims: readonly string[] }>>;
	relations: ReadonlyMap<
		string,
		Entry<{ source: string; target: string; claims: readonly string[] }>
	>;
	events: ReadonlyMap<string, Entry<{ actors: readonly string[]; claims: readonly string[] }>>;
	explainers: ReadonlyMap<
		string,
		Entry<{ redirectFrom: readonly string[] }> & {
			cites: readonly string[];
			refs: readonly { collection: string; id: string }[];
		}
	>;
	/** Claims the home page cites (lead, brief, key figures). */
	homeClaims: ReadonlySet<string>;
}

/**
 * Every page that shows something a correction changed, so each can say it was updated: the
 * entry's own page, the pages that draw or list it (map, timeline, evidence, actor pages and
 * their embeds) and the explainers that cite it. Pure.
 */
export function pagesAffected(scope: CorrectionScope, correction: Correction): Set<PageKey> {
	const pages = new Set<PageKey>();
	const { affects } = correction;
	const add = (...keys: PageKey[]) => {
		for (const key of keys) pages.add(key);
	};
	const relation = (id: string) => {
		const r = scope.relations.get(id);
		add('network', 'embed:network');
		if (r)
			for (const end of [r.data.source, r.data.target]) add(`actor:${end}`, `embed:network:${end}`);
	};
	const event = (id: string) => {
		add('timeline', 'embed:timeline');
		for (const actor of scope.events.get(id)?.data.actors ?? []) add(`actor:${actor}`);
		for (const explainer of scope.explainers.values())
			if (explainer.refs.some((r) => r.collection === 'events' && r.id === id))
				add(`explainer:${explainer.id}`);
	};
	const explainerFor = (slug: string) =>
		scope.explainers.has(slug)
			? slug
			: [...scope.explainers.values()].find((e) =>
					e.data.redirectFrom.some((from) => (from.split('#')[0] ?? from) === slug),
				)?.id;

	for (const page of affects.pages) {
		add(page);
		if (page === 'timeline') add('embed:timeline');
		if (page === 'network') add('embed:network');
	}
	for (const id of affects.claims) {
		add('evidence');
		const source = scope.claims.get(id)?.data.source;
		if (source !== undefined) add(`source:${source}`);
		if (scope.homeClaims.has(id)) add('home');
		for (const actor of scope.actors.values())
			if (actor.data.claims.includes(id)) add(`actor:${actor.id}`);
		for (const r of scope.relations.values()) if (r.data.claims.includes(id)) relation(r.id);
		for (const e of scope.events.values()) if (e.data.claims.includes(id)) event(e.id);
		for (const explainer of scope.explainers.values())
			if (explainer.cites.includes(id)) add(`explainer:${explainer.id}`);
	}
	for (const id of affects.actors) add(`actor:${id}`, 'actors', 'network', 'embed:network');
	for (const id of affects.actors) add(`embed:network:${id}`);
	for (const id of affects.relations) relation(id);
	for (const id of affects.events) event(id);
	for (const slug of affects.explainers) {
		const id = explainerFor(slug);
		if (id !== undefined) add(`explainer:${id}`);
	}
	if (affects.phases.length > 0) add('timeline', 'embed:timeline');
	for (const id of affects.sources) add(`source:${id}`, 'sources');
	return pages;
}

/**
 * The page key of a built page from its path below the site's base ("actors/ana/" →
 * "actor:ana"), or undefined for a page no correction can name. A language edition's prefix
 * ("es/") must be removed first.
 */
export function pageKeyForPath(path: string): PageKey | undefined {
	const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
	const [first, second, third] = parts;
	if (first === undefined) return 'home';
	if (parts.length === 1)
		return (
			{
				explainers: 'explainers',
				actors: 'actors',
				timeline: 'timeline',
				network: 'network',
				evidence: 'evidence',
				sources: 'sources',
				data: 'data',
				embed: 'embeds',
				corrections: 'corrections',
				search: 'search',
			} as const
		)[first];
	if (parts.length === 2 && second !== undefined) {
		if (first === 'actors') return `actor:${second}`;
		if (first === 'explainers') return `explainer:${second}`;
		if (first === 'sources') return `source:${second}`;
		if (first === 'embed' && second === 'timeline') return 'embed:timeline';
		if (first === 'embed' && second === 'network') return 'embed:network';
	}
	if (parts.length === 3 && first === 'embed' && second === 'network' && third !== undefined)
		return `embed:network:${third}`;
	return undefined;
}

/** Corrections newest first; on the same day, by id, so the order is stable. */
export function sortCorrections<T extends Entry<Correction>>(list: readonly T[]): T[] {
	return [...list].sort(
		(a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
	);
}
