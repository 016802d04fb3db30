/**
 * The timeline's geometry, computed at build time from its plan (`planTimeline`): a vertical
 * spine that time runs down, phases as its segments, each event's mark on the spine and its
 * label beside it, dates in the gutter to the left. Pure: plain data in, rounded coordinates
 * out, same input ⇒ same output.
 *
 * - Along a run of date steps the spine is solid and distances are to scale (one scale per
 *   run); a long gap between dates becomes a break (a zigzag), never a squeezed distance.
 * - Where events are placed by order only, the spine is dashed and steps are evenly spaced.
 * - A label sits beside its mark; when marks are too close for their labels, the labels move
 *   down and a leader line ties each to its mark, so the marks keep their true places.
 * - Ticks in the gutter are stated, undisputed dates only, in the page's language, at their
 *   own precision. A disputed date is never on the axis: its event is placed by order.
 * - Groups of events the content does not place relative to the spine sit apart, in a box
 *   titled "not placed in time": below the spine on narrow charts, beside it on wide ones.
 */
import { createI18n, REFERENCE_LANG, type I18n } from '../../i18n';
import type { Phase, StoryEvent } from '../../schemas';
import type { Entry } from '../content/types';
import {
	dateInterval,
	datePrecision,
	formatPartialDate,
	formatShortDate,
	type DatePrecision,
} from '../time/dates';
import { describeEventTime } from '../time/event-time';
import { planTimeline, type PlanLane, type PlanStep, type TimelinePlan } from './plan';
import { measureText, wrapText } from './text';

/** How precisely an event's time is known, as its mark shows it. */
export type MarkPrecision = DatePrecision | 'none';

/** The keys a legend explains; a layout lists the ones it uses. */
export type TimelineKey =
	| 'day'
	| 'month'
	| 'year'
	| 'none'
	| 'span'
	| 'ongoing'
	| 'disputed'
	| 'axis-time'
	| 'axis-order'
	| 'break'
	| 'group';

/** Every key of the timeline's legend, in the order the legend lists them. */
export const TIMELINE_KEYS: readonly TimelineKey[] = [
	'day',
	'month',
	'year',
	'none',
	'disputed',
	'span',
	'ongoing',
	'axis-time',
	'axis-order',
	'break',
	'group',
];

/** A rectangle in chart coordinates. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** One line of text with its baseline. */
export interface TextLine {
	text: string;
	y: number;
}

/** A line from one point to another (a leader from a mark or a date to its label). */
export interface Segment {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** A lane: the spine, or one group of events not placed relative to it. */
export interface TimelineLane {
	kind: 'main' | 'unplaced';
	/** The x of the lane's spine. */
	spineX: number;
	box: Box;
}

/** A phase drawn as a segment of its lane. */
export interface TimelineBand {
	/** The phase id, or "" for events in no phase. */
	id: string;
	title: string;
	/** Index of the band's lane in `lanes`. */
	lane: number;
	/** "time": dated steps are to scale; "order": the phase shows order only. */
	mode: 'time' | 'order';
	/** Whether a stated order leads here from the band above (absent for a lane's first band). */
	orderStated?: boolean;
	textX: number;
	/** Where a dotted rule sets this group apart from the one above, in the same phase. */
	separator?: number;
	/** Empty when the band goes on in the phase of the group above (see `separator`). */
	titleLines: TextLine[];
	/** The note under the title when the band's place after the one above is our reading. */
	noteLines: TextLine[];
	/** The title and note block. */
	header: Box;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A piece of a spine: solid where distances are time, dashed where they are order only. */
export interface SpinePiece {
	x: number;
	y1: number;
	y2: number;
	kind: 'time' | 'order';
}

/** A stated, undisputed date in the gutter, right-aligned at `textX`. */
export interface AxisTick {
	/** The point on the spine it dates. */
	x: number;
	y: number;
	textX: number;
	lines: TextLine[];
	/** Machine-readable date ("2020", "2020-06-01"). */
	datetime: string;
	/** The label's box, for overlap checks. */
	box: Box;
	/** From the label to its point, when the label had to move. */
	leader?: Segment;
}

/** A bracket beside events that share a step: their order among themselves is not stated. */
export interface TimelineGroup {
	x: number;
	y1: number;
	y2: number;
	textX: number;
	lines: TextLine[];
	box: Box;
}

/** One event's mark: its glyph on the spine, its extents and its label. */
export interface TimelineMark {
	id: string;
	/** Index of the lane in `lanes`. */
	lane: number;
	/** Index of the band in `bands`. */
	band: number;
	phase: string;
	/** The glyph's centre, on its lane's spine. */
	x: number;
	y: number;
	precision: MarkPrecision;
	disputed: boolean;
	ongoing: boolean;
	/** For a stretch of time: a bar beside the spine, ending before the events it precedes. */
	span?: { x: number; y1: number; y2: number; open: boolean };
	/** On a time scale: the whole period a year or month date covers, along the spine. */
	range?: { y1: number; y2: number };
	/** For an ongoing event: the line that runs on, ending in an arrow. */
	tail?: { x: number; y1: number; y2: number };
	/** From the glyph to the label, when the label had to move down. */
	leader?: Segment;
	/** The stated date ("2023-01-03"), when any. */
	date?: string;
	/** The label's left edge. */
	labelX: number;
	titleLines: TextLine[];
	metaLines: TextLine[];
	/** A line linking to the note that explains the flag, for disputed events with a note. */
	noteLine?: TextLine;
	note?: string;
	actors: string[];
	/** Everything the mark shows, as one sentence for assistive technology. */
	description: string;
	/** The label block (title, meta and note lines). */
	label: Box;
	/** The link's target area, outlined on focus and selection. */
	hit: Box;
	/** Glyph and label. */
	box: Box;
}

/** The computed timeline. Coordinates are in SVG user units (CSS pixels at 100%). */
export interface TimelineLayout {
	width: number;
	height: number;
	lanes: TimelineLane[];
	/** The box around the lanes not placed in time, with its title, when there are any. */
	unplaced?: { box: Box; textX: number; titleLines: TextLine[]; noteLines: TextLine[] };
	bands: TimelineBand[];
	/** Marks in reading order: lane, then top to bottom. */
	marks: TimelineMark[];
	spine: SpinePiece[];
	/** Where a long gap in time is cut short: the centre of each zigzag. */
	breaks: { x: number; y: number }[];
	ticks: AxisTick[];
	groups: TimelineGroup[];
	/** Actors of the events, most frequent first, for filters. */
	actors: { id: string; name: string; count: number }[];
	/** Legend keys this layout uses, in legend order. */
	keys: TimelineKey[];
	/** Text sizes the renderer must use, since labels were wrapped for them. */
	font: { title: number; meta: number; band: number; axis: number };
}

/** Sizes and words of the layout; the defaults suit a phone (a chart 340 px wide). */
/** The language of an event's or phase's text field when it is not the page's (not translated). */
export type TimelineTextLang = (
	kind: 'event' | 'phase',
	id: string,
	field: string,
) => string | undefined;

export interface TimelineOptions {
	/** Returns an actor's display name, for filters and descriptions. */
	actorName?: (id: string) => string | undefined;
	/** The chart's width. */
	width?: number;
	/** The widest a label may be. */
	maxLabelWidth?: number;
	/** Where the box of events not placed in time goes. */
	unplaced?: 'below' | 'beside';
	/** The page's language for every word and date the layout writes (the reference if absent). */
	i18n?: I18n;
}

const FONT = { title: 13, meta: 12, band: 14, axis: 12 };
const LINE = { title: 17, meta: 16, band: 18, axis: 15 };
const MARGIN = 8;
const GLYPH_R = 6;
/** From a label's top to its glyph's centre, so the glyph sits on the title's first line. */
const GLYPH_DROP = 10;
const LABEL_GAP = 10;
const TRACK = 6;
/** The most room stretches of time take beside the spine. */
const MAX_TRACKS_WIDTH = 30;
const BREAK_PX = 26;
const BAND_GAP = 6;
/** A gap between dates is cut short when it is this many times the next longest gap. */
const BREAK_RATIO = 4;
const GUTTER = { min: 40, max: 92 };
/** The width of the box of events not placed in time, beside the spine. */
const BESIDE_WIDTH = 300;

const round = (n: number) => Math.round(n * 10) / 10;
const roundBox = (b: Box): Box => ({
	x: round(b.x),
	y: round(b.y),
	width: round(b.width),
	height: round(b.height),
});

/** Lays out a timeline (see the module comment); `phases` decides the order of phases. */
export function computeTimelineLayout(
	events: readonly Entry<StoryEvent>[],
	phases: readonly Entry<Phase>[],
	options: TimelineOptions = {},
): TimelineLayout {
	const i18n = options.i18n ?? createI18n(REFERENCE_LANG);
	const plan = planTimeline(events, phases, i18n.t('timeline.otherPhase'));
	return layoutPlan(plan, events, {
		width: options.width ?? 340,
		maxLabelWidth: options.maxLabelWidth ?? 360,
		unplaced: options.unplaced ?? 'below',
		actorName: options.actorName ?? ((id: string) => id),
		i18n,
	});
}

interface Settings {
	width: number;
	maxLabelWidth: number;
	unplaced: 'below' | 'beside';
	actorName: (id: string) => string | undefined;
	i18n: I18n;
}

/** What the layout collects while it places lanes. */
interface Sink {
	lanes: TimelineLane[];
	bands: TimelineBand[];
	marks: TimelineMark[];
	spine: SpinePiece[];
	breaks: { x: number; y: number }[];
	ticks: AxisTick[];
	groups: TimelineGroup[];
	keys: Set<TimelineKey>;
}

function layoutPlan(
	plan: TimelinePlan,
	events: readonly Entry<StoryEvent>[],
	s: Settings,
): TimelineLayout {
	const sink: Sink = {
		lanes: [],
		bands: [],
		marks: [],
		spine: [],
		breaks: [],
		ticks: [],
		groups: [],
		keys: new Set(),
	};
	const main = plan.lanes.find((l) => l.kind === 'main');
	const others = mergeSingletons(plan.lanes.filter((l) => l.kind === 'unplaced'));
	const beside = s.unplaced === 'beside' && main !== undefined && others.length > 0;
	const mainRight = beside ? s.width - BESIDE_WIDTH - 16 : s.width;
	let bottom = 0;
	if (main) bottom = placeLane(main, 0, mainRight, MARGIN, s, sink);

	let unplaced: TimelineLayout['unplaced'];
	if (others.length > 0) {
		const x0 = beside ? mainRight + 16 : 0;
		const y0 = beside || !main ? 0 : bottom + 16;
		const textX = x0 + MARGIN + 4;
		const inner = s.width - x0 - 2 * (MARGIN + 4);
		let y = y0 + 10;
		const titleLines = wrapText(s.i18n.t('timeline.unplaced.title'), inner, FONT.band, true).map(
			(t) => ({
				text: t,
				y: (y += LINE.band) - 4,
			}),
		);
		const noteLines = wrapText(s.i18n.t('timeline.unplaced.note'), inner, FONT.meta).map((t) => ({
			text: t,
			y: (y += LINE.meta) - 4,
		}));
		y += 4;
		let phase: string | undefined;
		for (const lane of others) {
			y = placeLane(lane, x0 + 2, s.width - 2, y, s, sink, phase) + 4;
			phase = lane.bands.at(-1)?.id;
		}
		const box = { x: x0 + 1, y: y0 + 1, width: s.width - x0 - 2, height: y + 4 - y0 - 1 };
		unplaced = { box: roundBox(box), textX, titleLines, noteLines };
		bottom = Math.max(bottom, y + 4);
	}

	const counts = new Map<string, number>();
	for (const e of events) for (const a of e.data.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
	const actors = [...counts.entries()]
		.map(([id, count]) => ({ id, name: s.actorName(id) ?? id, count }))
		.sort((a, b) => b.count - a.count || s.i18n.compare(a.name, b.name));

	return {
		width: Math.ceil(s.width),
		height: Math.ceil(bottom + MARGIN),
		lanes: sink.lanes,
		...(unplaced ? { unplaced } : {}),
		bands: sink.bands,
		marks: sink.marks,
		spine: sink.spine,
		breaks: sink.breaks,
		ticks: sink.ticks,
		groups: sink.groups,
		actors,
		keys: TIMELINE_KEYS.filter((k) => sink.keys.has(k)),
		font: FONT,
	};
}

/**
 * Unplaced groups of one event each, of the same phase, become one lane of one step: they are
 * no more ordered among themselves than relative to the spine, and say so with one bracket.
 */
function mergeSingletons(lanes: readonly PlanLane[]): PlanLane[] {
	const out: PlanLane[] = [];
	const singles = new Map<string, PlanLane>();
	for (const lane of lanes) {
		const only = lane.bands.length === 1 ? lane.bands[0] : undefined;
		const step = only?.steps.length === 1 ? only.steps[0] : undefined;
		if (!only || !step || step.events.length !== 1) {
			out.push(lane);
			continue;
		}
		const known = singles.get(only.id);
		if (known) {
			known.bands[0]?.steps[0]?.events.push(...step.events);
			continue;
		}
		const merged: PlanLane = {
			kind: 'unplaced',
			bands: [{ ...only, mode: 'order', steps: [{ kind: 'order', events: [...step.events] }] }],
		};
		singles.set(only.id, merged);
		out.push(merged);
	}
	return out;
}

/** A mark's label text, wrapped. */
interface Label {
	title: string[];
	meta: string[];
	note: boolean;
	width: number;
	titleWidth: number;
	height: number;
}

/** What a mark's label says: title, the time in words unless the gutter dates it, a note link. */
function makeLabel(e: Entry<StoryEvent>, width: number, s: Settings): Label {
	const d = e.data;
	const title = wrapText(d.title, width, FONT.title, true);
	const disputed = d.flags.includes('disputed');
	const ongoing = d.flags.includes('ongoing');
	const { t } = s.i18n;
	let time: string | undefined;
	if (d.date === undefined) time = d.when ?? t('timeline.markNoDate');
	else if (disputed) time = t('timeline.markDisputed', { date: formatPartialDate(d.date, s.i18n) });
	else time = d.when;
	if (ongoing) time = time ? t('timeline.markOngoing', { time }) : t('timeline.markOngoingOnly');
	const meta = time ? wrapText(time, width, FONT.meta) : [];
	const note = disputed && d.note !== undefined;
	const noteWidth = note ? measureText(t('date.whyDisputed'), FONT.meta) : 0;
	const titleWidth = Math.ceil(Math.max(...title.map((l) => measureText(l, FONT.title, true))));
	const metaWidth = Math.max(0, ...meta.map((l) => measureText(l, FONT.meta)));
	return {
		title,
		meta,
		note,
		width: Math.ceil(Math.max(titleWidth, noteWidth, metaWidth)),
		titleWidth,
		height: title.length * LINE.title + (meta.length + (note ? 1 : 0)) * LINE.meta + 2,
	};
}

/** A placed event, before its mark is finished. */
interface Placed {
	event: Entry<StoryEvent>;
	band: number;
	y: number;
	labelTop: number;
	label: Label;
	range?: { y1: number; y2: number };
}

/** A date's label lines in the gutter, wrapped to its width. */
function tickLines(date: string, s: Settings, width: number): string[] {
	// Dates on the axis are drawn semibold: measured as bold, so they never run past the gutter.
	return wrapText(formatShortDate(date, s.i18n), width, FONT.axis, true);
}

/**
 * Places one lane from `top` between `x0` and `x1`: its bands, steps, spine, ticks, spans.
 * Returns the lane's bottom.
 */
function placeLane(
	lane: PlanLane,
	x0: number,
	x1: number,
	top: number,
	s: Settings,
	sink: Sink,
	/** The phase the lane above ended with: a lane that goes on in it does not repeat its title. */
	previousPhase?: string,
): number {
	const laneIndex = sink.lanes.length;
	const laneEvents = lane.bands.flatMap((b) => b.steps.flatMap((st) => st.events));

	// The gutter fits the widest date, within limits (longer dates wrap).
	const dates = laneEvents.flatMap((e) =>
		e.data.date !== undefined && !e.data.flags.includes('disputed') ? [e.data.date] : [],
	);
	const multi = lane.bands.some((b) => b.steps.some((st) => st.events.length > 1));
	const widest = Math.max(
		multi ? GUTTER.min + 12 : 0,
		...dates.map((d) => measureText(formatShortDate(d, s.i18n), FONT.axis, true)),
	);
	const gutter = Math.min(GUTTER.max, Math.max(GUTTER.min, Math.ceil(widest)));
	const spineX = x0 + MARGIN + gutter + 12;
	const hasSpine =
		laneEvents.length > 1 && !(lane.bands.length === 1 && lane.bands[0]?.steps.length === 1);

	// Tracks beside the spine for stretches of time and ongoing events, by step.
	const stepIndex = new Map<string, number>();
	const stepBand: number[] = [];
	const bandLastStep: number[] = [];
	let si = 0;
	lane.bands.forEach((b, bi) => {
		for (const st of b.steps) {
			for (const e of st.events) stepIndex.set(e.id, si);
			stepBand.push(bi);
			si++;
		}
		bandLastStep.push(si - 1);
	});
	const trackOf = new Map<string, number>();
	const trackEnds: number[] = [];
	const extended = laneEvents
		.filter((e) => e.data.span || e.data.flags.includes('ongoing'))
		.map((e) => {
			const start = stepIndex.get(e.id) ?? 0;
			const bandEnd = bandLastStep[stepBand[start] ?? 0] ?? start;
			const targets = e.data.span
				? e.data.before.flatMap((b) => {
						const at = stepIndex.get(b);
						return at !== undefined && at > start ? [at - 1] : [];
					})
				: [];
			return { id: e.id, start, end: Math.min(bandEnd, ...targets) };
		})
		.sort((a, b) => a.start - b.start || a.end - b.end);
	for (const x of extended) {
		let t = trackEnds.findIndex((end) => end < x.start);
		if (t === -1) t = trackEnds.length;
		trackEnds[t] = x.end;
		trackOf.set(x.id, t);
	}
	// Many overlapping stretches share a band of fixed width rather than push labels off.
	const trackStep = Math.min(TRACK, MAX_TRACKS_WIDTH / Math.max(1, trackEnds.length));
	const labelX = spineX + 14 + Math.min(trackEnds.length * TRACK, MAX_TRACKS_WIDTH);
	const labelWidth = Math.max(80, Math.min(s.maxLabelWidth, x1 - labelX - 4));
	const labels = new Map(laneEvents.map((e) => [e.id, makeLabel(e, labelWidth, s)]));

	const placed = new Map<string, Placed>();
	let cursor = top;
	const bandStart = sink.bands.length;

	lane.bands.forEach((plan, bi) => {
		const bandIndex = bandStart + bi;
		const bandTop = cursor;
		const textX = x0 + MARGIN;
		let y = bandTop + 8;
		const inner = x1 - textX - 4;
		const repeated = bi === 0 && previousPhase === plan.id;
		const titleLines = (repeated ? [] : wrapText(plan.title, inner, FONT.band, true)).map((t) => ({
			text: t,
			y: (y += LINE.band) - 4,
		}));
		const noteLines =
			plan.orderStated === false
				? wrapText(s.i18n.t('timeline.phaseOrderInferred'), inner, FONT.meta).map((t) => ({
						text: t,
						y: (y += LINE.meta) - 4,
					}))
				: [];
		const headerWidth = Math.max(
			0,
			...titleLines.map((l) => measureText(l.text, FONT.band, true)),
			...noteLines.map((l) => measureText(l.text, FONT.meta)),
		);
		const header = { x: textX, y: bandTop + 8, width: headerWidth, height: y + 4 - (bandTop + 8) };
		cursor = y + 10;

		const gutterItems: GutterItem[] = [];
		let lastSpineY: number | undefined;
		const spineTo = (from: number, kind: SpinePiece['kind'], to: number) => {
			if (to - from > 0.5) sink.spine.push({ x: spineX, y1: round(from), y2: round(to), kind });
			if (to - from > 0.5) sink.keys.add(kind === 'time' ? 'axis-time' : 'axis-order');
		};
		const joinSpine = (startY: number) => {
			if (lastSpineY !== undefined && hasSpine) spineTo(lastSpineY, 'order', startY);
		};
		const addTicks = (list: Placed[]) => {
			const seen = new Set<string>();
			for (const p of list) {
				const date = p.event.data.date;
				if (date === undefined || p.event.data.flags.includes('disputed')) continue;
				const key = `${date}@${round(p.y)}`;
				if (seen.has(key)) continue;
				seen.add(key);
				gutterItems.push({
					kind: 'tick',
					anchor: p.y,
					lines: tickLines(date, s, gutter),
					datetime: date,
				});
			}
		};

		let i = 0;
		while (i < plan.steps.length) {
			const step = plan.steps[i];
			if (!step) break;
			if (step.kind === 'order') {
				const list = step.events.map((e): Placed => {
					const label = labels.get(e.id) ?? makeLabel(e, labelWidth, s);
					const p: Placed = {
						event: e,
						band: bandIndex,
						y: cursor + GLYPH_DROP,
						labelTop: cursor,
						label,
					};
					cursor += label.height + LABEL_GAP;
					return p;
				});
				const first = list[0];
				const last = list.at(-1);
				if (first && last) {
					joinSpine(first.y);
					if (hasSpine) spineTo(first.y, 'order', last.y);
					lastSpineY = last.y;
				}
				if (list.length > 1 && first && last) {
					const y1 = first.labelTop + 2;
					const y2 = last.labelTop + last.label.height;
					gutterItems.push({
						kind: 'group',
						anchor: (y1 + y2) / 2,
						lines: wrapText(s.i18n.t('timeline.unordered'), gutter, FONT.axis - 1),
						y1,
						y2,
					});
					sink.keys.add('group');
				}
				addTicks(list);
				for (const p of list) placed.set(p.event.id, p);
				i++;
				continue;
			}
			// A run: consecutive date steps, drawn on one scale.
			const run: PlanStep[] = [];
			while (plan.steps[i]?.kind === 'date') run.push(plan.steps[i++] as PlanStep);
			const result = placeRun(run, cursor, labels, bandIndex);
			joinSpine(result.startY);
			for (const piece of result.pieces) {
				if (piece.kind === 'time') spineTo(piece.y1, 'time', piece.y2);
				else {
					sink.breaks.push({ x: spineX, y: round((piece.y1 + piece.y2) / 2) });
					sink.keys.add('break');
				}
			}
			if (result.pieces.length === 0 && result.placed.length > 0 && hasSpine) {
				// A single point in time: nothing to scale, but the spine runs through it.
				spineTo(result.startY, 'order', result.endY);
			}
			lastSpineY = result.endY;
			addTicks(result.placed);
			for (const p of result.placed) placed.set(p.event.id, p);
			cursor = result.bottom;
		}

		// The gutter: dates and brackets, moved down where they would overlap.
		let gutterBottom = cursor;
		let prevBottom = -Infinity;
		for (const item of gutterItems.sort((a, b) => a.anchor - b.anchor)) {
			const h = item.lines.length * LINE.axis;
			const wanted = item.kind === 'tick' ? item.anchor - 11 : item.anchor - h / 2;
			const itemTop = Math.max(wanted, prevBottom + 3, header.y + header.height + 2);
			prevBottom = itemTop + h;
			gutterBottom = Math.max(gutterBottom, prevBottom + LABEL_GAP);
			const textRight = spineX - (item.kind === 'tick' ? 15 : 14);
			const w = Math.max(
				...item.lines.map((l) =>
					item.kind === 'tick' ? measureText(l, FONT.axis, true) : measureText(l, FONT.axis - 1),
				),
			);
			const lines = item.lines.map((t, k) => ({
				text: t,
				y: round(itemTop + (k + 1) * LINE.axis - 4),
			}));
			const box = roundBox({ x: textRight - w, y: itemTop, width: w, height: h });
			if (item.kind === 'tick') {
				const moved = itemTop - wanted > 2;
				sink.ticks.push({
					x: spineX,
					y: round(item.anchor),
					textX: round(textRight),
					lines,
					datetime: item.datetime ?? '',
					box,
					...(moved
						? {
								leader: {
									x1: round(textRight + 2),
									y1: round(itemTop + 7),
									x2: round(spineX - 8),
									y2: round(item.anchor),
								},
							}
						: {}),
				});
			} else {
				sink.groups.push({
					x: spineX - 8,
					y1: round(item.y1 ?? item.anchor),
					y2: round(item.y2 ?? item.anchor),
					textX: round(textRight),
					lines,
					box,
				});
			}
		}
		cursor = Math.max(cursor, gutterBottom) - LABEL_GAP + 8;

		// Stretches of time and ongoing events, beside the spine: spans end before the events
		// they precede (or with their phase), ongoing lines run on past the phase's last label.
		const bandEvents = plan.steps.flatMap((st) => st.events);
		const contentBottom = cursor;
		let bandBottom = contentBottom;
		const extents = new Map<string, { span?: TimelineMark['span']; tail?: TimelineMark['tail'] }>();
		for (const e of bandEvents) {
			const p = placed.get(e.id);
			const track = trackOf.get(e.id);
			if (!p || track === undefined) continue;
			const x = spineX + 10 + track * trackStep;
			let span: TimelineMark['span'];
			if (e.data.span) {
				const own = stepIndex.get(e.id) ?? 0;
				const ends = e.data.before.flatMap((b) => {
					const target = placed.get(b);
					if (target && target.band === bandIndex && target.y > p.y)
						return [Math.max(p.y + 8, target.y - 10)];
					const at = stepIndex.get(b);
					// A target further down the lane, in a later phase: the stretch ends with this one.
					return at !== undefined && at > own && !target ? [contentBottom - 4] : [];
				});
				const open = ends.length === 0;
				span = { x, y1: p.y, y2: open ? contentBottom - 4 : Math.min(...ends), open };
				sink.keys.add('span');
			}
			let tail: TimelineMark['tail'];
			if (e.data.flags.includes('ongoing')) {
				const from = span ? Math.max(span.y1 + 6, span.y2) : p.y + GLYPH_R + 1;
				tail = { x, y1: from, y2: Math.max(from + 28, contentBottom + 20) };
				bandBottom = Math.max(bandBottom, tail.y2 + 4);
				sink.keys.add('ongoing');
			}
			extents.set(e.id, { ...(span ? { span } : {}), ...(tail ? { tail } : {}) });
		}

		const band: TimelineBand = {
			id: plan.id,
			title: plan.title,
			lane: laneIndex,
			mode: plan.mode,
			...(plan.orderStated === undefined ? {} : { orderStated: plan.orderStated }),
			textX: round(textX),
			...(repeated ? { separator: round(bandTop + 4) } : {}),
			titleLines,
			noteLines,
			header: roundBox(header),
			x: round(x0),
			y: round(bandTop),
			width: round(x1 - x0),
			height: round(bandBottom - bandTop),
		};
		sink.bands.push(band);
		for (const e of bandEvents) {
			const p = placed.get(e.id);
			if (!p) continue;
			const ex = extents.get(e.id);
			sink.marks.push(
				finishMark(p, {
					laneIndex,
					bandIndex,
					lane: lane.kind,
					band,
					spineX,
					labelX,
					span: ex?.span,
					tail: ex?.tail,
					s,
					keys: sink.keys,
				}),
			);
		}
		cursor = bandBottom + BAND_GAP;
	});

	const bottom = cursor - BAND_GAP;
	sink.lanes.push({
		kind: lane.kind,
		spineX: round(spineX),
		box: roundBox({ x: x0, y: top, width: x1 - x0, height: bottom - top }),
	});
	return bottom;
}

/** Something in the gutter: a date, or the words of a bracket. */
interface GutterItem {
	kind: 'tick' | 'group';
	anchor: number;
	lines: string[];
	datetime?: string;
	y1?: number;
	y2?: number;
}

/** A run of date steps placed on one scale. */
interface RunResult {
	placed: Placed[];
	/** Solid pieces of the spine and breaks, top to bottom. */
	pieces: { kind: 'time' | 'break'; y1: number; y2: number }[];
	startY: number;
	endY: number;
	/** Where the next step may start. */
	bottom: number;
}

/**
 * Places a run of date steps from `top`: time maps to y on one scale, so that the run is about
 * as long as its labels; a gap longer than BREAK_RATIO times every other gap is cut to a break. Labels move down where marks are closer than their labels are tall.
 */
function placeRun(
	run: readonly PlanStep[],
	top: number,
	labels: ReadonlyMap<string, Label>,
	band: number,
): RunResult {
	const events = run.flatMap((st) => st.events);
	const period = new Map(events.map((e) => [e.id, dateInterval(e.data.date ?? '')]));
	const clusters = run.map((st) => {
		const ps = st.events.map((e) => period.get(e.id) ?? dateInterval(e.data.date ?? ''));
		return {
			start: Math.min(...ps.map((p) => p.start.getTime())),
			end: Math.max(...ps.map((p) => p.end.getTime())),
		};
	});
	const centre = (id: string) => {
		const p = period.get(id);
		return p ? (p.start.getTime() + p.end.getTime()) / 2 : 0;
	};
	const heightOf = (id: string) => labels.get(id)?.height ?? LINE.title;
	const y0 = top + GLYPH_DROP;

	// One day, once: nothing to scale. The marks stack as an order step would, on one date.
	const point =
		events.every((e) => datePrecision(e.data.date ?? '') === 'day') &&
		new Set(events.map((e) => e.data.date)).size === 1;
	const breaks = new Set<number>();
	let k = 0;
	if (!point) {
		const gaps = clusters.slice(1).map((c, j) => c.start - (clusters[j]?.end ?? c.start));
		const extent = clusters.reduce((sum, c) => sum + (c.end - c.start), 0);
		// A gap much longer than every other gap of the run is cut short: dates on both sides
		// keep their scale, and the spine shows the cut. The last gap standing is never cut.
		for (;;) {
			const open = gaps
				.map((g, j) => ({ g, j }))
				.filter((x) => !breaks.has(x.j))
				.sort((a, b) => b.g - a.g);
			const [largest, second] = open;
			if (largest && second && largest.g > BREAK_RATIO * second.g) breaks.add(largest.j);
			else break;
		}
		const length = extent + gaps.reduce((sum, g, j) => sum + (breaks.has(j) ? 0 : g), 0);
		const desired = Math.max(
			30,
			events.reduce((sum, e) => sum + heightOf(e.id) + LABEL_GAP, 0) - LABEL_GAP,
		);
		k = length > 0 ? desired / length : 0;
	}
	// Where each cluster starts on the page.
	const base: number[] = [];
	let at = y0;
	clusters.forEach((c, j) => {
		base.push(at);
		at += k * (c.end - c.start);
		const next = clusters[j + 1];
		if (next) at += breaks.has(j) ? BREAK_PX : k * (next.start - c.end);
	});
	const yOf = (t: number, j: number) =>
		point ? y0 : (base[j] ?? y0) + k * (t - (clusters[j]?.start ?? t));
	const endY = point ? y0 : at;

	const pieces: RunResult['pieces'] = [];
	if (!point) {
		let from = base[0] ?? y0;
		clusters.forEach((c, j) => {
			const end = (base[j] ?? y0) + k * (c.end - c.start);
			if (breaks.has(j)) {
				pieces.push({ kind: 'time', y1: from, y2: end });
				pieces.push({ kind: 'break', y1: end, y2: end + BREAK_PX });
				from = end + BREAK_PX;
			}
		});
		pieces.push({ kind: 'time', y1: from, y2: endY });
	}

	const ordered = run.flatMap((st, j) => st.events.map((e) => ({ e, j, t: centre(e.id) })));
	ordered.sort((a, b) => a.t - b.t || a.j - b.j);
	let prevBottom = top - LABEL_GAP;
	const placed = ordered.map(({ e, j, t }): Placed => {
		const label = labels.get(e.id);
		const y = yOf(t, j);
		const labelTop = Math.max(y - GLYPH_DROP, prevBottom + LABEL_GAP);
		prevBottom = labelTop + (label?.height ?? LINE.title);
		const p = period.get(e.id);
		const precision = datePrecision(e.data.date ?? '');
		const range =
			!point && p && precision !== 'day'
				? { y1: yOf(p.start.getTime(), j), y2: yOf(p.end.getTime(), j) }
				: undefined;
		return {
			event: e,
			band,
			y,
			labelTop,
			label: label ?? { title: [], meta: [], note: false, width: 0, titleWidth: 0, height: 0 },
			...(range && range.y2 - range.y1 > 2 * GLYPH_R ? { range } : {}),
		};
	});
	return {
		placed,
		pieces,
		startY: point ? y0 : (base[0] ?? y0),
		endY,
		bottom: Math.max(endY + GLYPH_R + 4, prevBottom) + LABEL_GAP,
	};
}

/** Gives a placed event its final coordinates, texts and description. */
function finishMark(
	p: Placed,
	o: {
		laneIndex: number;
		bandIndex: number;
		lane: 'main' | 'unplaced';
		band: TimelineBand;
		spineX: number;
		labelX: number;
		span: TimelineMark['span'];
		tail: TimelineMark['tail'];
		s: Settings;
		keys: Set<TimelineKey>;
	},
): TimelineMark {
	const d = p.event.data;
	const { label } = p;
	let baseline = p.labelTop;
	const titleLines = label.title.map((text) => ({ text, y: round((baseline += LINE.title) - 4) }));
	const metaLines = label.meta.map((text) => ({ text, y: round((baseline += LINE.meta) - 4) }));
	const { i18n } = o.s;
	const noteLine = label.note
		? { text: i18n.t('date.whyDisputed'), y: round((baseline += LINE.meta) - 4) }
		: undefined;
	const precision: MarkPrecision = d.date === undefined ? 'none' : datePrecision(d.date);
	const disputed = d.flags.includes('disputed');
	const ongoing = d.flags.includes('ongoing');
	o.keys.add(precision);
	if (disputed) o.keys.add('disputed');
	const moved = p.labelTop - (p.y - GLYPH_DROP) > 3;
	const time = describeEventTime(d, i18n).text;
	const who = i18n.list(d.actors.map((a) => o.s.actorName(a) ?? a));
	const description = [
		`${d.title}.`,
		`${i18n.capitalize(time)}.`,
		d.span ? i18n.t('timeline.describeSpan') : '',
		ongoing ? i18n.t('timeline.describeOngoing') : '',
		o.lane === 'unplaced' ? i18n.t('timeline.describeUnplaced') : '',
		o.band.id ? i18n.t('timeline.describePhase', { phase: o.band.title }) : '',
		who ? i18n.t('timeline.describeActors', { names: who }) : '',
	]
		.filter(Boolean)
		.join(' ');
	const titleBottom = (titleLines.at(-1)?.y ?? p.labelTop) + 5;
	const labelBox = { x: o.labelX, y: p.labelTop, width: label.width, height: label.height };
	const hitTop = moved ? p.labelTop - 2 : Math.min(p.y - GLYPH_R - 3, p.labelTop - 2);
	const hitLeft = moved ? o.labelX - 4 : o.spineX - GLYPH_R - 4;
	const glyphTop = p.y - GLYPH_R - 2;
	const boxTop = Math.min(glyphTop, p.labelTop);
	return {
		id: p.event.id,
		lane: o.laneIndex,
		band: o.bandIndex,
		phase: o.band.id,
		x: round(o.spineX),
		y: round(p.y),
		precision,
		disputed,
		ongoing,
		...(o.span
			? {
					span: {
						x: round(o.span.x),
						y1: round(o.span.y1),
						y2: round(o.span.y2),
						open: o.span.open,
					},
				}
			: {}),
		...(p.range ? { range: { y1: round(p.range.y1), y2: round(p.range.y2) } } : {}),
		...(o.tail ? { tail: { x: round(o.tail.x), y1: round(o.tail.y1), y2: round(o.tail.y2) } } : {}),
		...(moved
			? {
					leader: {
						x1: round(o.spineX + GLYPH_R + 1),
						y1: round(p.y),
						x2: round(o.labelX - 3),
						y2: round(p.labelTop + GLYPH_DROP),
					},
				}
			: {}),
		...(d.date === undefined ? {} : { date: d.date }),
		labelX: round(o.labelX),
		titleLines,
		metaLines,
		...(noteLine ? { noteLine } : {}),
		...(d.note === undefined ? {} : { note: d.note }),
		actors: [...d.actors],
		description,
		label: roundBox(labelBox),
		hit: roundBox({
			x: hitLeft,
			y: hitTop,
			width: o.labelX + Math.max(label.titleWidth, 8) + 4 - hitLeft,
			height: titleBottom - hitTop,
		}),
		box: roundBox({
			x: o.spineX - GLYPH_R - 2,
			y: boxTop,
			width: o.labelX + label.width - (o.spineX - GLYPH_R - 2),
			height: p.labelTop + label.height - boxTop,
		}),
	};
}

/** The two drawings a page shows: one for phones, one for wide containers. */
export interface TimelineLayouts {
	narrow: TimelineLayout;
	wide: TimelineLayout;
}

/** The wide drawing's sizes: labels on one line more often, unplaced events beside the spine. */
export const WIDE_TIMELINE: Pick<TimelineOptions, 'width' | 'maxLabelWidth' | 'unplaced'> = {
	width: 760,
	maxLabelWidth: 420,
	unplaced: 'beside',
};

/** Lays out both drawings of a timeline with the same words and language. */
export function computeTimelineLayouts(
	events: readonly Entry<StoryEvent>[],
	phases: readonly Entry<Phase>[],
	options: Omit<TimelineOptions, 'width' | 'maxLabelWidth' | 'unplaced'> = {},
): TimelineLayouts {
	return {
		narrow: computeTimelineLayout(events, phases, options),
		wide: computeTimelineLayout(events, phases, { ...options, ...WIDE_TIMELINE }),
	};
}
