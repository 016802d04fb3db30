/**
 * The home page's preview of the timeline: the main lane's phases as segments of one spine,
 * each event a glyph of its date's precision, the disputed date written out under its event,
 * and every group the content does not place in time in a box of its own, apart from the
 * spine (never before or after it). Built from the timeline's plan (`planTimeline`). Pure.
 */
import type { TimelinePlan } from '../timeline/plan';
import { measureText, wrapText } from '../timeline/text';
import { datePrecision } from '../time/dates';
import type { MarkPrecision } from '../timeline/layout';

/** One event as the preview draws it. */
export interface PreviewEvent {
	id: string;
	title: string;
	precision: MarkPrecision;
	disputed: boolean;
	/** The stated date, when any. */
	date?: string;
	x: number;
	y: number;
}

/** A phase of the main lane: a piece of the spine. */
export interface PreviewSegment {
	id: string;
	title: string;
	titleLines: { text: string; y: number }[];
	x1: number;
	x2: number;
	/** "time": some dates to scale in the full chart; "order": placed by order only. */
	mode: 'time' | 'order';
	events: PreviewEvent[];
}

/** The computed preview, in SVG user units. */
export interface TimelinePreview {
	width: number;
	height: number;
	spineY: number;
	segments: PreviewSegment[];
	/** The disputed events of the spine, with where their written date goes. */
	disputed: { event: PreviewEvent; x: number; y: number }[];
	/** The events not placed in time, drawn apart; absent when every event is on the spine. */
	unplaced?: { x: number; y: number; width: number; height: number; events: PreviewEvent[] };
}

/** Sizes of the preview's text and marks. */
export const TIMELINE_PREVIEW = {
	width: 360,
	title: 12,
	titleLine: 15,
	pad: 8,
	gap: 10,
	step: 22,
	stack: 16,
	/** Lines of the disputed date written under the spine. */
	dateLines: 2,
	dateLine: 15,
} as const;

const precisionOf = (date: string | undefined): MarkPrecision =>
	date === undefined ? 'none' : datePrecision(date);

/** Lays out the preview of a timeline plan in a frame `width` wide. */
export function computeTimelinePreview(
	plan: TimelinePlan,
	width: number = TIMELINE_PREVIEW.width,
): TimelinePreview {
	const P = TIMELINE_PREVIEW;
	const main = plan.lanes.find((l) => l.kind === 'main');
	const bands = main?.bands ?? [];
	const inner = width - 2 * P.pad;
	// Each phase gets room by its events (plus one), so a busy phase is not cramped.
	const weights = bands.map((b) => b.steps.reduce((n, s) => n + s.events.length, 0) + 1);
	const total = weights.reduce((a, b) => a + b, 0) || 1;
	const free = inner - P.gap * Math.max(bands.length - 1, 0);
	// Each phase is at least as wide as the longest word of its title, so a title wraps between
	// words and never inside one ("operati/on"); the rest of the room goes by weight.
	const least = bands.map((b) =>
		Math.max(0, ...b.title.split(/\s+/).map((word) => measureText(word, P.title, true) + 4)),
	);
	const leastTotal = least.reduce((a, b) => a + b, 0);
	const widthOf = (i: number) =>
		leastTotal <= free
			? (least[i] ?? 0) + ((free - leastTotal) * (weights[i] ?? 1)) / total
			: (free * (weights[i] ?? 1)) / total;
	let x = P.pad;
	const titleTop = P.pad + P.title;
	const pieces = bands.map((band, i) => {
		const w = widthOf(i);
		const x1 = x;
		x += w + P.gap;
		return { band, x1, x2: x1 + w, lines: wrapText(band.title, w - 2, P.title, true) };
	});
	const titleRows = Math.max(1, ...pieces.map((p) => p.lines.length));
	const spineY = titleTop + (titleRows - 1) * P.titleLine + 22;
	let bottom = spineY + 10;
	const segments: PreviewSegment[] = pieces.map(({ band, x1, x2, lines }) => {
		const stepW = band.steps.length > 0 ? (x2 - x1) / band.steps.length : 0;
		const events = band.steps.flatMap((step, s) =>
			step.events.map((e, k): PreviewEvent => {
				const y = spineY + k * P.stack;
				bottom = Math.max(bottom, y + 10);
				return {
					id: e.id,
					title: e.data.title,
					precision: precisionOf(e.data.date),
					disputed: e.data.flags.includes('disputed'),
					...(e.data.date !== undefined ? { date: e.data.date } : {}),
					x: round(x1 + stepW * (s + 0.5)),
					y: round(y),
				};
			}),
		);
		return {
			id: band.id,
			title: band.title,
			titleLines: lines.map((text, i) => ({ text, y: round(titleTop + i * P.titleLine) })),
			x1: round(x1),
			x2: round(x2),
			mode: band.mode,
			events,
		};
	});
	const spineEvents = segments.flatMap((s) => s.events);
	const disputed = spineEvents
		.filter((e) => e.disputed)
		.map((event) => ({
			event,
			x: round(Math.min(Math.max(event.x, P.pad + 70), width - P.pad - 70)),
			y: round(bottom + 12),
		}));
	if (disputed.length > 0) bottom += 12 + P.dateLines * P.dateLine;

	const apart = plan.lanes.filter((l) => l.kind === 'unplaced');
	const apartEvents = apart.flatMap((l) =>
		l.bands.flatMap((b) => b.steps.flatMap((s) => s.events)),
	);
	let unplaced: TimelinePreview['unplaced'];
	if (apartEvents.length > 0) {
		const top = bottom + 14;
		const height = 58;
		unplaced = {
			x: P.pad,
			y: round(top),
			width: round(inner),
			height,
			events: apartEvents.map((e, i) => ({
				id: e.id,
				title: e.data.title,
				precision: precisionOf(e.data.date),
				disputed: e.data.flags.includes('disputed'),
				...(e.data.date !== undefined ? { date: e.data.date } : {}),
				// In a row with no spine: side by side says nothing about order.
				x: round(P.pad + 18 + i * P.step),
				y: round(top + 40),
			})),
		};
		bottom = top + height;
	}
	return {
		width,
		height: round(bottom + P.pad),
		spineY: round(spineY),
		segments,
		disputed,
		...(unplaced ? { unplaced } : {}),
	};
}

const round = (v: number) => Math.round(v * 10) / 10;
