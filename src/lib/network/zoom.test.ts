import { describe, expect, it } from 'vitest';
import { LABEL_LEVELS } from './labels';
import {
	IDENTITY,
	ZOOM_MAX,
	between,
	clampTransform,
	levelIndex,
	panBy,
	revealPoint,
	zoomAt,
} from './zoom';

const frame = { width: 960, height: 680 };
const toScreen = (t: { k: number; x: number; y: number }, p: { x: number; y: number }) => ({
	x: t.k * p.x + t.x,
	y: t.k * p.y + t.y,
});

describe('zoomAt', () => {
	it('keeps the point under the pointer in place', () => {
		const at = { x: 300, y: 200 };
		const t = zoomAt(IDENTITY, 2, at, frame);
		expect(t.k).toBe(2);
		expect(toScreen(t, at)).toEqual(at);
	});

	it('stays between 1× and the largest zoom', () => {
		expect(zoomAt(IDENTITY, 0.5, { x: 10, y: 10 }, frame)).toEqual(IDENTITY);
		expect(zoomAt({ k: 10, x: 0, y: 0 }, 4, { x: 0, y: 0 }, frame).k).toBe(ZOOM_MAX);
	});
});

describe('clampTransform and panBy', () => {
	it('never shows past the frame’s edges', () => {
		expect(panBy(IDENTITY, 50, -50, frame)).toEqual(IDENTITY);
		const t = panBy({ k: 2, x: -100, y: -100 }, 5000, -5000, frame);
		expect(t).toEqual({ k: 2, x: 0, y: -680 });
		expect(clampTransform({ k: 0.2, x: 3, y: 3 }, frame)).toEqual(IDENTITY);
	});
});

describe('revealPoint', () => {
	it('pans the least needed to bring a point into view, and not at all if it is there', () => {
		const t = { k: 4, x: 0, y: 0 };
		expect(revealPoint(t, { x: 100, y: 100 }, frame)).toEqual(t);
		const moved = revealPoint(t, { x: 600, y: 100 }, frame);
		const screen = toScreen(moved, { x: 600, y: 100 });
		expect(screen.x).toBeCloseTo(frame.width - 48);
		expect(moved.y).toBe(0);
	});
});

describe('levelIndex', () => {
	it('picks the smallest checked level at or above u', () => {
		expect(levelIndex(1, LABEL_LEVELS)).toBe(8);
		expect(levelIndex(0.95, LABEL_LEVELS)).toBe(8);
		expect(levelIndex(1.01, LABEL_LEVELS)).toBe(7);
		expect(levelIndex(9, LABEL_LEVELS)).toBe(0);
		expect(levelIndex(0.01, LABEL_LEVELS)).toBe(LABEL_LEVELS.length - 1);
	});
});

describe('between', () => {
	it('carries what one transform drew to where the other draws it', () => {
		const from = zoomAt(IDENTITY, 2, { x: 300, y: 200 }, frame);
		const to = zoomAt(from, 3, { x: 700, y: 500 }, frame);
		const step = between(from, to);
		for (const p of [
			{ x: 0, y: 0 },
			{ x: 480, y: 340 },
			{ x: 955, y: 12 },
		]) {
			const via = toScreen(step, toScreen(from, p));
			const direct = toScreen(to, p);
			expect(via.x).toBeCloseTo(direct.x, 9);
			expect(via.y).toBeCloseTo(direct.y, 9);
		}
	});

	it('is the identity between a transform and itself', () => {
		const t = { k: 4, x: -1200, y: -300 };
		expect(between(t, t)).toEqual({ k: 1, x: 0, y: 0 });
	});
});
