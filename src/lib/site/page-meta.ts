/**
 * What each kind of page tells other sites about itself, beyond its title: its share card,
 * the oEmbed response of the chart it shows, and its structured data. One function per
 * page kind; a page spreads the result into BaseLayout's props. Pure.
 */
import type { I18n } from '../../i18n';
import type { Actor } from '../../schemas';
import type { Story } from '../content/story';
import type { Entry, ExplainerEntry } from '../content/types';
import { findChartFiles, listActorsWithChartFiles } from '../embed/charts';
import {
	actorData,
	articleData,
	datasetData,
	type Download,
	type JsonLd,
	type SourceRef,
} from './structured-data';
import { urls } from './urls';

/** Props BaseLayout takes for what other sites read. */
export interface PageMeta {
	card?: {
		chart?: string | undefined;
		crop?: 'fit' | 'top' | undefined;
		eyebrow?: string | undefined;
		alt?: string;
		reuse?: string;
	};
	structuredData?: JsonLd[];
	oembed?: string | undefined;
}

/** Makes a site path absolute (with the site's public address). */
export type Absolute = (path: string) => string;

/** The story's sources (those in `only`, when given), as what its pages are based on. */
function sourcesOf(story: Story, absolute: Absolute, only?: ReadonlySet<string>): SourceRef[] {
	return story.sourceList
		.filter((s) => !only || only.has(s.id))
		.map((s) => ({
			name: s.data.title,
			url: absolute(urls.source(s.id)),
			publisher: s.data.publisher,
		}));
}

/** The map or the timeline page: its chart on the card, and its embed for oEmbed. */
export function chartPageMeta(options: {
	story: Story;
	i18n: I18n;
	chart: 'network' | 'timeline';
	/** The chart's drawn width (decides whether it has a PNG; the SVG is what the card draws). */
	width: number;
	/** The chart in words ("Relationship map: 22 actors and 29 relations"). */
	chartName: string;
	pageTitle: string;
}): PageMeta {
	const { story, i18n, chart, width, chartName, pageTitle } = options;
	return {
		card: {
			chart: findChartFiles(story, chart, width)?.svg,
			// The timeline runs down the page: its top, at a readable size, says more than all of it, tiny.
			crop: chart === 'timeline' ? 'top' : 'fit',
			alt: i18n.t('card.alt.chart', { chart: chartName, title: pageTitle, site: story.site.title }),
		},
		oembed: chart === 'network' ? urls.embedNetwork() : urls.embedTimeline(),
	};
}

/**
 * An actor's page: their neighbourhood map on the card (the actors whose maps are drawn as
 * files; the others show the who's-who card), their embed for oEmbed, and a Person or
 * Organization.
 */
export function actorPageMeta(options: {
	story: Story;
	i18n: I18n;
	actor: Entry<Actor>;
	width: number;
	absolute: Absolute;
}): PageMeta {
	const { story, i18n, actor, width, absolute } = options;
	const ties = story.relationsOf(actor.id);
	const neighbours = new Set(ties.flatMap((r) => [r.data.source, r.data.target]));
	neighbours.delete(actor.id);
	const chart = listActorsWithChartFiles(story).has(actor.id)
		? findChartFiles(story, `network/${actor.id}`, width)?.svg
		: undefined;
	const title = actor.data.name;
	return {
		card: chart
			? {
					chart,
					eyebrow: i18n.t('search.badge.actor'),
					alt: i18n.t('card.alt.chart', {
						chart: i18n.t('card.chart.actor', { name: title, count: neighbours.size }),
						title,
						site: story.site.title,
					}),
				}
			: {
					reuse: urls.actors(),
					alt: i18n.t('card.alt.words', {
						title: i18n.t('actors.title'),
						site: story.site.title,
					}),
				},
		oembed: ties.length > 0 ? urls.embedNetwork(actor.id) : undefined,
		structuredData: [
			actorData({
				kind: actor.data.kind,
				name: actor.data.name,
				alternateName: actor.data.aliases,
				description: `${actor.data.role}. ${actor.data.summary}`,
				url: absolute(urls.actor(actor.id)),
			}),
		],
	};
}

/** An explainer: a word card, and a NewsArticle citing its claims' source paragraphs. */
export function explainerPageMeta(options: {
	story: Story;
	i18n: I18n;
	explainer: ExplainerEntry;
	absolute: Absolute;
	/** When the explainer last changed: its latest correction's date, or else the build's time. */
	modified: string;
	image: string;
}): PageMeta {
	const { story, i18n, explainer, absolute, modified, image } = options;
	const cited = explainer.cites.flatMap((id) => story.claims.get(id) ?? []);
	// Each paragraph once, in the order the page first cites it.
	const citation = [
		...new Set(
			cited.flatMap((claim) =>
				claim.data.paragraphs.map((p) => absolute(urls.source(claim.data.source, p))),
			),
		),
	];
	// The sources its claims come from, in the story's reading order: not every source of a
	// story of many, which would make each explainer's data grow with the story.
	const citedSources = new Set(cited.map((claim) => claim.data.source));
	return {
		card: { eyebrow: i18n.t('search.badge.explainer') },
		structuredData: [
			articleData({
				headline: explainer.data.title,
				description: explainer.data.summary,
				url: absolute(urls.explainer(explainer.id)),
				inLanguage: i18n.lang,
				dateModified: modified,
				image,
				isBasedOn: sourcesOf(story, absolute, citedSources),
				citation,
			}),
		],
	};
}

/** The media type of a data file, by its extension. */
export function mediaTypeOf(name: string): string {
	if (name.endsWith('.csv')) return 'text/csv';
	if (name.endsWith('.json')) return 'application/json';
	if (name.endsWith('.gexf')) return 'application/gexf+xml';
	return 'application/octet-stream';
}

/** The data page: a Dataset with every file. */
export function dataPageMeta(options: {
	story: Story;
	i18n: I18n;
	files: readonly string[];
	version: string;
	modified: Date;
	absolute: Absolute;
}): PageMeta {
	const { story, i18n, files, version, modified, absolute } = options;
	const distribution: Download[] = files.map((name) => ({
		name,
		contentUrl: absolute(urls.data(name)),
		encodingFormat: mediaTypeOf(name),
	}));
	return {
		structuredData: [
			datasetData({
				name: i18n.t('data.datasetName', { site: story.site.title }),
				description: i18n.t('data.description', { site: story.site.title }),
				url: absolute(urls.data()),
				inLanguage: i18n.lang,
				version,
				dateModified: modified.toISOString(),
				distribution,
				isBasedOn: sourcesOf(story, absolute),
			}),
		],
	};
}
