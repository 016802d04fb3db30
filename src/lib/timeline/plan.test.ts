import { describe, expect, test } from 'vitest';
import type { Phase, StoryEvent } from '../../schemas';
import type { Entry } from '../content/types';
import { dateEdges, statedEdges } from './order';
import { planTimeline, type TimelinePlan } from './plan';

const phase = (id: string, order: number): Entry<Phase> => ({
	id,
	file: `${id}.yaml`,
	data: { title: id, summary: id, order },
});
const event = (id: string, extra: Partial<StoryEvent> = {}): Entry<StoryEvent> => ({
	id,
	file: `${id}.yaml`,
	data: {
		title: id,
		summary: id,
		phase: 'p',
		after: [],
		before: [],
		inferred: [],
		span: false,
		flags: [],
		actors: ['x'],
		claims: ['c'],
		...extra,
	},
});
/** Each lane as its bands' steps: "date:a,b" or "order:c". */
const shape = (plan: TimelinePlan) =>
	plan.lanes.map((l) => ({
		kind: l.kind,
		bands: l.bands.map(
			(b) =>
				`${b.id}/${b.mode}: ${b.steps.map((s) => `${s.kind}:${s.events.map((e) => e.id).join(',')}`).join(' | ')}`,
		),
	}));

describe('orders', () => {
	test('stated once each; inferred only when no event states the order without inference', () => {
		const edges = statedEdges([
			event('a', { before: ['b'], inferred: ['b'] }),
			event('b', { after: ['a'] }),
			event('c', { after: ['b'], inferred: ['b'] }),
			event('d', { after: ['gone', 'd'] }),
		]);
		expect(edges).toEqual([
			{ from: 'a', to: 'b', inferred: false },
			{ from: 'b', to: 'c', inferred: true },
		]);
	});

	test('dates order events only when one period ends before the other begins', () => {
		const edges = dateEdges([
			event('year', { date: '2020' }),
			event('month', { date: '2020-03' }),
			event('later', { date: '2021-06-15' }),
			event('disputed', { date: '2019', flags: ['disputed'] }),
		]);
		expect(edges.map((e) => `${e.from}→${e.to}`).sort()).toEqual(['month→later', 'year→later']);
	});
});

describe('planTimeline', () => {
	test('the largest group linked by orders is the spine; the others are not placed in time', () => {
		const plan = planTimeline(
			[
				event('bounty', { date: '2020', phase: 'bg' }),
				event('raised', { when: 'Later', after: ['bounty'], phase: 'bg' }),
				event('contact', { when: 'Early', before: ['raid'], phase: 'talks' }),
				event('talks', {
					when: 'For months',
					after: ['contact'],
					before: ['raid'],
					phase: 'talks',
				}),
				event('raid', { date: '2023-01-03', flags: ['disputed'], phase: 'raid' }),
			],
			[phase('bg', 1), phase('talks', 2), phase('raid', 3)],
		);
		expect(shape(plan)).toEqual([
			{
				kind: 'main',
				bands: ['talks/order: order:contact | order:talks', 'raid/order: order:raid'],
			},
			{ kind: 'unplaced', bands: ['bg/time: date:bounty | order:raised'] },
		]);
	});

	test('undated events go between the dates their orders allow', () => {
		const plan = planTimeline(
			[
				event('a', { date: '2019-01' }),
				event('b', { date: '2019-06' }),
				event('c', { date: '2020' }),
				event('after-a', { when: 'Then', after: ['a'] }),
				event('before-c', { when: 'Before c', before: ['c'] }),
				event('first', { when: 'At first', before: ['a'] }),
			],
			[phase('p', 1)],
		);
		expect(shape(plan)[0]?.bands).toEqual([
			'p/time: order:first | date:a | order:after-a | date:b | order:before-c | date:c',
		]);
	});

	test('overlapping periods share a date step; dates against a stated order mean order only', () => {
		const overlap = planTimeline(
			[
				event('year', { date: '2020' }),
				event('month', { date: '2020-03', after: ['x'] }),
				event('x', { when: 'Before' }),
				event('later', { date: '2021-02-02' }),
			],
			[phase('p', 1)],
		);
		// 2020 and March 2020 overlap: one step. "x before March 2020" puts x before the step,
		// and February 2, 2021 follows both.
		expect(shape(overlap)).toEqual([
			{ kind: 'main', bands: ['p/time: order:x | date:year,month | date:later'] },
		]);
		// A year that overlaps every other date is ordered relative to nothing: drawn apart.
		const alone = planTimeline(
			[
				event('year', { date: '2020' }),
				event('month', { date: '2020-03', after: ['x'] }),
				event('x', { when: 'Before' }),
			],
			[phase('p', 1)],
		);
		expect(shape(alone).map((l) => l.kind)).toEqual(['main', 'unplaced']);
		const against = planTimeline(
			[event('a', { date: '2021', after: ['b'] }), event('b', { date: '2022' })],
			[phase('p', 1)],
		);
		expect(shape(against)[0]?.bands).toEqual(['p/order: order:b | order:a']);
	});

	test('marks a phase whose place after the one before is not stated', () => {
		const plan = planTimeline(
			[
				event('a', { phase: 'one', when: 'x', before: ['c'] }),
				event('b', { phase: 'two', when: 'x', before: ['c'] }),
				event('c', { phase: 'three', when: 'x' }),
			],
			[phase('one', 1), phase('two', 2), phase('three', 3)],
		);
		expect(plan.lanes[0]?.bands.map((b) => b.orderStated)).toEqual([undefined, false, true]);
	});
});
