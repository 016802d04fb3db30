import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../content-io/read-content';
import { validStoryFiles, writeStory } from '../../content-io/test-story';
import {
	DATASETS,
	buildDatasets,
	describeExport,
	storyVersion,
	spreadsheetSafe,
	toCsv,
	toGexf,
	toJson,
} from './exports';
import { buildStory } from '../content/story';
import { createI18n } from '../../i18n';

const i18n = createI18n('en');

function story(changes: Record<string, string> = {}) {
	const dir = writeStory({ ...validStoryFiles(), ...changes });
	const { story: input, problems } = readContent(dir, dir);
	if (!input) throw new Error(problems.map((p) => p.message).join('\n'));
	return buildStory(input);
}

const generated = new Date('2026-01-02T03:04:05Z');
const site = new URL('https://example.test/');

describe('data exports', () => {
	it('gives every dataset exactly its documented fields, with the product’s required ones', () => {
		const s = story();
		const rows = buildDatasets(s, site);
		const required = {
			actors: ['id', 'name', 'kind', 'aliases', 'summary', 'url'],
			relations: ['id', 'source', 'target', 'type', 'label', 'directed', 'claims'],
			events: ['id', 'title', 'date', 'actors', 'claims', 'url'],
			claims: ['id', 'statement', 'source', 'paragraphs', 'attribution'],
			sources: ['id', 'title'],
		};
		for (const dataset of DATASETS) {
			const fields = describeExport(s, dataset, { generated, i18n }).fields.map((f) => f.name);
			expect(fields).toEqual(expect.arrayContaining(required[dataset]));
			for (const row of rows[dataset]) expect(Object.keys(row)).toEqual(fields);
		}
		expect(rows.actors.find((a) => a.id === 'a')?.url).toBe('https://example.test/actors/a/');
	});

	it('exports every attribution a relation rests on, in JSON, CSV and GEXF, never only the strongest', () => {
		const s = story({
			'claims/c-single.yaml':
				'statement: One source says A talked with B.\nsource: report\nparagraphs: [2]\nattribution: single-unnamed-source\n',
			'relations/a-b.yaml':
				'source: a\ntarget: b\ntype: talks\nlabel: talked with\nclaims: [c-single, c-event]\n',
		});
		const row = buildDatasets(s).relations.find((r) => r.id === 'a-b');
		expect(row).toMatchObject({
			attributions: ['report-assessment', 'single-unnamed-source'],
			mixed_sourcing: true,
		});
		expect(row).not.toHaveProperty('attribution');
		const csv = toCsv(
			describeExport(s, 'relations', { generated, i18n }),
			buildDatasets(s).relations,
		);
		expect(csv).toContain('report-assessment; single-unnamed-source,true,');
		const gexf = cheerio.load(toGexf(s, describeExport(s, 'network', { generated, i18n }), i18n), {
			xml: true,
		});
		expect(gexf('edge[id="a-b"] attvalue[for="attributions"]').attr('value')).toBe(
			'report-assessment; single-unnamed-source',
		);
		expect(gexf('edge[id="a-b"] attvalue[for="mixed_sourcing"]').attr('value')).toBe('true');
		expect(gexf('attribute[id="attributions"]')).toHaveLength(1);
		const single = buildDatasets(story()).relations.find((r) => r.id === 'a-b');
		expect(single).toMatchObject({
			attributions: ['multiple-unnamed-sources'],
			mixed_sourcing: false,
		});
	});

	it('writes JSON that carries its source and version', () => {
		const s = story();
		const meta = describeExport(s, 'claims', { generated, site, i18n });
		const doc = JSON.parse(toJson(meta, buildDatasets(s).claims)) as {
			meta: typeof meta;
			data: unknown[];
		};
		expect(doc.meta.sources).toEqual([
			{
				id: 'report',
				title: 'A report',
				publisher: null,
				short: 'Report',
				url: 'https://example.test/sources/report/',
			},
		]);
		expect(doc.meta.version).toMatch(/^[0-9a-f]{12}$/);
		expect(doc.meta.generated).toBe('2026-01-02');
		expect(doc.data).toHaveLength(2);
	});

	it('writes CSV with a byte-order mark, intact diacritics, quoted commas and provenance columns', () => {
		const s = story({
			'actors/a.yaml':
				'name: Ána, "the first"\nkind: person\naliases: [Ana, A]\nrole: R\nsummary: S.\nclaims: [c-talks]\n',
		});
		const meta = describeExport(s, 'actors', { generated, i18n });
		const csv = toCsv(meta, buildDatasets(s).actors);
		expect(
			csv.startsWith('\uFEFFid,name,kind,aliases,role,summary,claims,url,sources,version\r\n'),
		).toBe(true);
		expect(csv).toContain('a,"Ána, ""the first""",person,Ana; A,');
		expect(csv.trimEnd().split('\r\n').at(-1)).toMatch(/,report,[0-9a-f]{12}$/);
	});

	it('writes cells that start like a formula as text', () => {
		for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x', '＝1'])
			expect(spreadsheetSafe(bad), JSON.stringify(bad)).toBe(`'${bad}`);
		for (const fine of ['12', '-3', '+4.5', 'Ána', '', 'a=b', ' =x'])
			expect(spreadsheetSafe(fine)).toBe(fine);
		const s = story({
			'actors/a.yaml':
				'name: "=HYPERLINK(\\"http://x.test\\")"\nkind: person\naliases: ["@a", "+b"]\nrole: "-1+2"\nsummary: S.\nclaims: [c-talks]\n',
		});
		const csv = toCsv(describeExport(s, 'actors', { generated, i18n }), buildDatasets(s).actors);
		expect(csv).toContain(`a,"'=HYPERLINK(""http://x.test"")",person,'@a; +b,'-1+2,`);
	});

	it('changes the version when any content changes, and only then', () => {
		expect(storyVersion(story())).toBe(storyVersion(story()));
		const changed = story({ 'phases/one.yaml': 'title: One\nsummary: Changed.\norder: 1\n' });
		expect(storyVersion(changed)).not.toBe(storyVersion(story()));
	});

	it('writes GEXF that parses, with every actor and relation, and escapes markup', () => {
		const s = story({
			'actors/b.yaml':
				'name: <b>Bee</b> & "Co"\nkind: group\nrole: R\nsummary: S.\nclaims: [c-talks]\n',
		});
		const gexf = toGexf(s, describeExport(s, 'network', { generated, i18n }), i18n);
		const $ = cheerio.load(gexf, { xml: true });
		expect($('node').length).toBe(2);
		expect($('edge').length).toBe(1);
		expect($('node[id="b"]').attr('label')).toBe('<b>Bee</b> & "Co"');
		expect($('b').length).toBe(0);
		expect($('edge').attr('type')).toBe('directed');
	});

	it('describes itself in the edition’s language and names that language', () => {
		const meta = describeExport(story(), 'actors', { generated, i18n: createI18n('es') });
		expect(meta.language).toBe('es');
		expect(meta.description).toBe('Personas, organizaciones y grupos de la historia.');
		expect(meta.fields.find((f) => f.name === 'role')?.description).toBe(
			'Cargo o papel según el informe.',
		);
	});
});
