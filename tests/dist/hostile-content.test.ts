import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { validStoryFiles, writeStory } from '../../src/content-io/test-story';
import { checkAtom, parseXml } from '../support/atom';
import { inlineScriptHashes } from '../../src/lib/site/inline-scripts';
import { recordHeld } from '../support/adversarial';

/**
 * Builds a story whose names, titles and statements carry markup and script, and proves
 * every page and export shows them as text: no element, attribute or script comes from
 * content.
 */
const EVIL = `<img src=x onerror="alert(1)"><script>alert(2)</script>"'&`;
/** Markup that would stop the build if read as a real element (the header policy allows no inline style). */
const STYLE = `<style>*{color:red}</style><script>alert(3)</script>`;
const yamlString = JSON.stringify(EVIL); // a JSON string is a valid YAML string

let out = '';
const files: string[] = [];

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

beforeAll(() => {
	const base = validStoryFiles();
	const dir = writeStory({
		...base,
		'actors/b.yaml': `name: ${JSON.stringify(STYLE)}\nkind: group\nrole: ${JSON.stringify(STYLE)}\nsummary: S.\nclaims: [c-talks]\n`,
		'actors/a.yaml': `name: ${yamlString}\nkind: person\naliases: [${yamlString}]\nrole: ${yamlString}\nsummary: ${yamlString}\nclaims: [c-talks]\n`,
		'claims/c-talks.yaml': `statement: ${yamlString}\nsource: report\nparagraphs: [1]\nattribution: multiple-unnamed-sources\nquote: ${yamlString}\n`,
		'events/first.yaml': `title: ${yamlString}\nsummary: ${yamlString}\ndate: '2020'\nphase: one\nactors: [a]\nclaims: [c-event]\n`,
		'relations/a-b.yaml': `source: a\ntarget: b\ntype: talks\nlabel: ${yamlString}\nclaims: [c-talks]\n`,
		'sources/report.yaml': `title: ${yamlString}\nparagraphCount: 2\nparagraphs: [${yamlString}, Second.]\n`,
		// A control character XML cannot hold, too: the feed must stay well-formed.
		'corrections/evil.yaml': `date: '2026-01-02'\nsummary: ${yamlString}\nchanged: ${JSON.stringify(`${EVIL}\u0007]]>`)}\nwhy: ${yamlString}\naffects:\n  claims: [c-talks]\n`,
	});
	out = path.join(mkdtempSync(path.join(tmpdir(), 'hostile-')), 'dist');
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		env: { ...process.env, EXPLAINER_CONTENT_DIR: dir, DIST_DIR: out },
		encoding: 'utf8',
		timeout: 180_000,
	});
	if (result.status !== 0) throw new Error(result.stdout + result.stderr);
	files.push(...walk(out));
}, 240_000);

describe('hostile content', () => {
	it('creates no element, script or handler on any page', () => {
		const pages = files.filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(5);
		for (const file of pages) {
			const $ = cheerio.load(readFileSync(file, 'utf8'));
			const where = path.relative(out, file);
			expect($('img[src="x"]').length, where).toBe(0);
			expect($('[onerror]').length, where).toBe(0);
			$('script').each((_, el) => {
				const text = $(el).text();
				if ($(el).attr('type') === 'application/ld+json') {
					// Structured data: content as JSON strings, nothing that could close the block.
					expect(text, where).not.toMatch(/[<>]/);
					expect(() => JSON.parse(text) as unknown, where).not.toThrow();
					return;
				}
				expect(text, where).not.toContain('alert(');
			});
		}
		recordHeld('dist', 'hostile content builds', 'pages', pages.length);
	});

	it('shows the markup as text where the content appears', () => {
		const $ = cheerio.load(readFileSync(path.join(out, 'actors/a/index.html'), 'utf8'));
		expect($('h1').text()).toBe(EVIL);
		// In structured data and share tags too, as the very same text.
		const data = JSON.parse($('script[type="application/ld+json"]').text()) as { name?: string };
		expect(data.name).toBe(EVIL);
		expect($('meta[property="og:title"]').attr('content')).toBe(EVIL);
		const evidence = cheerio.load(readFileSync(path.join(out, 'evidence/index.html'), 'utf8'));
		expect(evidence('main').text()).toContain(EVIL);
	});

	it('keeps the markup inert in every data export', () => {
		const json = JSON.parse(readFileSync(path.join(out, 'data/actors.json'), 'utf8')) as {
			data: { id: string; name: string }[];
		};
		expect(json.data.find((a) => a.id === 'a')?.name).toBe(EVIL);
		const gexf = cheerio.load(readFileSync(path.join(out, 'data/network.gexf'), 'utf8'), {
			xml: true,
		});
		expect(gexf('node[id="a"]').attr('label')).toBe(EVIL);
		expect(gexf('img').length).toBe(0);
		const csv = readFileSync(path.join(out, 'data/actors.csv'), 'utf8');
		expect(csv).toContain(`"${EVIL.replace(/"/g, '""')}"`);
		recordHeld('dist', 'hostile content builds', 'exports', 3);
	});

	it('adds no hash from content to the header policy: only the kit’s own inline scripts', () => {
		const policies = [
			...readFileSync(path.join(out, '_headers'), 'utf8').matchAll(
				/Content-Security-Policy: (.*)/g,
			),
		].map((m) => m[1] ?? '');
		expect(policies.length).toBeGreaterThan(3);
		for (const policy of policies) {
			const hashes = [...policy.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]).sort();
			expect(hashes).toEqual(inlineScriptHashes());
		}
		recordHeld('dist', 'hostile content builds', 'csp hashes', policies.length);
	});

	it('keeps the corrections feed well-formed Atom, with the markup as text', () => {
		const feed = parseXml(readFileSync(path.join(out, 'corrections.xml'), 'utf8'));
		expect(checkAtom(feed)).toEqual([]);
		const entry = feed.children.find((c) => c.name === 'entry');
		expect(entry?.children.find((c) => c.name === 'title')?.text).toBe(EVIL);
		expect(entry?.children.find((c) => c.name === 'content')?.text).toContain(`${EVIL}]]>`);
		const $ = cheerio.load(readFileSync(path.join(out, 'corrections/index.html'), 'utf8'));
		expect($('.corrections-log h2').text()).toBe(EVIL);
		const note = cheerio.load(readFileSync(path.join(out, 'evidence/index.html'), 'utf8'));
		expect(note('.correction-note li').text()).toContain(EVIL);
	});

	it('writes SVG files, if any, with the markup escaped', () => {
		const svgs = files.filter((f) => f.endsWith('.svg'));
		for (const file of svgs) {
			const $ = cheerio.load(readFileSync(file, 'utf8'), { xml: true });
			expect($('script').length, path.relative(out, file)).toBe(0);
			expect($('img').length).toBe(0);
			expect($('style').length).toBe(0);
		}
		recordHeld('dist', 'hostile content builds', 'chart files', svgs.length);
	});
});
