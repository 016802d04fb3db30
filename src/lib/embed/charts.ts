import type { I18n } from '../../i18n';
import type { Story } from '../content/story';

/** A choice in an embed's option menu: an id and what the reader sees. */
export interface EmbedChoice {
	id: string;
	label: string;
}

/** A chart other sites can embed, as the gallery offers it. */
export interface EmbedChart {
	id: string;
	/** The iframe's title: what the chart shows, for screen reader users of the host page. */
	title: string;
	/** The chart's name as a heading in the gallery. */
	heading: string;
	description: string;
	/** The embed page's site-relative address. */
	path: string;
	/** The full page it comes from. */
	fullPage: string;
	/** Height the snippet starts at (and keeps without our script). */
	height: number;
	/** The option this chart takes besides theme, plain and static. */
	option?: {
		/** `focus`/`event` set a query parameter; `path` picks another embed page. */
		kind: 'focus' | 'event' | 'path';
		label: string;
		/** For `path` choices: the embed page, and whether it has SVG and PNG files. */
		choices: (EmbedChoice & { path?: string; files?: boolean })[];
	};
}

/** Every embeddable chart of the story, in gallery order, described in the page's language. */
export function listEmbeds(story: Story, i18n: I18n): EmbedChart[] {
	const { t } = i18n;
	const site = story.site.title;
	const actors = story.actorList.map((a) => ({ id: a.id, label: a.data.name }));
	const first = story.actorList.find((a) => story.relationsOf(a.id).length > 0)?.id ?? '';
	const withFiles = listActorsWithChartFiles(story);
	return [
		{
			id: 'network',
			title: t('embed.chart.network.title', { site }),
			heading: t('embed.chart.network.heading', { site }),
			description: t('embed.chart.network.description'),
			path: story.urls.embedNetwork(),
			fullPage: story.urls.network(),
			height: 680,
			option: { kind: 'focus', label: t('embed.chart.network.option'), choices: actors },
		},
		{
			id: 'network-actor',
			title: t('embed.chart.actor.title', { site }),
			heading: t('embed.chart.actor.heading', { site }),
			description: t('embed.chart.actor.description'),
			path: story.urls.embedNetwork(first),
			fullPage: story.urls.network(first),
			height: 520,
			option: {
				kind: 'path',
				label: t('embed.chart.actor.option'),
				choices: story.actorList
					.filter((a) => story.relationsOf(a.id).length > 0)
					.map((a) => ({
						id: a.id,
						label: a.data.name,
						path: story.urls.embedNetwork(a.id),
						files: withFiles.has(a.id),
					})),
			},
		},
		{
			id: 'timeline',
			title: t('embed.chart.timeline.title', { site }),
			heading: t('embed.chart.timeline.heading', { site }),
			description: t('embed.chart.timeline.description'),
			path: story.urls.embedTimeline(),
			fullPage: story.urls.timeline(),
			height: 720,
			option: {
				kind: 'event',
				label: t('embed.chart.timeline.option'),
				choices: story.eventList.map((e) => ({ id: e.id, label: e.data.title })),
			},
		},
	];
}

/**
 * How many actors get their neighbourhood as SVG and PNG files: the most connected ones.
 * Drawing a file per actor costs build time; past this many, a story's minor actors keep
 * their embed but no files.
 */
export const MAX_ACTOR_CHART_FILES = 60;

/** A PNG wider than this many pixels is not drawn (the SVG still is): too big to be useful. */
export const MAX_PNG_WIDTH = 6000;

/**
 * Nor one of more pixels than this: a timeline of hundreds of events is tens of thousands of
 * pixels tall, and its bitmap alone took 400 MB to draw (at 50 times a typical story).
 */
export const MAX_PNG_PIXELS = 16_000_000;

const withFiles = new WeakMap<Story, ReadonlySet<string>>();

/** The actors whose neighbourhood charts are also written as files (once per story: every actor's pages ask). */
export function listActorsWithChartFiles(story: Story): ReadonlySet<string> {
	const known = withFiles.get(story);
	if (known) return known;
	const actors = new Set(
		story.actorList
			.map((a) => ({ id: a.id, ties: story.relationsOf(a.id).length }))
			.filter((a) => a.ties > 0)
			.sort((a, b) => b.ties - a.ties || a.id.localeCompare(b.id))
			.slice(0, MAX_ACTOR_CHART_FILES)
			.map((a) => a.id),
	);
	withFiles.set(story, actors);
	return actors;
}

/** The files of one chart: its SVG, and its PNG unless too wide. */
export interface ChartFiles {
	svg: string;
	png?: string | undefined;
}

/**
 * Which files the build writes for an embed's chart, by its path under embed/ ("timeline",
 * "network", "network/<actor-id>") and drawn size (the larger of its variants; a height of 0
 * when it does not matter); undefined when it writes none. Embed pages link exactly these,
 * the gallery offers them, and the build makes them. The PNG is drawn at twice the size.
 */
export function findChartFiles(
	story: Story,
	chartPath: string,
	width: number,
	height = 0,
): ChartFiles | undefined {
	const [kind, actor] = chartPath.split('/');
	if (kind === 'network' && actor !== undefined && !listActorsWithChartFiles(story).has(actor))
		return undefined;
	return {
		svg: story.urls.chartFile(chartPath, 'svg'),
		png:
			width * 2 <= MAX_PNG_WIDTH && width * 2 * height * 2 <= MAX_PNG_PIXELS
				? story.urls.chartFile(chartPath, 'png')
				: undefined,
	};
}
