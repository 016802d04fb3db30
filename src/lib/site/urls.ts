/**
 * Every internal URL of the site, built in one place so the site can move to a sub-folder
 * (Astro's `base`) without hunting strings. Paths end in a slash, matching the built folders.
 */

/** The site's base path with a trailing slash, e.g. "/" or "/mirror/explainer/". */
export const BASE: string = withSlash(import.meta.env.BASE_URL);

function withSlash(path: string): string {
	return path.endsWith('/') ? path : `${path}/`;
}

/** Joins a site-relative path onto the base. `page('actors/')` → "/base/actors/". */
export function page(path = ''): string {
	return BASE + path.replace(/^\/+/, '');
}

const enc = encodeURIComponent;

export const urls = {
	home: () => page(),
	explainers: () => page('explainers/'),
	explainer: (slug: string) => page(`explainers/${enc(slug)}/`),
	actors: () => page('actors/'),
	actor: (id: string) => page(`actors/${enc(id)}/`),
	/** The index of every source. */
	sources: () => page('sources/'),
	/** A source page, or one paragraph of it (`#p3`). */
	source: (id: string, paragraph?: number) =>
		page(`sources/${enc(id)}/`) + (paragraph === undefined ? '' : `#p${paragraph}`),
	/** The corrections log, or one correction on it. */
	corrections: (id?: string) => page('corrections/') + (id ? `#${correctionAnchor(id)}` : ''),
	/** The corrections log as an Atom feed. */
	correctionsFeed: () => page('corrections.xml'),
	/** The evidence page, or one claim on it. */
	evidence: (claimId?: string) => page('evidence/') + (claimId ? `#${claimAnchor(claimId)}` : ''),
	/** The timeline, or the timeline with one event selected. */
	timeline: (eventId?: string) => page('timeline/') + (eventId ? `#${eventAnchor(eventId)}` : ''),
	/** The relationship map, or the map focused on one actor. */
	network: (actorId?: string) => page('network/') + (actorId ? `#${focusAnchor(actorId)}` : ''),
	search: (query?: string) => page('search/') + (query ? `?q=${enc(query)}` : ''),
	/** The Pagefind search bundle's entry module, imported only when search opens. */
	searchBundle: () => page('pagefind/pagefind.js'),
	embeds: () => page('embed/'),
	embedNetwork: (actorId?: string) =>
		page(actorId ? `embed/network/${enc(actorId)}/` : 'embed/network/'),
	embedTimeline: () => page('embed/timeline/'),
	embedScript: () => page('embed.js'),
	data: (file?: string) => page(file ? `data/${file}` : 'data/'),
	sitemap: () => page('sitemap-index.xml'),
	/** A file shipped from public/, e.g. "favicon.svg". */
	asset: (file: string) => page(file),
} as const;

/** The element id of a correction on the corrections page. */
export function correctionAnchor(id: string): string {
	return `correction-${id}`;
}

/** The element id of a claim on the evidence page. */
export function claimAnchor(claimId: string): string {
	return `claim-${claimId}`;
}

/** The element id (and hash) that selects an event on the timeline: `event=<id>`. */
export function eventAnchor(eventId: string): string {
	return `event=${eventId}`;
}

/** The element id (and hash) that focuses an actor on the map: `focus=<id>`. */
export function focusAnchor(actorId: string): string {
	return `focus=${actorId}`;
}

/** The element id of an event's mark in one timeline chart (charts differ by prefix). */
export function timelineMarkAnchor(chartPrefix: string, eventId: string): string {
	return `${chartPrefix}-event-${eventId}`;
}

/** A chart as a downloadable file, written next to its embed page: "timeline" → embed/timeline/timeline.svg. */
export function chartDownload(chartPath: string, ext: 'svg' | 'png'): string {
	const name = chartPath.split('/').filter(Boolean).join('-');
	return page(`embed/${chartPath.replace(/\/?$/, '/')}${name}.${ext}`);
}

/** The element id (and hash) that selects a relation on the map: `edge=<id>`. */
export function edgeAnchor(relationId: string): string {
	return `edge=${relationId}`;
}
