import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/lib/data/exports';
import { DIST } from '../support/paths';

const read = (name: string) => readFileSync(path.join(DIST, 'data', name), 'utf8');

interface JsonExport {
	meta: {
		sources: { id: string; title: string }[];
		version: string;
		generated: string;
		fields: { name: string }[];
	};
	data: Record<string, unknown>[];
}

describe('/data/ downloads', () => {
	for (const dataset of DATASETS) {
		it(`${dataset}.json and ${dataset}.csv agree and carry source and version`, () => {
			const json = JSON.parse(read(`${dataset}.json`)) as JsonExport;
			expect(json.meta.sources.length).toBeGreaterThan(0);
			expect(json.meta.version).toMatch(/^[0-9a-f]{12}$/);
			expect(json.meta.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(json.data.length).toBeGreaterThan(0);
			const fields = json.meta.fields.map((f) => f.name);
			for (const row of json.data) expect(Object.keys(row)).toEqual(fields);

			const csv = read(`${dataset}.csv`);
			expect(csv.charCodeAt(0), 'UTF-8 byte-order mark').toBe(0xfeff);
			const lines = csv.slice(1).trimEnd().split('\r\n');
			expect(lines[0]).toBe([...fields, 'sources', 'version'].join(','));
			const ids = json.data.map((r) => String(r['id']));
			for (const id of ids) expect(lines.some((l) => l.startsWith(`${id},`))).toBe(true);
			expect(lines.at(-1)?.endsWith(`,${json.meta.version}`)).toBe(true);
		});
	}

	it('network.gexf lists every actor and relation', () => {
		const $ = cheerio.load(read('network.gexf'), { xml: true });
		const actors = (JSON.parse(read('actors.json')) as JsonExport).data;
		const relations = (JSON.parse(read('relations.json')) as JsonExport).data;
		expect($('node').length).toBe(actors.length);
		expect($('edge').length).toBe(relations.length);
	});

	it('the data page links every file', () => {
		const $ = cheerio.load(readFileSync(path.join(DIST, 'data', 'index.html'), 'utf8'));
		const links = $('a[download]')
			.map((_, a) => path.basename($(a).attr('href') ?? ''))
			.get();
		expect(links.sort()).toEqual(
			[...DATASETS.flatMap((d) => [`${d}.csv`, `${d}.json`]), 'network.gexf'].sort(),
		);
	});

	it('each download reads "FORMAT (size)", a space between the link and its size', () => {
		const $ = cheerio.load(readFileSync(path.join(DIST, 'data', 'index.html'), 'utf8'));
		$('.visually-hidden').remove();
		const cells = $('a[download]')
			.parent()
			// Only the breaking spaces are folded: a size keeps its no-break space, so it never wraps.
			.map((_, td) =>
				$(td)
					.text()
					.replace(/[ \t\r\n]+/g, ' ')
					.trim(),
			)
			.get();
		expect(cells.length).toBe(DATASETS.length + 1);
		for (const cell of cells)
			expect(cell).toMatch(/^(?:(?:JSON|CSV|GEXF) \(\d+\u00a0KB\)(?: · |$))+$/);
	});
});
