import { describe, expect, it } from 'vitest';
import { readMdxRefs } from './mdx-refs';

const body = (...lines: string[]) => lines.join('\n');

describe('readMdxRefs', () => {
	it('reads the ids of every registered component, with their lines', () => {
		const refs = readMdxRefs(
			body(
				'Intro <Actor id="ana">Ana</Actor> met.<Cite claims="c-one c-two" />',
				'',
				'On <EventDate event="the-raid" />, see <See slug="next">next</See>.',
				'<Cite claims="c-two c-three" />',
			),
			{ firstLine: 5 },
		);
		expect(refs.problems).toEqual([]);
		expect(
			refs.refs.map((r) => `${r.line} ${r.component}.${r.prop} ${r.collection}:${r.id}`),
		).toEqual([
			'5 Actor.id actors:ana',
			'5 Cite.claims claims:c-one',
			'5 Cite.claims claims:c-two',
			'7 EventDate.event events:the-raid',
			'7 See.slug explainers:next',
			'8 Cite.claims claims:c-two',
			'8 Cite.claims claims:c-three',
		]);
		expect(refs.cites).toEqual(['c-one', 'c-two', 'c-three']);
		expect(refs.actorLinks).toEqual(['ana']);
		expect(refs.explainerLinks).toEqual(['next']);
	});

	it('names an unknown component with its file and line, and lists the available ones', () => {
		const refs = readMdxRefs(body('Text.', '', '<Quote who="x">Words</Quote>'), {
			firstLine: 10,
			file: 'content/explainers/x.mdx',
		});
		expect(refs.problems.map((p) => p.message)).toEqual([
			'unknown component <Quote> in content/explainers/x.mdx:12; available: Cite, Actor, See, EventDate, Callout',
		]);
		expect(refs.problems[0]?.line).toBe(12);
	});

	it('requires a Callout title, and rejects an empty one', () => {
		const refs = readMdxRefs(
			body(
				'<Callout>Note.</Callout>',
				'<Callout title="">x</Callout>',
				'<Callout title="Ok">y</Callout>',
			),
		);
		expect(refs.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
			'1: <Callout> needs a "title"',
			'2: <Callout> has an empty "title"',
		]);
		expect(refs.problems[0]?.fix).toContain('<Callout title="Editorial note">');
	});

	it('requires the id props too: an EventDate without an event', () => {
		expect(readMdxRefs('<EventDate />').problems.map((p) => p.message)).toEqual([
			'<EventDate> needs an "event"',
		]);
	});

	it('accepts a string literal in braces, rejects any other expression as an id', () => {
		const refs = readMdxRefs('<Cite claims={"c-one"} /> and <Actor id={who}>x</Actor>');
		expect(refs.cites).toEqual(['c-one']);
		expect(refs.problems.map((p) => p.message)).toEqual([
			'<Actor id={who}> must name its ids as a plain string, e.g. id="actor-id"',
		]);
	});

	it('takes one id where the component names one entry', () => {
		expect(readMdxRefs('<Actor id="a b">x</Actor>').problems[0]?.message).toBe(
			'<Actor id="a b"> names 2 actors; it takes one',
		);
	});

	it('reads tags across lines, with > inside a quoted prop', () => {
		const refs = readMdxRefs(
			body('<Callout', '  title="A > B"', '>', 'x</Callout><Cite', 'claims="c-1" />'),
		);
		expect(refs.problems).toEqual([]);
		expect(refs.refs.map((r) => `${r.line} ${r.id}`)).toEqual(['4 c-1']);
	});

	it('ignores code, comments, HTML and prose that only looks like a tag', () => {
		const refs = readMdxRefs(
			body(
				'Use `<Quote>` like this:',
				'```mdx',
				'<Quote who="x" />',
				'```',
				'{/* <Quote /> */}',
				'<!-- <Quote /> -->',
				'<span class="x">a</span> and 3 < 4, A<B.',
			),
		);
		expect(refs.problems).toEqual([]);
		expect(refs.refs).toEqual([]);
	});

	it('checks components against the registry it is given (one added later)', () => {
		const refs = readMdxRefs('<Quote claim="c-9" />', {
			components: {
				Quote: {
					refs: { claim: { collection: 'claims' } },
					required: ['claim'],
					example: '<Quote claim="c" />',
				},
			},
		});
		expect(refs.problems).toEqual([]);
		expect(refs.refs.map((r) => r.id)).toEqual(['c-9']);
	});
});
