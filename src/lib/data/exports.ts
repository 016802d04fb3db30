import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { datePrecision } from '../time/dates';
import type { Story } from '../content/story';
import type { I18n, MessageKey } from '../../i18n';

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
	/** The language of the file's text fields (a BCP 47 tag): each edition has its own files. */
	language: string;
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

/** A column before its description is put in the edition's language. */
interface FieldDef {
	name: string;
	type: Field['type'];
	key: MessageKey;
}

const f = (name: string, type: Field['type'], key: MessageKey): FieldDef => ({ name, type, key });
const ID = f('id', 'string', 'data.field.id');

const FIELDS: Record<Dataset, FieldDef[]> = {
	actors: [
		ID,
		f('name', 'string', 'data.field.actor.name'),
		f('kind', 'string', 'data.field.actor.kind'),
		f('aliases', 'list', 'data.field.actor.aliases'),
		f('role', 'string', 'data.field.actor.role'),
		f('summary', 'string', 'data.field.actor.summary'),
		f('claims', 'list', 'data.field.actor.claims'),
		f('url', 'string', 'data.field.actor.url'),
	],
	relations: [
		ID,
		f('source', 'string', 'data.field.relation.source'),
		f('target', 'string', 'data.field.relation.target'),
		f('type', 'string', 'data.field.relation.type'),
		f('label', 'string', 'data.field.relation.label'),
		f('directed', 'boolean', 'data.field.relation.directed'),
		f('claims', 'list', 'data.field.relation.claims'),
		f('attributions', 'list', 'data.field.relation.attributions'),
		f('mixed_sourcing', 'boolean', 'data.field.relation.mixedSourcing'),
	],
	events: [
		ID,
		f('title', 'string', 'data.field.event.title'),
		f('date', 'date', 'data.field.event.date'),
		f('date_precision', 'string', 'data.field.event.datePrecision'),
		f('when', 'string', 'data.field.event.when'),
		f('after', 'list', 'data.field.event.after'),
		f('before', 'list', 'data.field.event.before'),
		f('phase', 'string', 'data.field.event.phase'),
		f('span', 'boolean', 'data.field.event.span'),
		f('flags', 'list', 'data.field.event.flags'),
		f('actors', 'list', 'data.field.event.actors'),
		f('claims', 'list', 'data.field.event.claims'),
		f('url', 'string', 'data.field.event.url'),
	],
	claims: [
		ID,
		f('statement', 'string', 'data.field.claim.statement'),
		f('source', 'string', 'data.field.claim.source'),
		f('paragraphs', 'list', 'data.field.claim.paragraphs'),
		f('attribution', 'string', 'data.field.claim.attribution'),
		f('attributed_to', 'list', 'data.field.claim.attributedTo'),
		f('quote', 'string', 'data.field.claim.quote'),
		f('url', 'string', 'data.field.claim.url'),
	],
	sources: [
		ID,
		f('title', 'string', 'data.field.source.title'),
		f('publisher', 'string', 'data.field.source.publisher'),
		f('short', 'string', 'data.field.source.short'),
		f('kind', 'string', 'data.field.source.kind'),
		f('paragraph_count', 'integer', 'data.field.source.paragraphCount'),
		f('url', 'string', 'data.field.source.url'),
	],
};

/** A dataset's columns in an edition: another language's claims carry our quote translations. */
function fieldsOf(story: Story, dataset: Dataset): FieldDef[] {
	if (dataset !== 'claims' || story.lang === story.site.lang) return FIELDS[dataset];
	const at = FIELDS.claims.findIndex((f) => f.name === 'quote') + 1;
	return [
		...FIELDS.claims.slice(0, at),
		f('quote_translation', 'string', 'data.field.claim.quoteTranslation'),
		...FIELDS.claims.slice(at),
	];
}

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
			url: abs(story.urls.actor(id)),
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
			url: abs(story.urls.timeline(id)),
		})),
		claims: [...story.claims.values()].map(({ id, data }) => ({
			id,
			statement: data.statement,
			source: data.source,
			paragraphs: data.paragraphs,
			attribution: data.attribution,
			attributed_to: data.attributedTo,
			quote: data.quote ?? null,
			// In an edition in another language: our translation of the quotation, beside it.
			...(story.lang === story.site.lang
				? {}
				: { quote_translation: story.quoteOf(id)?.translation ?? null }),
			url: abs(story.urls.evidence(id)),
		})),
		sources: story.sourceList.map(({ id, data }) => ({
			id,
			title: data.title,
			publisher: data.publisher ?? null,
			short: story.sourceLabel(id),
			kind: data.kind,
			paragraph_count: data.paragraphCount,
			url: abs(story.urls.source(id)),
		})),
	};
}

/** A relation's sourcing columns: every attribution it rests on, and whether they differ. */
function sourcingOf(attributions: readonly string[]) {
	return { attributions, mixed_sourcing: attributions.length > 1 };
}

const versions = new WeakMap<Story, string>();

/**
 * A short hash of everything in the story, so each export names the content it came from.
 * Hashed once per story: every embed page and data file asks.
 */
export function storyVersion(story: Story): string {
	const known = versions.get(story);
	if (known !== undefined) return known;
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
	const version = hash.digest('hex').slice(0, 12);
	versions.set(story, version);
	return version;
}

/** The self-description every exported file carries. */
export function describeExport(
	story: Story,
	dataset: Dataset | 'network',
	options: { generated: Date; site?: URL; i18n: I18n },
): ExportMeta {
	const abs = (path: string) => (options.site ? new URL(path, options.site).href : path);
	const { t } = options.i18n;
	return {
		dataset,
		language: options.i18n.lang,
		title: `${story.site.title}: ${t(`data.name.${dataset}`)}`,
		description: t(`data.set.${dataset}`),
		sources: story.sourceList.map(({ id, data }) => ({
			id,
			title: data.title,
			publisher: data.publisher ?? null,
			short: story.sourceLabel(id),
			url: abs(story.urls.source(id)),
		})),
		version: storyVersion(story),
		generated: options.generated.toISOString().slice(0, 10),
		site: abs(story.urls.home()),
		fields:
			dataset === 'network'
				? []
				: fieldsOf(story, dataset).map(({ name, type, key }) => ({
						name,
						type,
						description: t(key),
					})),
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
export function toGexf(story: Story, meta: ExportMeta, i18n: I18n): string {
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
    <description>${xml(i18n.t('data.gexfDescription', { title: meta.title, sources, version: meta.version, count: meta.sources.length }))}</description>
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
