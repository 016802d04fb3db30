import { describe, expect, test } from 'vitest';
import type { StoryEvent } from '../../schemas';
import { restrictEvents } from './subset';
import type { Entry } from '../content/types';

const event = (
	id: string,
	order: Partial<Pick<StoryEvent, 'after' | 'before' | 'span' | 'inferred' | 'date'>> = {},
): Entry<StoryEvent> => ({
	id,
	file: `${id}.yaml`,
	data: {
		title: id,
		summary: id,
		when: 'Some time',
		after: [],
		before: [],
		inferred: [],
		span: false,
		flags: [],
		actors: ['x'],
		claims: ['c'],
		...order,
	},
});

const orderOf = (events: Entry<StoryEvent>[]) =>
	Object.fromEntries(
		events.map((e) => [
			e.id,
			{ after: [...e.data.after].sort(), before: [...e.data.before].sort() },
		]),
	);

describe('restrictEvents', () => {
	test('keeps an order stated through a dropped event', () => {
		// a → x → b, where both links are written on x (the dropped event).
		const events = [event('a'), event('x', { after: ['a'], before: ['b'] }), event('b')];
		const kept = restrictEvents(events, (e) => e.id !== 'x');
		expect(orderOf(kept)).toEqual({
			a: { after: [], before: [] },
			b: { after: ['a'], before: [] },
		});
	});

	test('keeps the chain across several dropped events', () => {
		const events = [
			event('a'),
			event('x1', { after: ['a'] }),
			event('x2', { after: ['x1'] }),
			event('b', { after: ['x2'] }),
		];
		const kept = restrictEvents(events, (e) => !e.id.startsWith('x'));
		expect(orderOf(kept)['b']).toEqual({ after: ['a'], before: [] });
	});

	test('a span ending before a dropped event ends before what follows it', () => {
		const events = [
			event('talks', { span: true, before: ['x'] }),
			event('x'),
			event('b', { after: ['x'] }),
		];
		const kept = restrictEvents(events, (e) => e.id !== 'x');
		expect(orderOf(kept)['talks']).toEqual({ after: [], before: ['b'] });
		expect(orderOf(kept)['b']).toEqual({ after: [], before: [] });
	});

	test('keeps direct orders between kept events as they were written', () => {
		const events = [event('a'), event('b', { after: ['a'] }), event('c', { before: ['b'] })];
		expect(orderOf(restrictEvents(events, () => true))).toEqual(orderOf(events));
	});

	test('given the kept entries, gives what the same test gives, in the list’s order', () => {
		const events = [
			event('a'),
			event('x1', { after: ['a'] }),
			event('b', { after: ['x1'] }),
			event('c', { before: ['b'] }),
		];
		const [a, , b, c] = events;
		if (!a || !b || !c) throw new Error('fixture');
		const byTest = restrictEvents(events, (e) => e.id !== 'x1');
		// Out of order, and one entry twice: the list's order, each once.
		const byEntries = restrictEvents(events, [c, a, b, a]);
		expect(byEntries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
		expect(orderOf(byEntries)).toEqual(orderOf(byTest));
		// An entry of another list is not one of these events.
		expect(restrictEvents(events, [{ ...a }]).map((e) => e.id)).toEqual([]);
	});

	test('does not change its input', () => {
		const events = [event('a'), event('x', { after: ['a'] }), event('b', { after: ['x'] })];
		const copy = structuredClone(events);
		restrictEvents(events, (e) => e.id !== 'x');
		expect(events).toEqual(copy);
	});

	test('drops orders to events that do not exist and never orders an event after itself', () => {
		const events = [event('a', { after: ['ghost'] }), event('x', { after: ['a'], before: ['a'] })];
		const kept = restrictEvents(events, (e) => e.id === 'a');
		expect(orderOf(kept)).toEqual({ a: { after: [], before: [] } });
	});

	test('an order rewired through an inferred one stays marked as our inference', () => {
		const events = [
			event('a'),
			event('x', { after: ['a'], inferred: ['a'] }),
			event('b', { after: ['x'] }),
			event('c', { after: ['x', 'a'] }),
		];
		const kept = restrictEvents(events, (e) => e.id !== 'x');
		const data = (id: string) => kept.find((e) => e.id === id)?.data;
		expect(data('b')?.after).toEqual(['a']);
		expect(data('b')?.inferred).toEqual(['a']);
		// c is stated after a directly: a firm order, whatever the path through x says.
		expect(data('c')?.inferred).toEqual([]);
	});

	test('keeps an order given by the date of a dropped event', () => {
		const events = [
			event('a', { before: ['x'] }),
			event('x', { date: '2020' }),
			event('b', { date: '2021-03' }),
		];
		const kept = restrictEvents(events, (e) => e.id !== 'x');
		expect(orderOf(kept)['a']).toEqual({ after: [], before: ['b'] });
	});
});
