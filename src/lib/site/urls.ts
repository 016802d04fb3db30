/**
 * Every internal URL of the site, built in one place so the site can move to a sub-folder
 * (Astro's `base`) without hunting strings. Paths end in a slash, matching the built folders.
 */

/**
 * The site's base path with a trailing slash, e.g. "/" or "/mirror/explainer/". Outside the
 * build (a test reading the story in Node) there is no Vite env, and paths are taken from "/".
 */
export const BASE: string = withSlash(
	(import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/',
);

function withSlash(path: string): string {
	return path.endsWith('/') ? path : `${path}/`;
}

/** Joins a site-relative path onto the base. `page('actors/')` → "/base/actors/". */
export function page(path = ''): string {
	return BASE + path.replace(/^\/+/, '');
}

const enc = encodeURIComponent;

export { editionPrefix } from './editions';

/**
 * Every internal URL of one edition. Pages and data files live under the edition's folder;
 * files every edition shares (the search bundle, the embed script, the sitemap, public/
 * assets) stay at the base.
 */
export function createUrls(edition = '') {
	const at = (path: string) => page(edition + path);
	return {
		home: () => at(''),
		explainers: () => at('explainers/'),
		explainer: (slug: string) => at(`explainers/${enc(slug)}/`),
		actors: () => at('actors/'),
		actor: (id: string) => at(`actors/${enc(id)}/`),
		/** The index of every source. */
		sources: () => at('sources/'),
		/** A source page, or one paragraph of it (`#p3`). */
		source: (id: string, paragraph?: number) =>
			at(`sources/${enc(id)}/`) + (paragraph === undefined ? '' : `#p${paragraph}`),
		/** The corrections log, or one correction on it. */
		corrections: (id?: string) => at('corrections/') + (id ? `#${correctionAnchor(id)}` : ''),
		/** The corrections log as an Atom feed. */
		correctionsFeed: () => at('corrections.xml'),
		/** The page the offline worker shows for a page not saved. */
		offline: () => at('offline/'),
		/** The evidence page, or one claim on it. */
		evidence: (claimId?: string) => at('evidence/') + (claimId ? `#${claimAnchor(claimId)}` : ''),
		/** The timeline, or the timeline with one event selected. */
		timeline: (eventId?: string) => at('timeline/') + (eventId ? `#${eventAnchor(eventId)}` : ''),
		/** The relationship map, or the map focused on one actor. */
		network: (actorId?: string) => at('network/') + (actorId ? `#${focusAnchor(actorId)}` : ''),
		search: (query?: string) => at('search/') + (query ? `?q=${enc(query)}` : ''),
		/** The Pagefind search bundle's entry module, imported only when search opens. */
		searchBundle: () => page('pagefind/pagefind.js'),
		embeds: () => at('embed/'),
		embedNetwork: (actorId?: string) =>
			at(actorId ? `embed/network/${enc(actorId)}/` : 'embed/network/'),
		/** A map's details file, fetched when a reader first opens a detail (lib/network/details.ts). */
		networkDetails: (actorId?: string) =>
			at(actorId ? `embed/network/${enc(actorId)}/details.json` : 'embed/network/details.json'),
		embedTimeline: () => at('embed/timeline/'),
		embedScript: () => page('embed.js'),
		data: (file?: string) => at(file ? `data/${file}` : 'data/'),
		/** A chart as a downloadable file beside its embed page: "timeline" → embed/timeline/timeline.svg. */
		chartFile: (chartPath: string, ext: 'svg' | 'png') => {
			const name = chartPath.split('/').filter(Boolean).join('-');
			return at(`embed/${chartPath.replace(/\/?$/, '/')}${name}.${ext}`);
		},
		sitemap: () => page('sitemap-index.xml'),
		/** A file shipped from public/, e.g. "favicon.svg". */
		asset: (file: string) => page(file),
	} as const;
}

/** The URL builders of one edition. */
export type Urls = ReturnType<typeof createUrls>;

/** The default edition's URLs (the site's root). */
export const urls: Urls = createUrls();

/** The URLs of the edition being rendered (its folder is set by src/middleware.ts). */
export function pageUrls(locals: { edition?: string | undefined }): Urls {
	return createUrls(locals.edition ?? '');
}

/**
 * The page a site path shows, without its base and edition folder: with editions "es/",
 * "/base/es/actors/x/" → { edition: "es/", path: "actors/x/" }; "/base/actors/" → { "", "actors/" }.
 */
export function splitEditionPath(
	pathname: string,
	editions: readonly string[],
): { edition: string; path: string } {
	const rest = pathname.startsWith(BASE)
		? pathname.slice(BASE.length)
		: pathname.replace(/^\/+/, '');
	const edition = editions.find((e) => e !== '' && (rest === e.slice(0, -1) || rest.startsWith(e)));
	return edition ? { edition, path: rest.slice(edition.length) } : { edition: '', path: rest };
}

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

/** The element id (and hash) that selects a relation on the map: `edge=<id>`. */
export function edgeAnchor(relationId: string): string {
	return `edge=${relationId}`;
}

/** One language version of a page: its language, and its address within the site. */
export interface Alternate {
	lang: string;
	href: string;
}

/**
 * The same page in every edition: for "/base/es/actors/x/" with editions en ("") and es
 * ("es/"), [{ en, /base/actors/x/ }, { es, /base/es/actors/x/ }]. Every page exists in every
 * edition, so each alternate is a real page; the 404 page, served at any missing address, has
 * no address of its own, so its alternates are the editions' home pages.
 */
export function alternatesOf(
	pathname: string,
	editions: readonly { lang: string; prefix: string }[],
): Alternate[] {
	const { path } = splitEditionPath(
		pathname,
		editions.map((e) => e.prefix),
	);
	const target = isNotFoundPath(path) ? '' : path;
	return editions.map((e) => ({ lang: e.lang, href: page(e.prefix + target) }));
}

/** Whether a path within an edition is its 404 page ("404/", "404.html"). */
export function isNotFoundPath(path: string): boolean {
	return /^404(?:\/|\.html)?$/.test(path);
}
