/**
 * Structured data (schema.org, as JSON-LD) for each kind of page, built from content and
 * inserted as data, never run: a `<script type="application/ld+json">` is a data block,
 * which no Content Security Policy governs and no browser executes. Pure; every URL given to
 * these builders must already be absolute.
 *
 * Only what content states is said: a `publisher` or `license` appears when content names
 * one, never a guess; claims are cited by their source paragraphs, not rated (Google retired
 * ClaimReview rich results, and the report attributes claims, it does not rate them).
 */

/** A JSON-LD node: plain data. */
export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** A source as the thing a page is based on. */
export interface SourceRef {
	name: string;
	url: string;
	publisher?: string | undefined;
}

function sourceNode(source: SourceRef): JsonLd {
	return {
		'@type': 'CreativeWork',
		name: source.name,
		url: source.url,
		...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
	};
}

/** The site, with its search: `WebSite` with a `SearchAction` to `/search/?q={search_term_string}`. */
export function websiteData(site: {
	name: string;
	url: string;
	description: string;
	inLanguage: string;
	/** The search page's address with `{search_term_string}` where the words go. */
	searchUrlTemplate: string;
}): JsonLd {
	return {
		'@context': CONTEXT,
		'@type': 'WebSite',
		name: site.name,
		url: site.url,
		description: site.description,
		inLanguage: site.inLanguage,
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: site.searchUrlTemplate },
			'query-input': 'required name=search_term_string',
		},
	};
}

/** An explainer: `NewsArticle`, based on its sources, citing the paragraphs its claims rest on. */
export function articleData(article: {
	headline: string;
	description: string;
	url: string;
	inLanguage: string;
	/** When it last changed (ISO 8601): the latest correction affecting it, else the build. */
	dateModified: string;
	image?: string | undefined;
	isBasedOn: readonly SourceRef[];
	/** The source paragraphs its claims cite, absolute, in order, without repeats. */
	citation: readonly string[];
	/** Only when content names who publishes the site. */
	publisher?: string | undefined;
}): JsonLd {
	return {
		'@context': CONTEXT,
		'@type': 'NewsArticle',
		headline: article.headline,
		description: article.description,
		url: article.url,
		mainEntityOfPage: article.url,
		inLanguage: article.inLanguage,
		dateModified: article.dateModified,
		...(article.image ? { image: article.image } : {}),
		isBasedOn: article.isBasedOn.map(sourceNode),
		citation: [...new Set(article.citation)],
		...(article.publisher
			? { publisher: { '@type': 'Organization', name: article.publisher } }
			: {}),
	};
}

/** An actor: a `Person`, or an `Organization` for organizations and groups. */
export function actorData(actor: {
	kind: 'person' | 'organization' | 'group';
	name: string;
	alternateName: readonly string[];
	description: string;
	url: string;
}): JsonLd {
	return {
		'@context': CONTEXT,
		'@type': actor.kind === 'person' ? 'Person' : 'Organization',
		name: actor.name,
		...(actor.alternateName.length > 0 ? { alternateName: [...actor.alternateName] } : {}),
		description: actor.description,
		url: actor.url,
	};
}

/** One downloadable file of a dataset. */
export interface Download {
	name: string;
	contentUrl: string;
	/** Its media type, e.g. "text/csv". */
	encodingFormat: string;
}

/** The data page: a `Dataset` with every file as a `DataDownload`. */
export function datasetData(dataset: {
	name: string;
	description: string;
	url: string;
	inLanguage: string;
	/** The content version every file names. */
	version: string;
	dateModified: string;
	distribution: readonly Download[];
	isBasedOn: readonly SourceRef[];
	/** Only when content states one (a URL or a name). */
	license?: string | undefined;
	creator?: string | undefined;
}): JsonLd {
	return {
		'@context': CONTEXT,
		'@type': 'Dataset',
		name: dataset.name,
		description: dataset.description,
		url: dataset.url,
		inLanguage: dataset.inLanguage,
		version: dataset.version,
		dateModified: dataset.dateModified,
		isBasedOn: dataset.isBasedOn.map(sourceNode),
		distribution: dataset.distribution.map((d) => ({
			'@type': 'DataDownload',
			name: d.name,
			contentUrl: d.contentUrl,
			encodingFormat: d.encodingFormat,
		})),
		...(dataset.license ? { license: dataset.license } : {}),
		...(dataset.creator ? { creator: { '@type': 'Organization', name: dataset.creator } } : {}),
	};
}

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` written as
 * \u escapes, so no text in it can close the script or open a comment (`</script>`,
 * `<!--`), and the line separators JavaScript once rejected as well. Still the same JSON.
 */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
	return JSON.stringify(data).replace(
		/[<>&\u2028\u2029]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}
