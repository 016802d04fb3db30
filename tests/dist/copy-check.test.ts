import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	buildFingerprint,
	hashRun,
	listRuns,
	normaliseWords,
	type Fingerprint,
} from '../../scripts/fingerprint.mjs';
import { contentDir } from '../../src/content-io/collections';
import { readContent } from '../../src/content-io/read-content';
import { DIST } from '../support/paths';

// PRODUCT.md editorial rule 1: no run of 8 consecutive words of a report appears anywhere on the
// site, quotations of people excepted. The reports themselves are not in the repository; each is
// represented by content/fingerprints/<source-id>.json, the hashes of its normalised 8-word runs
// (written by scripts/fingerprint.mjs).

/** Fingerprints grouped by run length, so a page is hashed once per length. */
type FingerprintIndex = Map<number, Map<string, string>>;

/** One copied run found in a file. */
interface Hit {
	file: string;
	source: string;
	run: string;
}

/** Indexes fingerprints by run length, then hash → source id. */
function indexFingerprints(fingerprints: readonly Fingerprint[]): FingerprintIndex {
	const index: FingerprintIndex = new Map();
	for (const f of fingerprints) {
		const byHash = index.get(f.n) ?? new Map<string, string>();
		for (const h of f.hashes) byHash.set(h, f.source);
		index.set(f.n, byHash);
	}
	return index;
}

/** Lists the runs of `text` whose hash is in a fingerprint, with the source they repeat. */
function findCopiedRuns(text: string, index: FingerprintIndex, file: string): Hit[] {
	const words = normaliseWords(text);
	const hits: Hit[] = [];
	for (const [n, byHash] of index) {
		let coveredUntil = -1;
		for (const run of listRuns(words, n)) {
			const source = byHash.get(hashRun(run.words));
			// Report an overlapping chain of copied runs once, by its first run.
			if (source !== undefined && run.index > coveredUntil)
				hits.push({ file, source, run: run.words.join(' ') });
			if (source !== undefined) coveredUntil = run.index + n - 1;
		}
	}
	return hits;
}

/**
 * The text a reader gets from a page: title, meta description, body text and the labels
 * assistive technology reads out. Scripts, styles and quotations of people (`<q>`,
 * `<blockquote>`, `.quote`) are removed first.
 */
function visibleText(html: string): string {
	const $ = load(html);
	$('script, style, noscript, template, q, blockquote, .quote').remove();
	const labels = $('[aria-label], [title], img[alt]')
		.toArray()
		.flatMap((el) => [$(el).attr('aria-label'), $(el).attr('title'), $(el).attr('alt')])
		.filter((v): v is string => v !== undefined);
	const description = $('meta[name="description"]').attr('content') ?? '';
	const title = $('title').text();
	// Without a space after each element, "</dt><dd>" would glue two words into one.
	$('body *').after(' ');
	return [title, description, $('body').text(), ...labels].join(' \n ');
}

/** Every string in a parsed JSON or YAML value, except under keys named `quote`. */
function collectStrings(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
	else if (value !== null && typeof value === 'object')
		for (const [key, v] of Object.entries(value)) if (key !== 'quote') collectStrings(v, out);
	return out;
}

/** Lists files under `dir` (recursively) whose names end with one of `extensions`. */
function listFiles(dir: string, extensions: readonly string[], skip: readonly string[] = []) {
	if (!existsSync(dir)) return [];
	const files: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const file = path.join(dir, name);
		if (statSync(file).isDirectory()) {
			if (!skip.includes(name)) files.push(...listFiles(file, extensions, skip));
		} else if (extensions.some((ext) => name.endsWith(ext))) files.push(file);
	}
	return files;
}

/** Formats hits for a failure message, one per line. */
const describeHits = (hits: readonly Hit[]) =>
	hits.map((h) => `${path.relative(process.cwd(), h.file)}: "${h.run}" (${h.source})`);

describe('the copy checker itself', () => {
	const made =
		'The harbour pilot guided seven grain ships past the breakwater before dawn on Tuesday.';
	const index = indexFingerprints([buildFingerprint(made, 'made-up')]);
	const page = (body: string) =>
		`<!doctype html><html><head><title>Test</title></head><body><main>${body}</main></body></html>`;
	const check = (body: string) => findCopiedRuns(visibleText(page(body)), index, 'page.html');

	it('catches 8 words of a report planted in a page', () => {
		const hits = check(
			'<p>Witnesses said the harbour pilot guided seven grain ships past the breakwater.</p>',
		);
		expect(hits.map((h) => h.run)).toEqual(['the harbour pilot guided seven grain ships past']);
		expect(hits[0]?.source).toBe('made-up');
	});

	it('catches a run whatever its case, accents, punctuation or markup', () => {
		const hits = check(
			'<p>HARBOUR <a href="#">Pílot</a>, guided — seven <em>grain</em> ships past the breakwater</p>',
		);
		expect(hits).toHaveLength(1);
	});

	it('catches a run in a label read by assistive technology', () => {
		const hits = check(
			'<a href="#" aria-label="pilot guided seven grain ships past the breakwater">x</a>',
		);
		expect(hits).toHaveLength(1);
	});

	it('lets 7 words through, and a run broken by one changed word', () => {
		expect(check('<p>pilot guided seven grain ships past the harbour wall</p>')).toEqual([]);
		expect(check('<p>the harbour pilot steered seven grain ships past the breakwater</p>')).toEqual(
			[],
		);
	});

	it('lets quotations of people through, and ignores scripts', () => {
		const run = 'the harbour pilot guided seven grain ships past the breakwater';
		expect(check(`<p>She said: <q>${run}</q></p>`)).toEqual([]);
		expect(check(`<blockquote><p>${run}</p></blockquote>`)).toEqual([]);
		expect(check(`<p>He said <span class="quote">“${run}”</span></p>`)).toEqual([]);
		expect(check(`<script>const s = "${run}";</script>`)).toEqual([]);
	});

	it('skips quoted words in data, and only those', () => {
		const data = { statement: 'A statement.', quote: made, note: `Also ${made}` };
		const text = collectStrings(data).join('\n');
		expect(findCopiedRuns(text, index, 'data.json')).toHaveLength(1);
	});
});

describe('the built site repeats no run of a report outside quotations', () => {
	let index: FingerprintIndex;
	let fingerprints: Fingerprint[];
	let quotes: string[];

	beforeAll(() => {
		expect(
			existsSync(path.join(DIST, 'index.html')),
			`no build in ${DIST}: run npm run build`,
		).toBe(true);
		const dir = path.join(contentDir(), 'fingerprints');
		fingerprints = listFiles(dir, ['.json']).map(
			(file) => JSON.parse(readFileSync(file, 'utf8')) as Fingerprint,
		);
		index = indexFingerprints(fingerprints);
		const { story } = readContent(contentDir());
		quotes = (story?.claims ?? []).flatMap((c) => (c.data.quote ? [c.data.quote] : []));
	});

	it('has a fingerprint of 8-word runs for every source', () => {
		const { story } = readContent(contentDir());
		const sources = (story?.sources ?? []).map((s) => s.id).sort();
		expect(sources.length).toBeGreaterThan(0);
		expect(fingerprints.map((f) => f.source).sort()).toEqual(sources);
		for (const f of fingerprints) {
			expect(f.n).toBe(8);
			expect(f.hashes.length).toBeGreaterThan(0);
			expect(f.hashes).toEqual([...f.hashes].sort());
		}
	});

	it('in the visible text of every HTML page', () => {
		const pages = listFiles(DIST, ['.html'], ['pagefind', '_astro']);
		expect(pages.length).toBeGreaterThan(5);
		const hits = pages.flatMap((file) =>
			findCopiedRuns(visibleText(readFileSync(file, 'utf8')), index, file),
		);
		expect(describeHits(hits)).toEqual([]);
	});

	it('in the built data files under dist/data/, if any', () => {
		const files = listFiles(path.join(DIST, 'data'), ['.json', '.csv', '.gexf', '.xml', '.txt']);
		const hits = files.flatMap((file) => {
			const raw = readFileSync(file, 'utf8');
			let text: string;
			if (file.endsWith('.json')) text = collectStrings(JSON.parse(raw)).join('\n');
			else {
				// Quoted words sit in a column or attribute here: remove each known quotation.
				text = quotes.reduce((t, q) => t.split(q).join(' '), raw).replace(/<[^>]*>/g, ' ');
			}
			return findCopiedRuns(text, index, file);
		});
		expect(describeHits(hits)).toEqual([]);
	});

	it('in the content files themselves', () => {
		const files = listFiles(contentDir(), ['.yaml', '.yml', '.md', '.mdx'], ['fingerprints']);
		expect(files.length).toBeGreaterThan(0);
		const hits = files.flatMap((file) => {
			const raw = readFileSync(file, 'utf8');
			const text = /\.mdx?$/.test(file)
				? raw.replace(/<q>[\s\S]*?<\/q>/g, ' ').replace(/<[^>]*>/g, ' ')
				: collectStrings(parse(raw)).join('\n');
			return findCopiedRuns(text, index, file);
		});
		expect(describeHits(hits)).toEqual([]);
	});
});
