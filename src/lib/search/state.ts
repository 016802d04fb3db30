/**
 * What a search is: the words typed and the filters chosen, and how that state reads from and
 * writes to a shareable URL (`/search/?q=…&kind=…&attribution=…`). Pure; used by the search
 * UI in the browser and by the records built at build time (the kind vocabulary).
 */

/** What a search result can be: the `kind` filter of every indexed page and record. */
export const SEARCH_KINDS = ['explainer', 'actor', 'event', 'claim', 'source', 'page'] as const;

export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The filter names the index carries (Pagefind filter keys). */
export const SEARCH_FILTERS = { kind: 'kind', attribution: 'attribution' } as const;

/** The state of one search: words, and optional kind and attribution filters. */
export interface SearchState {
	query: string;
	kind?: SearchKind | undefined;
	/** An attribution kind id; only claims carry one, so it implies `kind: 'claim'`. */
	attribution?: string | undefined;
}

const isKind = (value: string | null): value is SearchKind =>
	value !== null && (SEARCH_KINDS as readonly string[]).includes(value);

// Attribution ids are kebab-case words; anything else in a URL is ignored, not trusted.
const isAttributionId = (value: string | null): value is string =>
	value !== null && /^[a-z]+(?:-[a-z]+)*$/.test(value);

/**
 * The longest query searched and written into the address, in UTF-16 code units (what the
 * input's `maxlength` counts). Far above any name or sentence a reader types (the longest
 * claim is under 200), and far below what servers accept in an address (nginx's default
 * 8 KB for the request line; each character may take 9 bytes percent-encoded).
 */
export const MAX_QUERY_LENGTH = 500;

/** A query cut to MAX_QUERY_LENGTH, never in the middle of a character. */
export function capQuery(query: string): string {
	if (query.length <= MAX_QUERY_LENGTH) return query;
	return query.slice(0, MAX_QUERY_LENGTH).replace(/[\uD800-\uDBFF]$/, '');
}

/** Reads a search from URL parameters, ignoring unknown or malformed values. */
export function readSearchState(params: URLSearchParams): SearchState {
	const query = capQuery((params.get('q') ?? '').trim()).trim();
	const kind = params.get('kind');
	const attribution = params.get('attribution');
	const state: SearchState = { query };
	if (isAttributionId(attribution)) {
		state.attribution = attribution;
		state.kind = 'claim';
	} else if (isKind(kind)) state.kind = kind;
	return state;
}

/** Writes a search as URL parameters (`q`, then `kind`, then `attribution`), omitting empties. */
export function writeSearchState(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	const query = capQuery(state.query.trim()).trim();
	if (query) params.set('q', query);
	const kind = state.attribution ? 'claim' : state.kind;
	if (kind) params.set('kind', kind);
	if (state.attribution) params.set('attribution', state.attribution);
	return params;
}

/** The Pagefind `filters` option for a state: one value per filter, or none. */
export function toPagefindFilters(state: SearchState): Record<string, string> {
	const filters: Record<string, string> = {};
	const kind = state.attribution ? 'claim' : state.kind;
	if (kind) filters[SEARCH_FILTERS.kind] = kind;
	if (state.attribution) filters[SEARCH_FILTERS.attribution] = state.attribution;
	return filters;
}

/** Whether a state asks for anything: words, or a filter to browse by. */
export function isEmptySearch(state: SearchState): boolean {
	return state.query.trim() === '' && !state.kind && !state.attribution;
}

/** Removes diacritics ("Pérez" → "Perez"), the way a reader may type a name. */
export function foldDiacritics(text: string): string {
	return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** A name as compared with what a reader typed: no accents, no case, single spaces. */
function nameKey(text: string): string {
	return foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether the words typed are exactly one of a result's names (a comma-separated list, as in
 * an actor record's `names` field), ignoring accents and case: "smith" is one of
 * Jane Smith's names, while it is only part of "Smith family trust".
 */
export function isExactName(query: string, names: string | undefined): boolean {
	const key = nameKey(query);
	return key !== '' && (names ?? '').split(',').some((name) => nameKey(name) === key);
}
