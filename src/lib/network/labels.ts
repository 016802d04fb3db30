/**
 * Label placement for the relationship map, pure and deterministic.
 *
 * The map draws node glyphs and labels at a constant size on screen while positions zoom
 * (semantic zoom). So at a given zoom, a label's box in the map's own units is its size in
 * screen pixels times `u`, the map units per screen pixel. Zooming in (smaller `u`) shrinks
 * every box towards its node, and labels that collided start to fit. The placer tries each
 * label at a ladder of `u` levels, from the most zoomed-out (a narrow phone) to the most
 * zoomed-in, and records the first level at which it fits everywhere below: the chart shows
 * a label once the current `u` is at or under that level. Among the positions that fit, it
 * takes the one crossed by the fewest edges, so lines run beside names rather than through them.
 */

/** Font size of map labels, in screen pixels. */
export const LABEL_FONT_SIZE = 13;
/** Line height of map labels, in screen pixels. */
export const LABEL_LINE_HEIGHT = 16;
/** Gap between a node's glyph and its label, in screen pixels. */
const LABEL_GAP = 3;
/** Breathing room kept around every box, in screen pixels. */
const LABEL_PAD = 1;

/**
 * Map units per screen pixel at which labels are checked, from zoomed out to zoomed in:
 * 4 × 2^(−i/4). Quarter-octave steps keep the jump in glyph size small when the chart
 * snaps to the next level; 4 covers a 960-unit map on a 240 px screen, 1/8 a 16× zoom.
 */
export const LABEL_LEVELS: readonly number[] = Array.from(
	{ length: 21 },
	(_, i) => Math.round(4 * 2 ** (-i / 4) * 1000) / 1000,
);

/** Approximate advance widths in em of a wide system sans-serif (DejaVu Sans, Verdana). */
function charWidth(ch: string): number {
	if (ch === ' ') return 0.32;
	if ("iljtf.,:;!|'’()[]".includes(ch)) return 0.34;
	if (ch === 'r') return 0.43;
	if ('mw'.includes(ch)) return 0.88;
	if ('MW'.includes(ch)) return 0.98;
	if (ch === '-' || ch === '–') return 0.4;
	if (/[0-9]/.test(ch)) return 0.64;
	if (/[A-Z]/.test(ch)) return 0.72;
	return 0.6;
}

/**
 * The estimated width of a line of text in pixels. Deliberately generous (a wide font plus
 * 5%): the build cannot measure the reader's font, and a label drawn narrower than its box
 * only leaves a little space, while one drawn wider could touch its neighbour.
 */
export function estimateTextWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
	let em = 0;
	for (const ch of text.normalize('NFD').replace(/\p{M}/gu, '')) em += charWidth(ch);
	return Math.ceil(em * fontSize * 1.05);
}

/** Splits a long name into at most two balanced lines at a space; short names stay whole. */
export function wrapLabel(text: string, maxChars = 18): string[] {
	if (text.length <= maxChars) return [text];
	const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
	if (spaces.length === 0) return [text];
	const middle = text.length / 2;
	const split = spaces.reduce((best, i) =>
		Math.abs(i - middle) < Math.abs(best - middle) ? i : best,
	);
	return [text.slice(0, split), text.slice(split + 1)];
}

/** A label to place: its node's centre (map units), glyph radius and text box (pixels). */
export interface LabelItem {
	id: string;
	x: number;
	y: number;
	/** Radius of the node's glyph, in screen pixels. */
	r: number;
	width: number;
	height: number;
}

/** Where a label sits relative to its node's centre, in screen pixels. */
export interface LabelPlacement {
	/** Left edge of the label's box. */
	dx: number;
	/** Top edge of the label's box. */
	dy: number;
	/** Index in LABEL_LEVELS of the most zoomed-out level at which it fits, or null if none. */
	level: number | null;
}

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
	owner: string;
}

/** Candidate positions of a label box around a glyph, in order of preference. */
function candidates(item: LabelItem): { dx: number; dy: number }[] {
	const { r, width: w, height: h } = item;
	const d = r + LABEL_GAP;
	const diag = r * 0.72 + LABEL_GAP;
	return [
		{ dx: d, dy: -h / 2 }, // right
		{ dx: -d - w, dy: -h / 2 }, // left
		{ dx: -w / 2, dy: d }, // below
		{ dx: -w / 2, dy: -d - h }, // above
		{ dx: diag, dy: diag - h * 0.25 }, // below right
		{ dx: -diag - w, dy: diag - h * 0.25 }, // below left
		{ dx: diag, dy: -diag - h * 0.75 }, // above right
		{ dx: -diag - w, dy: -diag - h * 0.75 }, // above left
	];
}

/** A straight piece of an edge, in map units. */
export interface Segment {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Whether a segment meets a box (Liang–Barsky clipping, without allocating). */
function segmentMeetsBox(s: Segment, b: Box): boolean {
	if (Math.max(s.x0, s.x1) < b.x0 || Math.min(s.x0, s.x1) > b.x1) return false;
	if (Math.max(s.y0, s.y1) < b.y0 || Math.min(s.y0, s.y1) > b.y1) return false;
	const dx = s.x1 - s.x0;
	const dy = s.y1 - s.y0;
	let t0 = 0;
	let t1 = 1;
	const clip = (p: number, q: number): boolean => {
		if (p === 0) return q >= 0;
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		return t0 <= t1;
	};
	return (
		clip(-dx, s.x0 - b.x0) &&
		clip(dx, b.x1 - s.x0) &&
		clip(-dy, s.y0 - b.y0) &&
		clip(dy, b.y1 - s.y0)
	);
}

/** Edge segments bucketed in a grid, to count those crossing a box without scanning all. */
class SegmentGrid {
	private readonly cells = new Map<string, number[]>();
	private readonly seen: Uint32Array;
	private stamp = 0;
	private readonly segments: readonly Segment[];
	private readonly size: number;
	constructor(segments: readonly Segment[], size: number) {
		this.segments = segments;
		this.size = size;
		this.seen = new Uint32Array(segments.length);
		segments.forEach((s, i) => {
			for (const k of this.keys(
				Math.min(s.x0, s.x1),
				Math.min(s.y0, s.y1),
				Math.max(s.x0, s.x1),
				Math.max(s.y0, s.y1),
			)) {
				const cell = this.cells.get(k);
				if (cell) cell.push(i);
				else this.cells.set(k, [i]);
			}
		});
	}

	private keys(x0: number, y0: number, x1: number, y1: number): string[] {
		const keys: string[] = [];
		const z = this.size;
		for (let i = Math.floor(x0 / z); i <= Math.floor(x1 / z); i++)
			for (let j = Math.floor(y0 / z); j <= Math.floor(y1 / z); j++) keys.push(`${i},${j}`);
		return keys;
	}

	/** How many segments meet the box. */
	count(b: Box): number {
		this.stamp++;
		let n = 0;
		for (const k of this.keys(b.x0, b.y0, b.x1, b.y1))
			for (const i of this.cells.get(k) ?? []) {
				if (this.seen[i] === this.stamp) continue;
				this.seen[i] = this.stamp;
				const segment = this.segments[i];
				if (segment && segmentMeetsBox(segment, b)) n++;
			}
		return n;
	}
}

/** A uniform grid of boxes for one zoom level, to find neighbours without scanning all. */
class BoxGrid {
	private readonly cells = new Map<string, Box[]>();
	private readonly size: number;
	constructor(size: number) {
		this.size = size;
	}

	private keys(b: Box): string[] {
		const keys: string[] = [];
		const s = this.size;
		for (let i = Math.floor(b.x0 / s); i <= Math.floor(b.x1 / s); i++)
			for (let j = Math.floor(b.y0 / s); j <= Math.floor(b.y1 / s); j++) keys.push(`${i},${j}`);
		return keys;
	}

	add(b: Box): void {
		for (const k of this.keys(b)) {
			const cell = this.cells.get(k);
			if (cell) cell.push(b);
			else this.cells.set(k, [b]);
		}
	}

	collides(b: Box): boolean {
		for (const k of this.keys(b))
			for (const o of this.cells.get(k) ?? [])
				if (o.owner !== b.owner && o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1)
					return true;
		return false;
	}
}

/**
 * Places labels, most important first, so that no label overlaps another label or any
 * node glyph at any level where both are shown, and each stays inside the frame; of the
 * positions that fit, the one the fewest `edges` segments cross.
 * `items` must be in priority order. Returns one placement per item, in the same order.
 */
export function placeLabels(
	items: readonly LabelItem[],
	frame: { width: number; height: number },
	options: { levels?: readonly number[]; edges?: readonly Segment[] } = {},
): LabelPlacement[] {
	const levels = options.levels ?? LABEL_LEVELS;
	const grids = levels.map((u) => new BoxGrid(96 * u));
	const edges = new SegmentGrid(options.edges ?? [], 32);
	// Crossings per candidate, kept while the scale they were counted at stays the same.
	const crossings = new Map<LabelItem, { seen: number; n: number[] }>();
	const boxAt = (item: LabelItem, u: number, dx: number, dy: number, w: number, h: number) => ({
		x0: item.x + (dx - LABEL_PAD) * u,
		y0: item.y + (dy - LABEL_PAD) * u,
		x1: item.x + (dx + w + LABEL_PAD) * u,
		y1: item.y + (dy + h + LABEL_PAD) * u,
		owner: item.id,
	});
	for (const item of items)
		levels.forEach((u, q) => {
			grids[q]?.add(boxAt(item, u, -item.r, -item.r, 2 * item.r, 2 * item.r));
		});

	const result = new Map<LabelItem, LabelPlacement>();
	let unplaced = [...items];
	levels.forEach((u, p) => {
		const next: LabelItem[] = [];
		for (const item of unplaced) {
			// Fewest crossing edges first, counted as drawn at full size (u = 1, where a desktop
			// reader and the chart downloads see it) or closer; the order of preference breaks ties.
			const seen = Math.min(u, 1);
			const counts = crossings.get(item);
			const counted =
				counts?.seen === seen
					? counts.n
					: candidates(item).map((c) =>
							edges.count(boxAt(item, seen, c.dx, c.dy, item.width, item.height)),
						);
			crossings.set(item, { seen, n: counted });
			const ranked = candidates(item)
				.map((c, order) => ({ ...c, order, crossings: counted[order] ?? 0 }))
				.sort((a, b) => a.crossings - b.crossings || a.order - b.order);
			const fit = ranked.find((c) => {
				const own = boxAt(item, u, c.dx, c.dy, item.width, item.height);
				if (own.x0 < 0 || own.y0 < 0 || own.x1 > frame.width || own.y1 > frame.height) return false;
				for (let q = p; q < levels.length; q++) {
					const box = boxAt(item, levels[q] ?? u, c.dx, c.dy, item.width, item.height);
					if (grids[q]?.collides(box)) return false;
				}
				return true;
			});
			if (!fit) {
				next.push(item);
				continue;
			}
			for (let q = p; q < levels.length; q++)
				grids[q]?.add(boxAt(item, levels[q] ?? u, fit.dx, fit.dy, item.width, item.height));
			result.set(item, { dx: fit.dx, dy: fit.dy, level: p });
		}
		unplaced = next;
	});
	return items.map((item) => {
		const placed = result.get(item);
		if (placed) return placed;
		// Never fits: it still gets a position, shown only on hover, focus or selection.
		const [first] = candidates(item);
		return { dx: first?.dx ?? item.r, dy: first?.dy ?? 0, level: null };
	});
}
