import { describe, expect, it } from 'vitest';
import { LABEL_LEVELS, estimateTextWidth, placeLabels, wrapLabel } from './labels';

describe('estimateTextWidth', () => {
	it('grows with the text, ignores diacritics, and counts capitals wider', () => {
		expect(estimateTextWidth('Rodriguez')).toBeGreaterThan(estimateTextWidth('Rodri'));
		expect(estimateTextWidth('Núñez Ibáñez')).toBe(estimateTextWidth('Nunez Ibanez'));
		expect(estimateTextWidth('MMMM')).toBeGreaterThan(estimateTextWidth('iiii'));
		expect(estimateTextWidth('abc', 26)).toBe(
			2 * estimateTextWidth('abc', 13) + (estimateTextWidth('abc', 26) % 2),
		);
	});
});

describe('wrapLabel', () => {
	it('keeps short names whole and splits long ones at the space nearest the middle', () => {
		expect(wrapLabel('Ana Pérez')).toEqual(['Ana Pérez']);
		expect(wrapLabel('Regional harbour authority officials')).toEqual([
			'Regional harbour',
			'authority officials',
		]);
		expect(wrapLabel('Guardia Costera del Sur')).toEqual(['Guardia Costera', 'del Sur']);
		expect(wrapLabel('Supercalifragilisticexpialidocious')).toEqual([
			'Supercalifragilisticexpialidocious',
		]);
	});
});

describe('LABEL_LEVELS', () => {
	it('runs from zoomed out to zoomed in by quarter octaves, through 1', () => {
		expect(LABEL_LEVELS[0]).toBe(4);
		expect(LABEL_LEVELS[8]).toBe(1);
		for (let i = 1; i < LABEL_LEVELS.length; i++)
			expect(LABEL_LEVELS[i - 1]! / LABEL_LEVELS[i]!).toBeCloseTo(2 ** 0.25, 2);
	});
});

describe('placeLabels', () => {
	const frame = { width: 960, height: 680 };
	const item = (id: string, x: number, y: number) => ({ id, x, y, r: 8, width: 80, height: 16 });

	it('puts a lone label to the right of its node from the most zoomed-out level', () => {
		const [placed] = placeLabels([item('a', 480, 340)], frame);
		expect(placed).toEqual({ dx: 11, dy: -8, level: 0 });
	});

	it('moves a label to the left near the right edge of the frame', () => {
		const [placed] = placeLabels([item('a', 940, 340)], frame);
		expect(placed?.dx).toBeLessThan(0);
	});

	it('keeps labels off other glyphs: two close nodes label outwards', () => {
		const [first, second] = placeLabels([item('a', 400, 340), item('b', 430, 340)], frame);
		// b's glyph blocks the right of a, and a's glyph the left of b.
		expect(first).toMatchObject({ level: 0 });
		expect(first?.dx).toBeLessThan(0);
		expect(second).toMatchObject({ dx: 11, level: 0 });
	});

	it('holds back a less important label until zooming in makes room', () => {
		// A 3 × 3 grid 30 units apart: at u = 4 glyphs surround the centre on every side.
		const grid = [-1, 0, 1].flatMap((i) =>
			[-1, 0, 1].map((j) => item(`${i},${j}`, 400 + 30 * i, 340 + 30 * j)),
		);
		const centre = grid.splice(4, 1)[0]!;
		const placed = placeLabels([...grid, centre], frame);
		expect(placed.at(-1)?.level).toBeGreaterThan(0);
		expect(placed.at(-1)?.level).not.toBeNull();
	});

	it('sets a label where no edge runs through it, if such a place fits', () => {
		// An edge leaving the node to the right, level with it: the label goes left.
		const right = { x0: 480, y0: 340, x1: 900, y1: 340 };
		const [left] = placeLabels([item('a', 480, 340)], frame, { edges: [right] });
		expect(left?.dx).toBeLessThan(0);
		expect(left?.level).toBe(0);
		// A line straight through, left and right: below, the next preference.
		const through = { x0: 0, y0: 340, x1: 960, y1: 340 };
		const [below] = placeLabels([item('a', 480, 340)], frame, { edges: [through] });
		expect(below).toMatchObject({ dx: -40, dy: 11, level: 0 });
		// An edge that misses every candidate changes nothing.
		const far = { x0: 0, y0: 0, x1: 100, y1: 0 };
		expect(placeLabels([item('a', 480, 340)], frame, { edges: [far] })).toEqual(
			placeLabels([item('a', 480, 340)], frame),
		);
	});

	it('returns null for a label that fits at no level', () => {
		const tiny = { width: 60, height: 30 };
		const [placed] = placeLabels([{ ...item('a', 30, 15), width: 500 }], tiny);
		expect(placed?.level).toBeNull();
	});
});
