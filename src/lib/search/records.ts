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
import { BASE } from '../site/urls';

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

/**
 * Builds the manifest the indexer reads for one edition: a record for every actor, event and
 * claim, in the edition's language. Text not yet translated stays out (an edition's index holds
 * its own language only): an event or claim whose title or statement is untranslated has no
 * record, an actor keeps its names and whatever of its text is translated.
 */
export function buildSearchManifest(story: Story, i18n: I18n): SearchManifest {
	const language = i18n.lang;
	const actorName = (id: string) => story.actors.get(id)?.data.name ?? id;
	/** Whether an entry's field is in this edition's language. */
	const own = (entry: Parameters<Story['textLang']>[0], field: string) =>
		story.textLang(entry, field) === undefined;

	const actors = story.actorList.map((entry): SearchRecord => {
		const { id, data } = entry;
		const spellings = spellingsOf(data.name, data.aliases);
		const kind = i18n.t(`actorKind.${data.kind}.title`);
		return {
			url: story.urls.actor(id),
			// The name and role are the result's title and detail line; the excerpt shows the
			// summary, then the other names, so a match on an alias is highlighted in context.
			content: sentences(
				own(entry, 'summary') && data.summary,
				spellings.length > 0 &&
					i18n.t('search.record.alsoWritten', { names: spellings.join(', ') }),
			),
			language,
			meta: {
				title: data.name,
				detail: own(entry, 'role') ? `${kind} · ${data.role}` : kind,
				names: [data.name, ...spellings].join(', '),
			},
			filters: kindFilter('actor'),
		};
	});

	const events = story.eventList
		.filter((entry) => own(entry, 'title'))
		.map((entry): SearchRecord => {
			const { id, data } = entry;
			const time = describeEventTime(data, i18n);
			// An undated event's time is its own words, which may still be untranslated.
			const timeText = data.date === undefined && !own(entry, 'when') ? undefined : time.text;
			const involved = data.actors.map(actorName);
			return {
				url: story.urls.timeline(id),
				content: sentences(
					data.title,
					timeText,
					own(entry, 'summary') && data.summary,
					involved.length > 0 && i18n.t('search.record.involves', { names: i18n.list(involved) }),
				),
				language,
				meta: { title: data.title, ...(timeText === undefined ? {} : { detail: timeText }) },
				filters: kindFilter('event'),
			};
		});

	const claimEntries = [...story.claims.values()].filter((entry) => own(entry, 'statement'));
	const claims = claimEntries.map(({ id, data }): SearchRecord => {
		const info = describeAttribution(data.attribution, i18n);
		const speakers = data.attributedTo.map(actorName);
		// Name the source only when there are several: the detail line is searched too, and the
		// one report's title would make every claim match the words in it.
		const sourceEntry = story.sources.get(data.source);
		const source =
			story.sources.size > 1 && own(sourceEntry, 'title') ? sourceEntry?.data.title : undefined;
		// In another language than the report's, the words searched are our translation of the
		// quotation (shown as ours), not the report's own.
		const quotation = story.quoteOf(id);
		const quote =
			quotation && quotation.lang !== language ? quotation.translation : quotation?.original;
		const list = i18n.list(data.paragraphs.map((n) => i18n.number(n)));
		const count = data.paragraphs.length;
		const where = source
			? i18n.t('search.record.sourceParagraphs', { source, list, count })
			: i18n.t('search.record.paragraphs', { list, count });
		return {
			url: story.urls.evidence(id),
			// Who is attributed and how it is sourced are the detail line, which is searched too:
			// written again here, they would end every claim's excerpt.
			content: sentences(
				data.statement,
				quote !== undefined && i18n.t('search.record.quoted', { quote }),
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
		replacesPages: story.actorList.map((a) => story.urls.actor(a.id)),
	};
}
