import { describe, expect, it } from 'vitest';
import type { Phase, StoryEvent } from '../../schemas';
import { orderEvents } from './chronology';
import type { Entry } from './types';

const event = (id: string, data: Partial<StoryEvent> = {}): Entry<StoryEvent> => ({
	id,
	file: `${id}.yaml`,
	data: {
		title: id,
		summary: id,
		after: [],
		before: [],
		inferred: [],
		span: false,
		flags: [],
		actors: ['x'],
		claims: ['c'],
		...data,
	},
});
const phase = (id: string, order: number): Entry<Phase> => ({
	id,
	file: `${id}.yaml`,
	data: { title: id, summary: id, order },
});

describe('orderEvents', () => {
	it('respects after/before, then phase, then date, then id', () => {
		const events = [
			event('z-late', { phase: 'two' }),
			event('b-dated', { phase: 'one', date: '2020' }),
			event('a-undated', { phase: 'one', after: ['c-first'], when: 'later' }),
			event('c-first', { phase: 'one', date: '2021', before: ['b-dated'] }),
		];
		expect(orderEvents(events, [phase('one', 1), phase('two', 2)]).map((e) => e.id)).toEqual([
			'c-first',
			'b-dated',
			'a-undated',
			'z-late',
		]);
	});

	it('keeps every event even when the order has a cycle', () => {
		const events = [event('a', { after: ['b'] }), event('b', { after: ['a'] }), event('c')];
		expect(
			orderEvents(events, [])
				.map((e) => e.id)
				.sort(),
		).toEqual(['a', 'b', 'c']);
	});

	it('orders a long chain given in reverse', () => {
		const events = Array.from({ length: 2000 }, (_, i) =>
			event(
				`e${String(i).padStart(4, '0')}`,
				i ? { after: [`e${String(i - 1).padStart(4, '0')}`] } : {},
			),
		);
		const ordered = orderEvents(events.reverse(), []);
		expect(ordered[0]?.id).toBe('e0000');
		expect(ordered.at(-1)?.id).toBe('e1999');
	});
});
