import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { datePrecision } from '../time/dates';
import type { Story } from '../content/story';
import { urls } from '../site/urls';

/** The datasets /data/ offers, each as JSON and CSV. */
export const DATASETS = ['actors', 'relations', 'events', 'claims', 'sources'] as const;
export type Dataset = (typeof DATASETS)[number];

/** A documented column of a dataset. */
export interface Field {
	name: string;
	type: 'string' | 'integer' | 'boolean' | 'list' | 'date';
	description: string;
}

type Row = Record<string, string | number | boolean | readonly (string | number)[] | null>;

/** What every exported file says about itself: where it comes from and which version it is. */
export interface ExportMeta {
	dataset: string;
	title: string;
	description: string;
	/** The story's sources, by id and title. */
	sources: { id: string; title: string; publisher: string | null; short: string; url: string }[];
	/** A hash of the whole story's content: changes whenever any content changes. */
	version: string;
	/** The build date (UTC, YYYY-MM-DD). */
	generated: string;
	site: string;
	fields: Field[];
}

const FIELDS: Record<Dataset, Field[]> = {
	actors: [
		{ name: 'id', type: 'string', description: 'Stable identifier.' },
		{ name: 'name', type: 'string', description: 'Name with diacritics.' },
		{ name: 'kind', type: 'string', description: 'person, organization or group.' },
		{ name: 'aliases', type: 'list', description: 'Other spellings and descriptions.' },
		{ name: 'role', type: 'string', description: 'Role as of the report.' },
		{
			name: 'summary',
			type: 'string',
			description: 'What the report says about the actor, in our words.',
		},
		{ name: 'claims', type: 'list', description: 'Ids of the claims supporting role and summary.' },
		{ name: 'url', type: 'string', description: 'The actor’s page.' },
	],
	relations: [
		{ name: 'id', type: 'string', description: 'Stable identifier.' },
		{ name: 'source', type: 'string', description: 'Actor id the tie starts from.' },
		{ name: 'target', type: 'string', description: 'Actor id the tie points to.' },
		{ name: 'type', type: 'string', description: 'Short type used for filtering.' },
		{ name: 'label', type: 'string', description: 'Reads as “source label target”.' },
		{ name: 'directed', type: 'boolean', description: 'Whether the tie has a direction.' },
		{ name: 'claims', type: 'list', description: 'Ids of the claims stating the tie.' },
		{
			name: 'attributions',
			type: 'list',
			description:
				'Every attribution among its claims, once each, in the vocabulary’s order; the claims dataset gives each claim’s own.',
		},
		{
			name: 'mixed_sourcing',
			type: 'boolean',
			description: 'Whether its claims are sourced differently (more than one attribution).',
		},
	],
	events: [
		{ name: 'id', type: 'string', description: 'Stable identifier.' },
		{ name: 'title', type: 'string', description: 'Short title.' },
		{
			name: 'date',
			type: 'date',
			description:
				'Date as the source states it (YYYY, YYYY-MM or YYYY-MM-DD), empty when it gives none.',
		},
		{
			name: 'date_precision',
			type: 'string',
			description: 'year, month or day; empty when undated.',
		},
		{ name: 'when', type: 'string', description: 'The timing in words, as the source gives it.' },
		{ name: 'after', type: 'list', description: 'Events this one came after, per the source.' },
		{ name: 'before', type: 'list', description: 'Events this one came before, per the source.' },
		{ name: 'phase', type: 'string', description: 'Phase of the story.' },
		{ name: 'span', type: 'boolean', description: 'A stretch of time rather than a moment.' },
		{
			name: 'flags',
			type: 'list',
			description: 'disputed (the stated date is in doubt), ongoing.',
		},
		{ name: 'actors', type: 'list', description: 'Actor ids involved.' },
		{ name: 'claims', type: 'list', description: 'Ids of the claims stating the event.' },
		{ name: 'url', type: 'string', description: 'The event on the timeline.' },
	],
	claims: [
		{ name: 'id', type: 'string', description: 'Stable identifier.' },
		{ name: 'statement', type: 'string', description: 'The claim in our words.' },
		{ name: 'source', type: 'string', description: 'Source id.' },
		{
			name: 'paragraphs',
			type: 'list',
			description: 'Paragraph numbers of the source (its non-empty lines).',
		},
		{ name: 'attribution', type: 'string', description: 'How the report sources the claim.' },
		{ name: 'attributed_to', type: 'list', description: 'Actor ids the report attributes it to.' },
		{ name: 'quote', type: 'string', description: 'A person’s words as quoted, verbatim.' },
		{ name: 'url', type: 'string', description: 'The claim on the evidence page.' },
	],
	sources: [
		{ name: 'id', type: 'string', description: 'Stable identifier.' },
		{ name: 'title', type: 'string', description: 'Descriptive title.' },
		{ name: 'publisher', type: 'string', description: 'Publisher, empty when unknown.' },
		{
			name: 'short',
			type: 'string',
			description: 'The short label citations give the source, e.g. “Report A”.',
		},
		{ name: 'kind', type: 'string', description: 'Kind of document.' },
		{
			name: 'paragraph_count',
			type: 'integer',
			description: 'Number of paragraphs (non-empty lines).',
		},
		{ name: 'url', type: 'string', description: 'Our paragraph-by-paragraph digest.' },
	],
};

const DESCRIPTIONS: Record<Dataset, string> = {
	actors: 'People, organizations and groups in the story.',
	relations: 'Ties between two actors that the source states.',
	events: 'Events, dated only as precisely as the source allows.',
	claims: 'Atomic statements taken from the source, with paragraph numbers and attribution.',
	sources: 'The reports the story is built from.',
};

/** Builds the rows of every dataset. URLs are absolute when `site` is given. */
export function buildDatasets(story: Story, site?: URL): Record<Dataset, Row[]> {
	const abs = (path: string) => (site ? new URL(path, site).href : path);
	return {
		actors: story.actorList.map(({ id, data }) => ({
			id,
			name: data.name,
			kind: data.kind,
			aliases: data.aliases,
			role: data.role,
			summary: data.summary,
			claims: data.claims,
			url: abs(urls.actor(id)),
		})),
		relations: [...story.relations.values()].map(({ id, data }) => ({
			id,
			source: data.source,
			target: data.target,
			type: data.type,
			label: data.label,
			directed: data.directed,
			claims: data.claims,
			...sourcingOf(story.attributionsOf(data)),
		})),
		events: story.eventList.map(({ id, data }) => ({
			id,
			title: data.title,
			date: data.date ?? null,
			date_precision: data.date === undefined ? null : datePrecision(data.date),
			when: data.when ?? null,
			after: data.after,
			before: data.before,
			phase: data.phase ?? null,
			span: data.span,
			flags: data.flags,
			actors: data.actors,
			claims: data.claims,
			url: abs(urls.timeline(id)),
		})),
		claims: [...story.claims.values()].map(({ id, data }) => ({
			id,
			statement: data.statement,
			source: data.source,
			paragraphs: data.paragraphs,
			attribution: data.attribution,
			attributed_to: data.attributedTo,
			quote: data.quote ?? null,
			url: abs(urls.evidence(id)),
		})),
		sources: story.sourceList.map(({ id, data }) => ({
			id,
			title: data.title,
			publisher: data.publisher ?? null,
			short: story.sourceLabel(id),
			kind: data.kind,
			paragraph_count: data.paragraphCount,
			url: abs(urls.source(id)),
		})),
	};
}

/** A relation's sourcing columns: every attribution it rests on, and whether they differ. */
function sourcingOf(attributions: readonly string[]) {
	return { attributions, mixed_sourcing: attributions.length > 1 };
}

/** A short hash of everything in the story, so each export names the content it came from. */
export function storyVersion(story: Story): string {
	const hash = createHash('sha256');
	for (const map of [
		story.sources,
		story.claims,
		story.actors,
		story.relations,
		story.events,
		story.phases,
	])
		for (const [id, entry] of [...map.entries()].sort(([a], [b]) => a.localeCompare(b)))
			hash.update(`${id}\u0000${JSON.stringify(entry.data)}\u0000`);
	hash.update(JSON.stringify(story.site));
	return hash.digest('hex').slice(0, 12);
}

/** The self-description every exported file carries. */
export function describeExport(
	story: Story,
	dataset: Dataset | 'network',
	options: { generated: Date; site?: URL },
): ExportMeta {
	const abs = (path: string) => (options.site ? new URL(path, options.site).href : path);
	return {
		dataset,
		title: `${story.site.title}: ${dataset}`,
		description:
			dataset === 'network' ? 'Actors and the ties between them.' : DESCRIPTIONS[dataset],
		sources: story.sourceList.map(({ id, data }) => ({
			id,
			title: data.title,
			publisher: data.publisher ?? null,
			short: story.sourceLabel(id),
			url: abs(urls.source(id)),
		})),
		version: storyVersion(story),
		generated: options.generated.toISOString().slice(0, 10),
		site: abs(urls.home()),
		fields: dataset === 'network' ? [] : FIELDS[dataset],
	};
}

/** A dataset as a JSON document: `{ meta, data }`. */
export function toJson(meta: ExportMeta, rows: Row[]): string {
	return `${JSON.stringify({ meta, data: rows }, null, 2)}\n`;
}

/**
 * A cell that spreadsheets read as text, never as a formula: one starting with `= + - @`, a tab
 * or a line break (or their full-width forms) gets a leading apostrophe, as OWASP advises
 * against CSV injection. Plain numbers stay numbers.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
export function spreadsheetSafe(cell: string): string {
	if (/^[-+]?\d+(?:\.\d+)?$/.test(cell)) return cell;
	return /^[=+\-@\t\r\n＝＋－＠]/.test(cell) ? `'${cell}` : cell;
}

/**
 * A dataset as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel keeps
 * diacritics), a header row, lists joined with "; ", and two trailing columns naming the
 * source ids and the version, so the file carries its provenance on every row.
 */
export function toCsv(meta: ExportMeta, rows: Row[]): string {
	const columns = [...meta.fields.map((f) => f.name), 'sources', 'version'];
	const sources = meta.sources.map((s) => s.id).join('; ');
	const records = rows.map((row) => [
		...meta.fields.map((f) => {
			const value = row[f.name];
			if (value === null || value === undefined) return '';
			return spreadsheetSafe(Array.isArray(value) ? value.join('; ') : String(value));
		}),
		sources,
		meta.version,
	]);
	return `\uFEFF${stringify(records, { header: true, columns, record_delimiter: 'windows' })}`;
}

const xml = (text: string) =>
	text.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
	);

/** The network as GEXF 1.3 for Gephi: actors as nodes, relations as edges, with attributes. */
export function toGexf(story: Story, meta: ExportMeta): string {
	const nodes = story.actorList
		.map(
			({ id, data }) =>
				`      <node id="${xml(id)}" label="${xml(data.name)}">\n        <attvalues>\n          <attvalue for="kind" value="${xml(data.kind)}"/>\n          <attvalue for="role" value="${xml(data.role)}"/>\n        </attvalues>\n      </node>`,
		)
		.join('\n');
	const edges = [...story.relations.values()]
		.map(({ id, data }) => {
			const { attributions, mixed_sourcing } = sourcingOf(story.attributionsOf(data));
			return `      <edge id="${xml(id)}" source="${xml(data.source)}" target="${xml(data.target)}" type="${data.directed ? 'directed' : 'undirected'}" label="${xml(data.label)}">\n        <attvalues>\n          <attvalue for="type" value="${xml(data.type)}"/>\n          <attvalue for="attributions" value="${xml(attributions.join('; '))}"/>\n          <attvalue for="mixed_sourcing" value="${String(mixed_sourcing)}"/>\n          <attvalue for="claims" value="${xml(data.claims.join(' '))}"/>\n        </attvalues>\n      </edge>`;
		})
		.join('\n');
	const sources = meta.sources.map((s) => s.title).join('; ');
	return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta lastmodifieddate="${meta.generated}">
    <creator>${xml(meta.site)}</creator>
    <description>${xml(`${meta.title}. ${meta.sources.length === 1 ? 'Source' : 'Sources'}: ${sources}. Version ${meta.version}.`)}</description>
  </meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="role" title="role" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="type" title="type" type="string"/>
      <attribute id="attributions" title="attributions" type="string"/>
      <attribute id="mixed_sourcing" title="mixed_sourcing" type="boolean"/>
      <attribute id="claims" title="claims" type="string"/>
    </attributes>
    <nodes>
${nodes}
    </nodes>
    <edges>
${edges}
    </edges>
  </graph>
</gexf>
`;
}
