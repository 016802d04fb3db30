/**
 * The search index's own records: one per actor, event and claim, each leading to the place
 * that shows it (an actor's page, the event selected on the timeline, the claim on the
 * evidence page). Built pages are indexed from HTML; these records add what has no page of
 * its own and give actors their names, aliases and plain spellings as searchable fields.
 */
import type { I18n } from '../../i18n';
import { describeAttribution } from '../content/attribution';
import { describeEventTime } from '../time/event-time';
import { SEARCH_FILTERS, foldDiacritics, type SearchKind } from './state';
import type { Story } from '../content/story';
import { BASE, urls } from '../site/urls';

/** One custom record, in the shape Pagefind's `addCustomRecord` takes. */
export interface SearchRecord {
	/** The result's URL, with the site's base path. */
	url: string;
	/** The text searched and excerpted. */
	content: string;
	language: string;
	/**
	 * Shown with the result and searched too: `title`, `detail` (a line under the title) and,
	 * for actors, `names` (the name, aliases and plain spellings, boosted above the title).
	 */
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** What the indexer reads: the base path, the records, and which built pages they replace. */
export interface SearchManifest {
	/** The site's base path ("/" or "/sub/folder/"), to make URLs site-relative for Pagefind. */
	base: string;
	language: string;
	records: SearchRecord[];
	/**
	 * Built pages whose record stands for them (actor pages): indexing both would list the
	 * same place twice, and the record ranks better because it knows the aliases.
	 */
	replacesPages: string[];
}

const kindFilter = (kind: SearchKind, more: Record<string, string[]> = {}) => ({
	[SEARCH_FILTERS.kind]: [kind],
	...more,
});

/** Joins non-empty parts into sentences. */
const sentences = (...parts: (string | undefined | false)[]) =>
	parts
		.filter((p): p is string => typeof p === 'string' && p.trim() !== '')
		.map((p) => p.trim().replace(/([^.!?…”’])$/, '$1.'))
		.join(' ');

/**
 * Other ways a reader may type a name: the given aliases plus the plain spelling of the name
 * and of each alias, so "Perez" finds "Pérez" even where the search does not fold accents.
 */
export function spellingsOf(name: string, aliases: readonly string[]): string[] {
	const all = [...aliases, ...[name, ...aliases].map(foldDiacritics)];
	return [...new Set(all)].filter((a) => a !== name);
}

/** Builds the manifest the indexer reads: a record for every actor, event and claim. */
export function buildSearchManifest(story: Story, i18n: I18n): SearchManifest {
	const language = i18n.lang;
	const actorName = (id: string) => story.actors.get(id)?.data.name ?? id;

	const actors = story.actorList.map(({ id, data }): SearchRecord => {
		const spellings = spellingsOf(data.name, data.aliases);
		return {
			url: urls.actor(id),
			// The name and role are the result's title and detail line; the excerpt shows the
			// summary, then the other names, so a match on an alias is highlighted in context.
			content: sentences(
				data.summary,
				spellings.length > 0 &&
					i18n.t('search.record.alsoWritten', { names: spellings.join(', ') }),
			),
			language,
			meta: {
				title: data.name,
				detail: `${i18n.t(`actorKind.${data.kind}.title`)} · ${data.role}`,
				names: [data.name, ...spellings].join(', '),
			},
			filters: kindFilter('actor'),
		};
	});

	const events = story.eventList.map(({ id, data }): SearchRecord => {
		const time = describeEventTime(data, i18n);
		const involved = data.actors.map(actorName);
		return {
			url: urls.timeline(id),
			content: sentences(
				data.title,
				time.text,
				data.summary,
				involved.length > 0 && i18n.t('search.record.involves', { names: i18n.list(involved) }),
			),
			language,
			meta: { title: data.title, detail: time.text },
			filters: kindFilter('event'),
		};
	});

	const claims = [...story.claims.values()].map(({ id, data }): SearchRecord => {
		const info = describeAttribution(data.attribution, i18n);
		const speakers = data.attributedTo.map(actorName);
		// Name the source only when there are several: the detail line is searched too, and the
		// one report's title would make every claim match the words in it.
		const source = story.sources.size > 1 ? story.sources.get(data.source)?.data.title : undefined;
		const list = i18n.list(data.paragraphs.map((n) => i18n.number(n)));
		const count = data.paragraphs.length;
		const where = source
			? i18n.t('search.record.sourceParagraphs', { source, list, count })
			: i18n.t('search.record.paragraphs', { list, count });
		return {
			url: urls.evidence(id),
			content: sentences(
				data.statement,
				data.quote && i18n.t('search.record.quoted', { quote: data.quote }),
				speakers.length > 0 && i18n.t('search.record.attributedTo', { names: i18n.list(speakers) }),
				info.label,
			),
			language,
			meta: {
				title: data.statement,
				detail: [info.label, ...speakers, where].join(' · '),
			},
			filters: kindFilter('claim', { [SEARCH_FILTERS.attribution]: [data.attribution] }),
		};
	});

	return {
		base: BASE,
		language,
		records: [...actors, ...events, ...claims],
		replacesPages: story.actorList.map((a) => urls.actor(a.id)),
	};
}
