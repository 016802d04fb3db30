import { describe, expect, it } from 'vitest';
import { readContent } from '../../content-io/read-content';
import { validStoryFiles, writeStory } from '../../content-io/test-story';
import { atomDate, writeAtom, xmlText } from './atom';
import { pageKeyForPath, pagesAffected } from './corrections';
import { buildStory } from './story';

const correction = (affects: string, date = "'2026-02-10'") =>
	`date: ${date}\nsummary: S.\nchanged: C.\nwhy: W.\naffects:\n${affects}`;

function read(files: Record<string, string>) {
	const dir = writeStory({ ...validStoryFiles(), ...files });
	return readContent(dir, dir);
}

describe('corrections in content', () => {
	it('are read, checked and indexed by page, newest first', () => {
		const { story, problems } = read({
			'corrections/older.yaml': correction('  claims: [c-talks]\n', "'2026-01-05'"),
			'corrections/newer.yaml': correction('  events: [second]\n  pages: [data]\n'),
		});
		expect(problems).toEqual([]);
		const s = buildStory(story!);
		expect(s.corrections.map((c) => c.id)).toEqual(['newer', 'older']);
		expect(s.correctionsFor('timeline').map((c) => c.id)).toEqual(['newer', 'older']);
		expect(s.correctionsFor('source:report').map((c) => c.id)).toEqual(['older']);
		expect(s.correctionsFor('actor:a').map((c) => c.id)).toEqual(['newer', 'older']);
		expect(s.correctionsFor('data').map((c) => c.id)).toEqual(['newer']);
		expect(s.correctionsFor('sources')).toEqual([]);
		expect(s.modifiedOn('actor:a')).toBe('2026-02-10');
		expect(s.modifiedOn('sources')).toBeUndefined();
		expect(s.correctionsOfEntry('claims', 'c-talks').map((c) => c.id)).toEqual(['older']);
	});

	it('rejects a correction naming an unknown entry, with its line', () => {
		const { problems } = read({
			'corrections/x.yaml': correction('  claims: [c-talks, c-tlaks]\n  actors: [nobody]\n'),
		});
		expect(problems.map((p) => `${p.file}:${p.line ?? '?'}: ${p.message}`)).toEqual([
			'corrections/x.yaml:6: affects.claims refers to unknown claim "c-tlaks" (did you mean "c-talks"?)',
			'corrections/x.yaml:7: affects.actors refers to unknown actor "nobody"',
		]);
	});

	it('accepts a former slug of an explainer, and names the page that replaced it', () => {
		const files = validStoryFiles();
		const { story, problems } = read({
			'explainers/intro.mdx': (files['explainers/intro.mdx'] ?? '').replace(
				'order: 1\n',
				'order: 1\nredirectFrom: [old-intro]\n',
			),
			'corrections/x.yaml': correction('  explainers: [old-intro]\n'),
		});
		expect(problems).toEqual([]);
		expect(buildStory(story!).correctionsFor('explainer:intro')).toHaveLength(1);
	});

	it('needs a full date and at least one entry or page', () => {
		const { problems } = read({
			'corrections/x.yaml': correction('  pages: []\n', "'2026-02'"),
		});
		expect(problems.map((p) => p.message)).toEqual([
			'field "date" must be a full date, YYYY-MM-DD',
			'field "affects" must name at least one entry or page',
		]);
	});

	it('an empty or missing log is no problem', () => {
		const { story, problems } = read({});
		expect(problems).toEqual([]);
		expect(buildStory(story!).corrections).toEqual([]);
	});
});

describe('pagesAffected', () => {
	const { story } = read({});
	const s = buildStory(story!);
	const scope = {
		claims: s.claims,
		actors: s.actors,
		relations: s.relations,
		events: s.events,
		explainers: s.explainers,
		homeClaims: new Set(['c-talks']),
	};
	const affects = (extra: Partial<Record<string, string[]>>) => ({
		date: '2026-01-01',
		summary: 'S',
		changed: 'C',
		why: 'W',
		affects: {
			claims: [],
			actors: [],
			relations: [],
			events: [],
			explainers: [],
			phases: [],
			sources: [],
			pages: [],
			...extra,
		},
	});

	it('a claim reaches the evidence, its source, the home page and everything citing it', () => {
		expect([...pagesAffected(scope, affects({ claims: ['c-talks'] }))].sort()).toEqual(
			[
				'evidence',
				'source:report',
				'home',
				'actor:a',
				'actor:b',
				'network',
				'embed:network',
				'embed:network:a',
				'embed:network:b',
				'timeline',
				'embed:timeline',
				'explainer:intro',
			].sort(),
		);
	});

	it('an event reaches the timeline, its embed and its actors’ pages', () => {
		expect([...pagesAffected(scope, affects({ events: ['first'] }))].sort()).toEqual(
			['timeline', 'embed:timeline', 'actor:a'].sort(),
		);
	});

	it('a named page reaches that page (and its embed)', () => {
		expect([...pagesAffected(scope, affects({ pages: ['network', 'data'] }))].sort()).toEqual(
			['network', 'embed:network', 'data'].sort(),
		);
	});
});

describe('pageKeyForPath', () => {
	it('names each kind of page by what it shows', () => {
		expect(pageKeyForPath('')).toBe('home');
		expect(pageKeyForPath('timeline/')).toBe('timeline');
		expect(pageKeyForPath('actors/ana-g%C3%B3mez/')).toBe('actor:ana-gómez');
		expect(pageKeyForPath('explainers/intro/')).toBe('explainer:intro');
		expect(pageKeyForPath('sources/report/')).toBe('source:report');
		expect(pageKeyForPath('embed/')).toBe('embeds');
		expect(pageKeyForPath('embed/timeline/')).toBe('embed:timeline');
		expect(pageKeyForPath('embed/network/a/')).toBe('embed:network:a');
		expect(pageKeyForPath('404.html')).toBeUndefined();
		expect(pageKeyForPath('data/actors.json')).toBeUndefined();
	});
});

describe('the Atom writer', () => {
	it('keeps hostile text as text: markup escaped, characters XML cannot hold removed', () => {
		expect(xmlText('<b a="1">&\'x\u0000\u0007\uFFFE</b>')).toBe(
			'&lt;b a=&quot;1&quot;&gt;&amp;&apos;x&lt;/b&gt;',
		);
		const xml = writeAtom({
			id: 'https://example.test/corrections.xml',
			title: 'T <&>',
			updated: atomDate('2026-01-02'),
			self: 'https://example.test/corrections.xml',
			alternate: 'https://example.test/corrections/',
			author: 'A',
			lang: 'en',
			entries: [],
		});
		expect(xml).toContain('<title type="text">T &lt;&amp;&gt;</title>');
		expect(xml).toContain('<updated>2026-01-02T00:00:00Z</updated>');
	});
});
