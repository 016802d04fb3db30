/**
 * Zoom and pan maths for the relationship map, pure. A transform maps map units to the
 * SVG's own units (its viewBox): `screen = k · point + (x, y)`.
 */

/** Scale, then translation, in the SVG's units. */
export interface ZoomTransform {
	k: number;
	x: number;
	y: number;
}

/** The view before any zoom: the whole frame. */
export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };
/** Largest zoom. With 960-unit frames, 16× shows a 60-unit square across the chart. */
export const ZOOM_MAX = 16;

/** Keeps the scale within [1, ZOOM_MAX] and the frame covering the view (no empty edges). */
export function clampTransform(
	t: ZoomTransform,
	frame: { width: number; height: number },
): ZoomTransform {
	const k = Math.max(1, Math.min(ZOOM_MAX, t.k));
	const clamp = (v: number, size: number) => Math.max(size * (1 - k), Math.min(0, v));
	return { k, x: clamp(t.x, frame.width), y: clamp(t.y, frame.height) };
}

/** Zooms by `factor` keeping the point `at` (SVG units) where it is on screen. */
export function zoomAt(
	t: ZoomTransform,
	factor: number,
	at: { x: number; y: number },
	frame: { width: number; height: number },
): ZoomTransform {
	const k = Math.max(1, Math.min(ZOOM_MAX, t.k * factor));
	const ratio = k / t.k;
	return clampTransform(
		{ k, x: at.x - (at.x - t.x) * ratio, y: at.y - (at.y - t.y) * ratio },
		frame,
	);
}

/** Moves the view by dx, dy SVG units. */
export function panBy(
	t: ZoomTransform,
	dx: number,
	dy: number,
	frame: { width: number; height: number },
): ZoomTransform {
	return clampTransform({ k: t.k, x: t.x + dx, y: t.y + dy }, frame);
}

/**
 * Pans the least needed to bring a map point inside the view with `margin` SVG units to
 * spare; the same transform if it is already there.
 */
export function revealPoint(
	t: ZoomTransform,
	point: { x: number; y: number },
	frame: { width: number; height: number },
	margin = 48,
): ZoomTransform {
	const sx = t.k * point.x + t.x;
	const sy = t.k * point.y + t.y;
	const shift = (s: number, size: number) =>
		s < margin ? margin - s : s > size - margin ? size - margin - s : 0;
	return panBy(t, shift(sx, frame.width), shift(sy, frame.height), frame);
}

/**
 * The transform that carries a drawing made at `from` to where `to` would draw it:
 * `to = between(from, to) ∘ from`. It scales the drawing as it is, for the compositor to
 * show while a gesture runs.
 */
export function between(from: ZoomTransform, to: ZoomTransform): ZoomTransform {
	const k = to.k / from.k;
	return { k, x: to.x - k * from.x, y: to.y - k * from.y };
}

/**
 * The label level in force for `u` map units per screen pixel: the index of the smallest
 * level at or above `u` (levels run from large to small), so glyphs and labels are drawn at
 * a level the layout checked. 0 when `u` is above every level.
 */
export function levelIndex(u: number, levels: readonly number[]): number {
	let index = 0;
	levels.forEach((level, i) => {
		if (level >= u - 1e-9) index = i;
	});
	return index;
}
