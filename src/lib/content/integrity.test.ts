import { describe, expect, it } from 'vitest';
import { readContent } from '../../content-io/read-content';
import { validStoryFiles, writeStory } from '../../content-io/test-story';
import { checkIntegrity, findOrderCycles, formatProblems } from './integrity';
import type { MdxRef } from './mdx-refs';
import type { StoryInput } from './types';

/** A valid story, parsed, for mutating one thing per test. */
function story(): StoryInput {
	const dir = writeStory(validStoryFiles());
	const { story: parsed } = readContent(dir, dir);
	if (!parsed) throw new Error('fixture story does not parse');
	return parsed;
}

const messages = (s: StoryInput, severity: 'error' | 'warning' = 'error') =>
	checkIntegrity(s)
		.filter((p) => p.severity === severity)
		.map((p) => `${p.file}: ${p.message}`);

describe('checkIntegrity', () => {
	it('finds nothing wrong in a valid story', () => {
		expect(checkIntegrity(story())).toEqual([]);
	});

	it('reports unknown claim, actor, source, event and phase ids with their files', () => {
		const s = story();
		s.actors[0]!.data.claims.push('c-tallks');
		s.relations[0]!.data.target = 'zed';
		s.claims[0]!.data.source = 'nowhere';
		s.events[1]!.data.after = ['zeroth'];
		s.events[0]!.data.phase = 'two';
		expect(messages(s)).toEqual([
			'claims/c-event.yaml: source refers to unknown source "nowhere"',
			'actors/a.yaml: claims refers to unknown claim "c-tallks" (did you mean "c-talks"?)',
			'relations/a-b.yaml: target refers to unknown actor "zed"',
			'events/first.yaml: phase refers to unknown phase "two"',
			'events/second.yaml: after refers to unknown event "zeroth"',
		]);
	});

	it('reports a paragraph the source does not have', () => {
		const s = story();
		s.claims[1]!.data.paragraphs = [1, 3];
		expect(messages(s)).toEqual([
			'claims/c-talks.yaml: cites paragraph 3, but source "report" has 2 paragraphs',
		]);
	});

	it('reports a digest count that differs from paragraphCount', () => {
		const s = story();
		s.sources[0]!.data.paragraphCount = 3;
		expect(messages(s)).toEqual([
			'sources/report.yaml: has 2 paragraph digests but paragraphCount is 3',
		]);
	});

	it('reports duplicate ids, naming both files', () => {
		const s = story();
		s.actors.push({ ...s.actors[0]!, file: 'actors/a.yml' });
		expect(messages(s)).toEqual([
			'actors/a.yml: duplicate actor id "a", also used by actors/a.yaml',
		]);
	});

	it('reports a relation from an actor to itself', () => {
		const s = story();
		s.relations[0]!.data.target = 'a';
		expect(messages(s)).toContain('relations/a-b.yaml: relates actor "a" to itself');
	});

	it('reports a cycle in event order', () => {
		const s = story();
		s.events[0]!.data.after = ['second'];
		expect(messages(s)).toEqual([
			'events/first.yaml: event order has a cycle: first → second → first',
		]);
	});

	it('reports an undated event with no order, and one without words for its timing', () => {
		const s = story();
		s.events[1]!.data.after = [];
		delete s.events[1]!.data.phase;
		delete s.events[1]!.data.when;
		expect(messages(s)).toEqual([
			'events/second.yaml: has neither a date, an order nor a phase: give the date the source states, list events it comes after or before, or put it in a phase',
			'events/second.yaml: has no date, so it needs `when`: the timing in words, as the source gives it',
		]);
	});

	it('reports an order that contradicts the phases', () => {
		const s = story();
		s.phases.push({
			id: 'two',
			file: 'phases/two.yaml',
			data: { title: 'Two', summary: 'S.', order: 2 },
		});
		s.events[0]!.data.phase = 'two';
		expect(messages(s)).toEqual([
			'events/second.yaml: comes after "first", which is in a later phase: the order and the phases disagree',
		]);
	});

	it('requires a note on a disputed event', () => {
		const s = story();
		s.events[0]!.data.flags = ['disputed'];
		expect(messages(s)).toEqual([
			'events/first.yaml: is flagged disputed but has no `note` naming the explainer that discusses it',
		]);
	});

	it('reports unknown ids named by any MDX component, with their lines', () => {
		const s = story();
		const ref = (component: string, prop: string, collection: MdxRef['collection'], id: string) =>
			s.explainers[0]!.refs.push({ component, prop, collection, id, line: 9 });
		ref('Cite', 'claims', 'claims', 'c-missing');
		ref('Actor', 'id', 'actors', 'nobody');
		ref('See', 'slug', 'explainers', 'outro');
		ref('EventDate', 'event', 'events', 'thrid');
		ref('Future', 'phase', 'phases', 'one');
		expect(messages(s)).toEqual([
			'explainers/intro.mdx: <Cite> refers to unknown claim "c-missing"',
			'explainers/intro.mdx: <Actor> refers to unknown actor "nobody"',
			'explainers/intro.mdx: <See> refers to unknown explainer "outro" (did you mean "intro"?)',
			'explainers/intro.mdx: <EventDate> refers to unknown event "thrid"',
		]);
		expect(checkIntegrity(s).map((p) => p.line)).toEqual([9, 9, 9, 9]);
	});

	it('does not report a reference to a file that exists but failed to parse', () => {
		const s = story();
		s.actors[0]!.data.claims.push('c-broken');
		expect(messages(s)).toHaveLength(1);
		expect(checkIntegrity(s, { unparsed: { claims: new Set(['c-broken']) } })).toEqual([]);
	});

	it('warns about an actor and a claim nothing uses', () => {
		const s = story();
		s.relations = [];
		s.events[1]!.data.actors = ['a'];
		s.explainers[0]!.refs = s.explainers[0]!.refs.filter((r) => r.id !== 'c-event');
		s.events[0]!.data.claims = ['c-talks'];
		expect(messages(s)).toEqual([]);
		expect(messages(s, 'warning')).toEqual([
			'actors/b.yaml: actor "b" is in no relation, event, attribution or explainer',
			'claims/c-event.yaml: claim "c-event" is cited by no actor, relation, event, explainer or the home page',
		]);
	});

	it('formats errors before warnings', () => {
		const text = formatProblems([
			{ severity: 'warning', file: 'a.yaml', message: 'w' },
			{ severity: 'error', file: 'b.yaml', message: 'e' },
		]);
		expect(text).toBe('  ✗ b.yaml: e\n  ! a.yaml: w');
	});
});

describe('findOrderCycles', () => {
	const entry = (id: string, after: string[] = [], before: string[] = []) => ({
		id,
		file: `${id}.yaml`,
		data: { after, before },
	});
	it('finds a cycle through before and after, once, from its smallest id', () => {
		expect(
			findOrderCycles([entry('c', ['b']), entry('b', [], []), entry('a', ['c'], ['b'])]),
		).toEqual([['a', 'b', 'c']]);
	});
	it('finds none in a chain', () => {
		expect(findOrderCycles([entry('a'), entry('b', ['a']), entry('c', ['b'])])).toEqual([]);
	});
});
