import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../lib/content/integrity';
import { readContent } from './read-content';
import { validStoryFiles, writeStory } from './test-story';

/** Reads a story made of the valid files with some replaced (undefined removes a file). */
function read(changes: Record<string, string | undefined> = {}) {
	const dir = writeStory({ ...validStoryFiles(), ...changes });
	const report = readContent(dir, dir);
	const errors = report.problems
		.filter((p) => p.severity === 'error')
		.map((p) => `${p.file}: ${p.message}`);
	const warnings = report.problems
		.filter((p) => p.severity === 'warning')
		.map((p) => `${p.file}: ${p.message}`);
	return { ...report, errors, warnings };
}

const claim = (extra: string) =>
	`statement: S.\nsource: report\nparagraphs: [1]\nattribution: reportedly\n${extra}`;

describe('readContent', () => {
	it('reads a valid story with no problems', () => {
		const { story, problems } = read();
		expect(problems).toEqual([]);
		expect(story?.actors.map((a) => a.id)).toEqual(['a', 'b']);
		expect(story?.explainers[0]?.cites).toEqual(['c-talks', 'c-event']);
		expect(story?.actors[0]?.file).toBe(path.join('actors', 'a.yaml'));
	});

	it('parses a folder again only when a file in it changed', () => {
		const dir = writeStory(validStoryFiles());
		const first = readContent(dir, dir);
		expect(readContent(dir, dir)).toBe(first);
		writeFileSync(
			path.join(dir, 'actors/b.yaml'),
			'name: Bee Group\nkind: group\nrole: Role B\nsummary: Changed.\nclaims: [c-talks]\n',
		);
		const second = readContent(dir, dir);
		expect(second).not.toBe(first);
		expect(second.story?.actors[1]?.data.summary).toBe('Changed.');
		writeFileSync(path.join(dir, 'actors/b.yaml'), '');
		expect(readContent(dir, dir).problems.map((p) => p.file)).toContain(
			path.join('actors', 'b.yaml'),
		);
	});

	it('names the file and line of malformed YAML', () => {
		const { errors, story } = read({ 'actors/a.yaml': 'name: Ána\nkind: [person\nrole: x\n' });
		expect(story).toBeUndefined();
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^actors\/a\.yaml: is not valid YAML: line \d+/);
	});

	it('names the file and field of an unknown frontmatter field', () => {
		const { errors } = read({
			'explainers/intro.mdx':
				'---\ntitle: Intro\nsummary: S.\norder: 1\nauthor: Someone\n---\nText.\n',
		});
		expect(errors).toEqual(['explainers/intro.mdx: has unknown field "author"']);
	});

	it('names the file of an unknown field in data', () => {
		const { errors } = read({ 'claims/c-event.yaml': claim('confidence: high\n') });
		expect(errors).toEqual(['claims/c-event.yaml: has unknown field "confidence"']);
	});

	it('rejects an unknown attribution kind, listing the vocabulary', () => {
		const { errors } = read({ 'claims/c-event.yaml': claim('').replace('reportedly', 'rumour') });
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(
			/^claims\/c-event\.yaml: field "attribution" must be one of "official-record", .*"no-response"/,
		);
	});

	it('reports a missing required field', () => {
		const { errors } = read({
			'actors/b.yaml': 'name: Bee\nkind: group\nsummary: S.\nclaims: [c-talks]\n',
		});
		expect(errors).toEqual(['actors/b.yaml: field "role" is missing']);
	});

	it('rejects a date that is not on the calendar', () => {
		const { errors } = read({
			'events/first.yaml':
				"title: F\nsummary: S.\ndate: '2023-02-30'\nactors: [a]\nclaims: [c-event]\n",
		});
		expect(errors).toEqual(['events/first.yaml: field "date" is not a calendar date']);
	});

	it('rejects a file name that is not an id', () => {
		const { errors } = read({
			'actors/Bad Name.yaml': 'name: X\nkind: person\nrole: R\nsummary: S.\nclaims: [c-talks]\n',
		});
		expect(errors[0]).toMatch(/^actors\/Bad Name\.yaml: has a file name that is not a valid id/);
	});

	it('reports a stray file that would be ignored', () => {
		const { errors } = read({ 'actors/notes.txt': 'hello' });
		expect(errors).toEqual([
			'actors/notes.txt: is not a .yaml or .yml file, so it would be ignored',
		]);
	});

	it('requires citations to name ids as plain strings', () => {
		const { errors } = read({
			'explainers/intro.mdx':
				'---\ntitle: I\nsummary: S.\norder: 1\n---\nText<Cite claims={ids} />\n',
		});
		expect(errors).toEqual([
			'explainers/intro.mdx: <Cite claims={ids} /> must name its ids as a plain string, e.g. claims="claim-a claim-b"',
		]);
	});

	it('reports a missing site file', () => {
		const { errors } = read({ 'site.yaml': undefined });
		expect(errors).toEqual(['site.yaml: is missing: every story needs its site settings']);
	});

	it('lists every problem across files at once, not just the first', () => {
		const { errors } = read({
			'actors/a.yaml': 'name: A\nkind: robot\nrole: R\nsummary: S.\nclaims: [c-talks]\n',
			'claims/c-event.yaml': claim('extra: 1\n'),
			'events/second.yaml': 'title: T\n',
		});
		expect(errors.map((e) => e.split(':')[0])).toEqual([
			'claims/c-event.yaml',
			'actors/a.yaml',
			'events/second.yaml',
			'events/second.yaml',
			'events/second.yaml',
		]);
		expect(errors.filter((e) => e.startsWith('events/'))).toEqual([
			'events/second.yaml: field "summary" is missing',
			'events/second.yaml: field "actors" is missing',
			'events/second.yaml: field "claims" is missing',
		]);
	});

	it('lists schema and reference problems together, in one run', () => {
		const { errors, story } = read({
			'actors/a.yaml': 'name: A\nkind: robot\nrole: R\nsummary: S.\nclaims: [c-talks]\n',
			'relations/a-b.yaml':
				'source: a\ntarget: zed\ntype: talks\nlabel: talked with\nclaims: [c-talks]\n',
			'explainers/intro.mdx':
				'---\ntitle: Intro\nsummary: An intro.\norder: 1\n---\n\n<EventDate event="nope" /> and <Actor id="a">A</Actor><Cite claims="c-talks c-event" />\n',
		});
		expect(story).toBeUndefined();
		expect([...errors].sort()).toEqual([
			'actors/a.yaml: field "kind" must be one of "person", "organization", "group"',
			'explainers/intro.mdx: <EventDate> refers to unknown event "nope"',
			'relations/a-b.yaml: target refers to unknown actor "zed"',
		]);
		// The actor failed its schema, yet the relation and the explainer that name it raise nothing.
		expect(errors.some((e) => e.includes('unknown actor "a"'))).toBe(false);
		expect(errors).toHaveLength(3);
	});

	it('gives each problem the line of its field, and a fix where the message needs one', () => {
		const { problems } = read({
			'claims/c-event.yaml': claim('confidence: high\n'),
			'actors/b.yaml': 'name: Bee\nkind: group\nsummary: S.\nclaims: [c-talks]\n',
			'events/second.yaml':
				'title: Second\nsummary: Then this.\nwhen: Later\nafter: [first]\nphase: one\nactors: [a, b]\nclaims: [c-talks, c-tlaks]\n',
			'explainers/intro.mdx':
				'---\ntitle: Intro\nsummary: An intro.\norder: one\n---\n\nText.\n\n<Callout>Note.</Callout>\n<Cite claims="c-talks c-event" />\n',
		});
		const where = (file: string) => problems.find((p) => p.file === file);
		expect(where('claims/c-event.yaml')).toMatchObject({ line: 5 });
		expect(where('claims/c-event.yaml')?.fix).toMatch(
			/^remove it or correct its spelling; the fields are: statement, source/,
		);
		expect(where('actors/b.yaml')).toMatchObject({ message: 'field "role" is missing' });
		expect(where('actors/b.yaml')?.fix).toContain('add "role:"');
		expect(where('events/second.yaml')).toMatchObject({
			line: 7,
			message: 'claims refers to unknown claim "c-tlaks" (did you mean "c-talks"?)',
		});
		const mdx = problems.filter((p) => p.file === 'explainers/intro.mdx');
		expect(mdx.map((p) => `${p.line}: ${p.message}`)).toEqual([
			'4: field "order" expected number, received string',
			'9: <Callout> needs a "title"',
		]);
	});

	it('formats the list with file:line and fixes, nothing else', () => {
		const { problems } = read({
			'actors/b.yaml': 'name: Bee\nkind: group\nrole: R\nsummary: S.\nclaims: [c-tlaks]\n',
		});
		expect(formatProblems(problems)).toBe(
			'  ✗ actors/b.yaml:5: claims refers to unknown claim "c-tlaks" (did you mean "c-talks"?)',
		);
	});
});
