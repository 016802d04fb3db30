import { describe, expect, it } from 'vitest';
import { groupNotes, numberCitations, numberRuns } from './citations';

describe('numberCitations', () => {
	it('numbers claims in order of first citation', () => {
		expect([...numberCitations(['b', 'a', 'b', 'c'])]).toEqual([
			['b', 1],
			['a', 2],
			['c', 3],
		]);
	});
});

describe('groupNotes', () => {
	const kinds: Record<string, string> = { a: 'x', b: 'y', c: 'x', d: 'z' };
	const numbers = new Map([
		['c', 1],
		['b', 2],
		['a', 3],
		['d', 4],
	]);

	it('groups notes in the vocabulary order, each group by number, dropping none', () => {
		const groups = groupNotes(numbers, (id) => kinds[id] ?? '', ['z', 'x', 'y', 'w']);
		expect(groups).toEqual([
			{ kind: 'z', notes: [{ id: 'd', n: 4 }] },
			{
				kind: 'x',
				notes: [
					{ id: 'c', n: 1 },
					{ id: 'a', n: 3 },
				],
			},
			{ kind: 'y', notes: [{ id: 'b', n: 2 }] },
		]);
		expect(groups.flatMap((g) => g.notes).length).toBe(numbers.size);
	});

	it('refuses a kind outside the vocabulary instead of losing the note', () => {
		expect(() => groupNotes(numbers, (id) => kinds[id] ?? '', ['x', 'y'])).toThrow(
			/"d" has unknown kind "z"/,
		);
	});
});

describe('numberRuns', () => {
	it('writes consecutive numbers as ranges', () => {
		expect(numberRuns([9, 1, 2, 3, 7, 10, 3])).toEqual(['1–3', '7', '9–10']);
		expect(numberRuns([])).toEqual([]);
		expect(numberRuns([5])).toEqual(['5']);
	});

	it('writes each number with the given formatter', () => {
		expect(numberRuns([1, 2], (n) => `#${n}`)).toEqual(['#1–#2']);
	});
});
