import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validStoryFiles, writeStory } from '../../src/content-io/test-story';

// `npm run build` on broken content: every author error in one run, each naming its file (and
// line) with a fix, printed as a plain list; and whatever fails, the previous site is left as it
// was, with no half-built folder beside it.

/** A folder holding a "previous site": two files whose presence proves it was not touched. */
function previousSite(): { dir: string; listing: () => string[] } {
	const parent = mkdtempSync(path.join(tmpdir(), 'dist-'));
	const dir = path.join(parent, 'site');
	mkdirSync(path.join(dir, 'about'), { recursive: true });
	writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>previous</title>');
	writeFileSync(path.join(dir, 'about', 'index.html'), 'previous');
	const listing = () => readdirSync(parent, { recursive: true, encoding: 'utf8' }).sort();
	return { dir, listing };
}

/** Runs the real build script on a story directory into `out`. */
function build(content: string, out: string) {
	const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
		env: { ...process.env, EXPLAINER_CONTENT_DIR: content, DIST_DIR: out },
		encoding: 'utf8',
		timeout: 240_000,
	});
	return { status: result.status, output: result.stdout + result.stderr };
}

describe('npm run build on broken content', () => {
	it('lists every author error at once, plainly, and leaves the previous site as it was', () => {
		const files = validStoryFiles();
		const dir = writeStory({
			...files,
			// Schema errors…
			'actors/b.yaml':
				'name: Bee Group\nkind: robot\nrole: Role B\nsummary: S.\nclaims: [c-talks]\n',
			// …and reference errors, in the same run.
			'relations/a-b.yaml': files['relations/a-b.yaml']?.replace('target: b', 'target: a'),
			'claims/c-event.yaml': files['claims/c-event.yaml']?.replace(
				'paragraphs: [2]',
				'paragraphs: [7]',
			),
			'explainers/intro.mdx': [
				'---',
				'title: Intro',
				'summary: An intro.',
				'order: 1',
				'---',
				'',
				'<Actor id="a">Ána</Actor> met B.<Cite claims="c-talks c-event" />',
				'',
				'On <EventDate event="the-rad" />, nothing.',
				'',
				'<Quote who="a">Words.</Quote>',
				'',
				'<Callout>No title.</Callout>',
				'',
			].join('\n'),
			// A correction naming an entry that does not exist.
			'corrections/grant.yaml':
				"date: '2026-02-10'\nsummary: S.\nchanged: C.\nwhy: W.\naffects:\n  claims: [c-nope]\n",
			// A second source with no fingerprint; the first counts other paragraphs.
			'sources/minutes.yaml': 'title: Minutes\nparagraphCount: 1\nparagraphs: [One.]\n',
			'fingerprints/report.json': files['fingerprints/report.json']?.replace(
				'"paragraphs": 2',
				'"paragraphs": 3',
			),
		});
		const site = previousSite();
		const before = site.listing();
		const { status, output } = build(dir, site.dir);
		const at = (file: string) => path.join(dir, file);

		expect(status, output).not.toBe(0);
		expect(output).toContain('9 error(s)');
		for (const line of [
			`${at('actors/b.yaml')}:2: field "kind" must be one of "person", "organization", "group"`,
			`${at('relations/a-b.yaml')}:2: relates actor "a" to itself`,
			`${at('claims/c-event.yaml')}:3: cites paragraph 7, but source "report" has 2 paragraphs`,
			`${at('explainers/intro.mdx')}:9: <EventDate> refers to unknown event "the-rad"`,
			`${at('explainers/intro.mdx')}:11: unknown component <Quote> in ${at('explainers/intro.mdx')}:11; available: Cite, Actor, See, EventDate, Callout`,
			`${at('explainers/intro.mdx')}:13: <Callout> needs a "title"`,
			`${at('sources/minutes.yaml')}: has no fingerprint (fingerprints/minutes.json)`,
			`${at('corrections/grant.yaml')}:6: affects.claims refers to unknown claim "c-nope"`,
			`${at('sources/report.yaml')}:2: field "paragraphCount" is 2, but the report fingerprinted in fingerprints/report.json has 3 paragraphs`,
		])
			expect(output).toContain(line);
		expect(output).toContain(
			`fix: run \`EXPLAINER_CONTENT_DIR=${dir} npm run add-source -- path/to/report.txt minutes\``,
		);
		expect(output).toContain('fix: write it as <Callout title="Editorial note">…</Callout>');
		// Only the list: no hook wrapper, no stack trace, nothing from Astro's renderer.
		expect(output).not.toMatch(/unhandled error|astro:config:setup|^\s+at /m);
		expect(output).not.toMatch(/forgot to import/i);
		expect(site.listing(), 'the previous site and nothing else').toEqual(before);
	});

	it('leaves the previous site as it was when rendering fails halfway', () => {
		const files = validStoryFiles();
		const dir = writeStory({
			...files,
			'explainers/intro.mdx': `${files['explainers/intro.mdx'] ?? ''}\n{(() => { throw new Error('broken expression'); })()}\n`,
		});
		const site = previousSite();
		const before = site.listing();
		const { status, output } = build(dir, site.dir);
		expect(status, output).not.toBe(0);
		expect(output).toContain('broken expression');
		expect(output).toMatch(/build: failed \(exit \d+\); .* is unchanged\./);
		expect(site.listing()).toEqual(before);
	});

	it('replaces the previous site only when the whole build succeeds', () => {
		const site = previousSite();
		const { status, output } = build(writeStory(validStoryFiles()), site.dir);
		expect(status, output).toBe(0);
		expect(existsSync(path.join(site.dir, 'about'))).toBe(false);
		expect(existsSync(path.join(site.dir, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(existsSync(path.join(site.dir, 'sw.js'))).toBe(true);
		expect(readdirSync(path.dirname(site.dir))).toEqual(['site']);
	});
});
