/**
 * The timeline's layout, computed at build time: where each event, phase, label and date
 * tick goes. Pure: plain data in, rounded coordinates out, same input ⇒ same output.
 *
 * The report behind a timeline rarely gives dates: mostly it says "before X", "after Y",
 * "recently". So the horizontal axis is the story's order, not a calendar:
 * - phases are bands from left to right, in phase order;
 * - inside a phase, an event's column is its rank in the "happened before" order (the
 *   longest chain of stated constraints leading to it), so every stated order reads left to
 *   right while nothing implies a distance in time;
 * - an undisputed date orders events inside its phase (2019 comes before 2020) and is
 *   written on the axis under its event, but the gap between columns is not time;
 * - only a phase whose events all carry undisputed dates, consistent with every stated
 *   order, gets a real time scale;
 * - a disputed date never positions anything: it is shown as reported, flagged.
 * Labels sit under their marks; marks whose boxes would overlap go to different rows.
 */
import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { Phase, StoryEvent } from '../../schemas';
import { orderEvents } from '../content/chronology';
import { createI18n, REFERENCE_LANG, type I18n } from '../../i18n';
import { formatTick } from '../../i18n/format';
import { datePrecision, formatPartialDate, type DatePrecision } from '../time/dates';
import { describeEventTime } from '../time/event-time';
import { measureText, wrapText } from './text';
import type { Entry } from '../content/types';

/** How precisely an event's time is known, as its mark shows it. */
export type MarkPrecision = DatePrecision | 'none';

/** The keys a legend explains; a layout lists the ones it uses. */
export type TimelineKey =
	'day' | 'month' | 'year' | 'none' | 'span' | 'ongoing' | 'disputed' | 'axis-time' | 'axis-order';

/** A rectangle in chart coordinates. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** One line of label text with its baseline. */
export interface TextLine {
	text: string;
	y: number;
}

/** A phase drawn as a vertical band. */
export interface TimelineBand {
	/** The phase id, or "" for events in no phase. */
	id: string;
	title: string;
	/** The title wrapped to the band, with baselines. */
	titleLines: TextLine[];
	/** A short line under the title saying what horizontal position means in this band. */
	scaleLine: TextLine;
	/** The left edge of the band's title and scale line. */
	textX: number;
	x: number;
	width: number;
	/** "time": positions follow a time scale; "order": positions show order only. */
	scale: 'time' | 'order';
	/** Axis ticks: stated, undisputed dates only. `y` is the label's baseline. */
	ticks: AxisTick[];
}

/** A date written on the axis under the band. */
export interface AxisTick {
	x: number;
	/** The label's baseline. */
	y: number;
	label: string;
	/** Machine-readable date ("2020", "2020-06-01"). */
	datetime: string;
	/** The label's box, for overlap checks. */
	box: Box;
}

/** A bracket under events that share a step of the order but did not fit in one column. */
export interface TimelineGroup {
	x1: number;
	x2: number;
	/** The bracket line's y; the label's baseline is below it. */
	y: number;
	label: TextLine & { x: number };
	box: Box;
}

/** One event's mark: its glyph, extents and label. */
export interface TimelineMark {
	id: string;
	/** The band (phase) index. */
	band: number;
	phase: string;
	/** The event's step in its phase's order (0 = first). */
	rank: number;
	row: number;
	/** The glyph's centre. */
	x: number;
	y: number;
	precision: MarkPrecision;
	disputed: boolean;
	ongoing: boolean;
	/** For a stretch of time: the bar from `x` to `x2`, ending before the events it precedes. */
	span?: { x1: number; x2: number; open: boolean };
	/** On a time scale: the whole period a year or month date covers. */
	range?: { x1: number; x2: number };
	/** For an ongoing event: the fading stroke to the right. */
	tail?: { x1: number; x2: number };
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
	/** The link's target area: glyph and title, outlined on focus and selection. */
	hit: Box;
	/** Everything the mark occupies: glyph, bar, tail and label. */
	box: Box;
}

/** The computed timeline. Coordinates are in SVG user units (CSS pixels at 100%). */
export interface TimelineLayout {
	width: number;
	height: number;
	bands: TimelineBand[];
	/** Marks in reading order: band, then left to right, then top to bottom. */
	marks: TimelineMark[];
	groups: TimelineGroup[];
	/** The axis line's y. */
	axisY: number;
	rows: number;
	/** Actors of the events, most frequent first, for filters. */
	actors: { id: string; name: string; count: number }[];
	/** Legend keys this layout uses, in legend order. */
	keys: TimelineKey[];
	/** Text sizes the renderer must use, since labels were wrapped for them. */
	font: { title: number; meta: number; band: number; axis: number };
}

/** Sizes and limits of the layout; the defaults suit a page about 1,000 px wide. */
export interface TimelineOptions {
	/** Returns an actor's display name, for filters and descriptions. */
	actorName?: (id: string) => string | undefined;
	/** The widest a label may be. */
	labelWidth?: number;
	/** Distance between two steps of the order. */
	slotWidth?: number;
	/** Most events stacked in one column before a step spreads over more columns. */
	maxPerColumn?: number;
	/** Length of the fading stroke of an ongoing event. */
	tailLength?: number;
	/** The title of the band for events in no phase. */
	otherTitle?: string;
	/** The page's language for every word the layout writes (the reference dictionary if absent). */
	i18n?: I18n;
}

/** Every key of the timeline's legend, in the order the legend lists them. */
export const TIMELINE_KEYS: readonly TimelineKey[] = [
	'day',
	'month',
	'year',
	'none',
	'span',
	'ongoing',
	'disputed',
	'axis-time',
	'axis-order',
];

const FONT = { title: 13, meta: 12, band: 14, axis: 12 };
const LINE = { title: 16, meta: 15, band: 18, axis: 20 };
const MARGIN = 12;
const BAND_PAD = 14;
const GLYPH_R = 6;
/** Gap between the glyph's centre and the top of the label. */
const LABEL_TOP = 14;
/** Top of a row to the glyph's centre; room for the disputed marker above the glyph. */
const GLYPH_TOP = 14;
const ROW_GAP = 12;
const BOX_GAP = 12;
/** How far before the event it precedes a stretch of time ends: clear of that event's box. */
const SPAN_GAP = GLYPH_R + BOX_GAP + 4;

/** The first and (exclusive) last instant of a partial date, in UTC. */
export function dateInterval(value: string): { start: Date; end: Date } {
	const [y = 0, m, d] = value.split('-').map(Number);
	if (m === undefined) {
		const start = new Date(Date.UTC(y, 0, 1));
		return { start, end: utcYear.offset(start, 1) };
	}
	if (d === undefined) {
		const start = new Date(Date.UTC(y, m - 1, 1));
		return { start, end: utcMonth.offset(start, 1) };
	}
	const start = new Date(Date.UTC(y, m - 1, d));
	return { start, end: utcDay.offset(start, 1) };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Lays out events on a timeline: phase bands, rank columns, rows without overlap, date ticks
 * only for real dates. `phases` decides band order; events naming no (known) phase go in a
 * last band. Assumes the order has no cycle (events caught in one are placed last in their
 * phase).
 */
export function computeTimelineLayout(
	events: readonly Entry<StoryEvent>[],
	phases: readonly Entry<Phase>[],
	options: TimelineOptions = {},
): TimelineLayout {
	const labelWidth = options.labelWidth ?? 150;
	const slotWidth = options.slotWidth ?? 92;
	const maxPerColumn = Math.max(1, options.maxPerColumn ?? 6);
	const tailLength = options.tailLength ?? 90;
	const actorName = options.actorName ?? ((id: string) => id);
	const i18n = options.i18n ?? createI18n(REFERENCE_LANG);

	const sortedPhases = [...phases].sort(
		(a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
	);
	const phaseIds = new Set(sortedPhases.map((p) => p.id));
	const phaseOf = (e: Entry<StoryEvent>) =>
		e.data.phase !== undefined && phaseIds.has(e.data.phase) ? e.data.phase : '';
	const story = orderEvents(events, sortedPhases);
	const storyIndex = new Map(story.map((e, i) => [e.id, i]));
	const byId = new Map(events.map((e) => [e.id, e]));

	// Stated orders between events, as edges earlier → later.
	const edges: [string, string][] = [];
	for (const e of events) {
		for (const a of e.data.after) if (byId.has(a) && a !== e.id) edges.push([a, e.id]);
		for (const b of e.data.before) if (byId.has(b) && b !== e.id) edges.push([e.id, b]);
	}

	const bandDefs = [
		...sortedPhases.map((p) => ({ id: p.id, title: p.data.title })),
		{ id: '', title: options.otherTitle ?? i18n.t('timeline.otherPhase') },
	]
		.map((b) => ({ ...b, events: story.filter((e) => phaseOf(e) === b.id) }))
		.filter((b) => b.events.length > 0);

	const keys = new Set<TimelineKey>();
	const bands: TimelineBand[] = [];
	const groups: TimelineGroup[] = [];
	const placed = new Map<string, Placed>();
	let cursor = MARGIN;

	bandDefs.forEach((def, bandIndex) => {
		const x0 = cursor;
		const start = x0 + BAND_PAD + GLYPH_R + 2;
		const members = new Set(def.events.map((e) => e.id));
		const inner = edges.filter(([a, b]) => members.has(a) && members.has(b));
		const labels = new Map(def.events.map((e) => [e.id, makeLabel(e, labelWidth, i18n)]));
		let placement = isTimed(def.events, inner)
			? placeOnTimeScale(def.events, start, slotWidth, i18n)
			: undefined;
		// A time scale crowded with dates would stack labels in too many rows: such a phase
		// shows its dates in order instead, which is still true.
		if (placement && countRows(placement.marks, labels) > 2 * maxPerColumn) placement = undefined;
		placement ??= placeInOrder(def.events, [...inner, ...dateEdges(def.events)], start, {
			slotWidth,
			maxPerColumn,
			storyIndex,
			i18n,
		});
		keys.add(placement.scale === 'time' ? 'axis-time' : 'axis-order');

		// Labels decide how far the band reaches: a phase's labels stay inside its band.
		let bandRight = placement.end;
		for (const m of placement.marks) {
			const label = labels.get(m.event.id);
			placed.set(m.event.id, { ...m, band: bandIndex, ...(label ? { label } : {}) });
			bandRight = Math.max(bandRight, m.x - GLYPH_R + (label?.width ?? 0));
		}
		for (const g of placement.groups)
			groups.push({
				...g,
				y: 0,
				label: { text: i18n.t('timeline.unordered'), x: g.x1, y: 0 },
				box: { x: 0, y: 0, width: 0, height: 0 },
			});
		const width = Math.max(bandRight + BAND_PAD - x0, 2 * BAND_PAD + labelWidth);
		const titleLines = wrapText(def.title, width - 2 * BAND_PAD, FONT.band, true);
		bands.push({
			id: def.id,
			title: def.title,
			titleLines: titleLines.map((text) => ({ text, y: 0 })),
			scaleLine: {
				text: i18n.t(placement.scale === 'time' ? 'timeline.scaleTime' : 'timeline.scaleOrder'),
				y: 0,
			},
			textX: x0 + BAND_PAD,
			x: x0,
			width,
			scale: placement.scale,
			ticks: placement.ticks.map((t) => ({
				...t,
				y: 0,
				box: { x: 0, y: 0, width: 0, height: 0 },
			})),
		});
		cursor = x0 + width;
	});

	// Extents: spans end just before the events they precede, or run to their band's end.
	for (const p of placed.values()) {
		const e = p.event.data;
		const ongoing = e.flags.includes('ongoing');
		let end = p.x;
		if (e.span) {
			const targets = e.before
				.map((id) => placed.get(id)?.x)
				.filter((x): x is number => x !== undefined && x - SPAN_GAP > p.x + 2 * GLYPH_R);
			const band = bands[p.band];
			const open = targets.length === 0;
			end = open
				? Math.max(p.x + 3 * GLYPH_R, (band?.x ?? 0) + (band?.width ?? 0) - BAND_PAD)
				: Math.min(...targets) - SPAN_GAP;
			p.span = { x1: p.x, x2: end, open };
			keys.add('span');
		}
		if (ongoing) {
			p.tail = { x1: Math.max(end, p.x + GLYPH_R), x2: Math.max(end, p.x) + tailLength };
			keys.add('ongoing');
		}
	}

	// Rows: each mark takes the first row where its box clears the previous one.
	const items = [...placed.values()].sort(
		(a, b) =>
			left(a) - left(b) || (storyIndex.get(a.event.id) ?? 0) - (storyIndex.get(b.event.id) ?? 0),
	);
	const rowEnds: number[] = [];
	for (const p of items) {
		let row = rowEnds.findIndex((end) => end + BOX_GAP <= left(p));
		if (row === -1) row = rowEnds.length;
		rowEnds[row] = right(p);
		p.row = row;
	}

	// Vertical positions: header, rows (each as tall as its tallest mark), axis.
	const headerLines = Math.max(1, ...bands.map((b) => b.titleLines.length));
	const headerHeight = 8 + headerLines * LINE.band + LINE.meta + 10;
	const rowHeights = rowEnds.map((_, r) =>
		Math.max(...items.filter((p) => p.row === r).map((p) => markHeight(p))),
	);
	const rowTops: number[] = [];
	let y = headerHeight + 8;
	for (const h of rowHeights) {
		rowTops.push(y);
		y += h + ROW_GAP;
	}
	const axisY = y + 4;

	for (const b of bands) {
		b.titleLines = b.titleLines.map((l, i) => ({ text: l.text, y: 8 + (i + 1) * LINE.band - 4 }));
		b.scaleLine = { text: b.scaleLine.text, y: 8 + headerLines * LINE.band + LINE.meta - 3 };
	}

	// Axis: date ticks and group brackets, packed into lines so no two labels overlap.
	const axisItems: { x1: number; x2: number; place: (line: number) => void }[] = [];
	for (const b of bands) {
		for (const t of b.ticks) {
			const w = measureText(t.label, FONT.axis);
			const x1 = Math.max(b.x + 2, Math.min(t.x - w / 2, b.x + b.width - w - 2));
			axisItems.push({
				x1,
				x2: x1 + w,
				place: (line) => {
					const top = axisY + 10 + line * LINE.axis;
					t.y = top + 15;
					t.box = { x: x1, y: top, width: w, height: LINE.axis };
				},
			});
		}
	}
	for (const g of groups) {
		const w = measureText(g.label.text, FONT.axis);
		const x2 = Math.max(g.x2, g.x1 + w);
		axisItems.push({
			x1: g.x1,
			x2,
			place: (line) => {
				// The bracket hangs at the top of its line, its label below it.
				const top = axisY + 10 + line * LINE.axis;
				g.y = top + 4;
				g.label = { ...g.label, y: top + 17 };
				g.box = { x: g.x1, y: top, width: x2 - g.x1, height: LINE.axis };
			},
		});
	}
	axisItems.sort((a, b) => a.x1 - b.x1);
	const lineEnds: number[] = [];
	for (const item of axisItems) {
		let line = lineEnds.findIndex((end) => end + 8 <= item.x1);
		if (line === -1) line = lineEnds.length;
		lineEnds[line] = item.x2;
		item.place(line);
	}
	const height = Math.ceil(axisY + 10 + Math.max(1, lineEnds.length) * LINE.axis + 12);

	// Marks with final coordinates, in reading order.
	const marks: TimelineMark[] = items
		.map((p) => finishMark(p, rowTops[p.row ?? 0] ?? 0, bands, actorName, keys, i18n))
		.sort((a, b) => a.band - b.band || a.x - b.x || a.row - b.row);
	const width = Math.ceil(
		Math.max(cursor, ...marks.map((m) => m.box.x + m.box.width), ...lineEnds) + MARGIN,
	);

	const counts = new Map<string, number>();
	for (const e of events) for (const a of e.data.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
	const actors = [...counts.entries()]
		.map(([id, count]) => ({ id, name: actorName(id) ?? id, count }))
		.sort((a, b) => b.count - a.count || i18n.compare(a.name, b.name));

	return {
		width,
		height,
		bands: bands.map((b) => ({
			...b,
			x: round(b.x),
			textX: round(b.textX),
			width: round(b.width),
			ticks: b.ticks.map((t) => ({ ...t, x: round(t.x), box: roundBox(t.box) })),
		})),
		marks,
		groups: groups.map((g) => ({
			...g,
			x1: round(g.x1),
			x2: round(g.x2),
			label: { ...g.label, x: round(g.label.x) },
			box: roundBox(g.box),
		})),
		axisY,
		rows: rowEnds.length,
		actors,
		keys: TIMELINE_KEYS.filter((k) => keys.has(k)),
		font: FONT,
	};
}

/** An event while it is being placed. */
interface Placed {
	event: Entry<StoryEvent>;
	band: number;
	rank: number;
	x: number;
	row?: number;
	range?: { x1: number; x2: number } | undefined;
	span?: { x1: number; x2: number; open: boolean };
	tail?: { x1: number; x2: number };
	label?: Label;
}

/** A mark's label text, wrapped. */
interface Label {
	title: string[];
	meta: string[];
	note: boolean;
	width: number;
	titleWidth: number;
}

/** What a mark's label says: title, then the time as stated, then a note link when disputed. */
function makeLabel(e: Entry<StoryEvent>, maxWidth: number, i18n: I18n): Label {
	const d = e.data;
	const title = wrapText(d.title, maxWidth, FONT.title, true);
	const disputed = d.flags.includes('disputed');
	let time: string;
	if (d.date === undefined) time = d.when ?? i18n.t('timeline.markNoDate');
	else if (disputed)
		time = i18n.t('timeline.markDisputed', { date: formatPartialDate(d.date, i18n) });
	else {
		const precision = datePrecision(d.date);
		const date = formatPartialDate(d.date, i18n);
		time =
			precision === 'day'
				? date
				: i18n.t('timeline.markPrecision', {
						date,
						precision: i18n.t(`timeline.markPrecision.${precision}`),
					});
	}
	if (d.flags.includes('ongoing')) time = i18n.t('timeline.markOngoing', { time });
	const meta = wrapText(time, maxWidth, FONT.meta);
	const note = disputed && d.note !== undefined;
	const noteWidth = note ? measureText(i18n.t('date.whyDisputed'), FONT.meta) : 0;
	const titleWidth = Math.ceil(Math.max(...title.map((l) => measureText(l, FONT.title, true))));
	const width = Math.max(titleWidth, noteWidth, ...meta.map((l) => measureText(l, FONT.meta)));
	return { title, meta, note, width: Math.ceil(width), titleWidth };
}

function markHeight(p: Placed): number {
	const l = p.label;
	const lines = l
		? l.title.length * LINE.title + (l.meta.length + (l.note ? 1 : 0)) * LINE.meta
		: 0;
	return GLYPH_TOP + LABEL_TOP + lines + 4;
}

const left = (p: Placed) => Math.min(p.x - GLYPH_R - 2, p.range?.x1 ?? Infinity);
const right = (p: Placed) =>
	Math.max(
		p.x - GLYPH_R + (p.label?.width ?? 0),
		p.x + GLYPH_R + 8,
		p.range?.x2 ?? 0,
		p.span?.x2 ?? 0,
		p.tail?.x2 ?? 0,
	);

/** Gives a placed event its final coordinates, texts and description. */
function finishMark(
	p: Placed,
	rowTop: number,
	bands: readonly TimelineBand[],
	actorName: (id: string) => string | undefined,
	keys: Set<TimelineKey>,
	i18n: I18n,
): TimelineMark {
	const d = p.event.data;
	const label = p.label ?? { title: [], meta: [], note: false, width: 0, titleWidth: 0 };
	const y = rowTop + GLYPH_TOP;
	const labelTop = y + LABEL_TOP;
	let baseline = labelTop;
	const titleLines = label.title.map((text) => ({ text, y: (baseline += LINE.title) - 4 }));
	const metaLines = label.meta.map((text) => ({ text, y: (baseline += LINE.meta) - 4 }));
	const noteLine = label.note
		? { text: i18n.t('date.whyDisputed'), y: (baseline += LINE.meta) - 4 }
		: undefined;
	const precision: MarkPrecision = d.date === undefined ? 'none' : datePrecision(d.date);
	const disputed = d.flags.includes('disputed');
	const ongoing = d.flags.includes('ongoing');
	keys.add(precision);
	if (disputed) keys.add('disputed');
	const labelX = p.x - GLYPH_R;
	const x1 = left(p);
	const x2 = right(p);
	const band = bands[p.band];
	const time = describeEventTime(d, i18n).text;
	const who = i18n.list(d.actors.map((a) => actorName(a) ?? a));
	const description = [
		`${d.title}.`,
		`${i18n.capitalize(time)}.`,
		d.span ? i18n.t('timeline.describeSpan') : '',
		ongoing ? i18n.t('timeline.describeOngoing') : '',
		band?.id ? i18n.t('timeline.describePhase', { phase: band.title }) : '',
		who ? i18n.t('timeline.describeActors', { names: who }) : '',
	]
		.filter(Boolean)
		.join(' ');
	return {
		id: p.event.id,
		band: p.band,
		phase: band?.id ?? '',
		rank: p.rank,
		row: p.row ?? 0,
		x: round(p.x),
		y: round(y),
		precision,
		disputed,
		ongoing,
		...(p.span ? { span: { ...p.span, x1: round(p.span.x1), x2: round(p.span.x2) } } : {}),
		...(p.range ? { range: { x1: round(p.range.x1), x2: round(p.range.x2) } } : {}),
		...(p.tail ? { tail: { x1: round(p.tail.x1), x2: round(p.tail.x2) } } : {}),
		...(d.date === undefined ? {} : { date: d.date }),
		labelX: round(labelX),
		titleLines,
		metaLines,
		...(noteLine ? { noteLine } : {}),
		...(d.note === undefined ? {} : { note: d.note }),
		actors: [...d.actors],
		description,
		label: roundBox({
			x: labelX,
			y: labelTop,
			width: label.width,
			height: baseline - labelTop + 4,
		}),
		hit: roundBox({
			x: labelX - 4,
			y: y - GLYPH_R - 4,
			width: Math.max(label.titleWidth, 2 * GLYPH_R) + 8,
			height: (titleLines.at(-1)?.y ?? y) + 5 - (y - GLYPH_R - 4),
		}),
		box: roundBox({ x: x1, y: rowTop, width: x2 - x1, height: baseline + 4 - rowTop }),
	};
}

function roundBox(b: Box): Box {
	return { x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) };
}

/** Where a phase's events go, before rows and labels. */
interface Placement {
	scale: 'time' | 'order';
	marks: {
		event: Entry<StoryEvent>;
		rank: number;
		x: number;
		range?: { x1: number; x2: number };
	}[];
	ticks: { x: number; label: string; datetime: string }[];
	/** Steps of the order spread over several columns. */
	groups: { x1: number; x2: number }[];
	/** The right edge of the last column. */
	end: number;
}

/** Places dated events on a time scale: a year or month date covers its whole period. */
function placeOnTimeScale(
	events: readonly Entry<StoryEvent>[],
	start: number,
	slotWidth: number,
	i18n: I18n,
): Placement {
	const intervals = events.map((e) => dateInterval(e.data.date ?? ''));
	const first = new Date(Math.min(...intervals.map((i) => i.start.getTime())));
	const last = new Date(Math.max(...intervals.map((i) => i.end.getTime())));
	const end = start + Math.max(2, events.length) * slotWidth;
	const scale = scaleUtc().domain([first, last]).range([start, end]);
	const marks = events.map((event, i) => {
		const period = intervals[i] ?? dateInterval(event.data.date ?? '');
		const x1 = scale(period.start);
		const x2 = scale(period.end);
		return {
			event,
			rank: 0,
			x: (x1 + x2) / 2,
			...(x2 - x1 > GLYPH_R * 2 ? { range: { x1, x2 } } : {}),
		};
	});
	const dates = scale.ticks(Math.max(2, Math.floor((end - start) / 110)));
	const precision = tickPrecision(dates);
	const ticks = dates.map((t) => ({
		x: scale(t),
		label: formatTick(t, precision, i18n.lang),
		datetime: t.toISOString().slice(0, 10),
	}));
	return { scale: 'time', marks, ticks, groups: [], end };
}

/** The coarsest precision that names every tick: years when all fall on 1 January, and so on. */
function tickPrecision(ticks: readonly Date[]): DatePrecision {
	if (ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1)) return 'year';
	if (ticks.every((t) => t.getUTCDate() === 1)) return 'month';
	return 'day';
}

/**
 * Places events in columns by their step in the order. A step with more events than fit in
 * a column spreads over several, bracketed as a group whose inner order is not stated.
 * Undisputed dates are written on the axis under their events.
 */
function placeInOrder(
	events: readonly Entry<StoryEvent>[],
	edges: readonly [string, string][],
	start: number,
	o: {
		slotWidth: number;
		maxPerColumn: number;
		storyIndex: ReadonlyMap<string, number>;
		i18n: I18n;
	},
): Placement {
	const ranks = rankEvents(events, edges, o.storyIndex);
	const byRank = new Map<number, Entry<StoryEvent>[]>();
	for (const e of events) {
		const r = ranks.get(e.id) ?? 0;
		byRank.set(r, [...(byRank.get(r) ?? []), e]);
	}
	const marks: Placement['marks'] = [];
	const groups: Placement['groups'] = [];
	let x = start;
	for (const r of [...byRank.keys()].sort((a, b) => a - b)) {
		const step = byRank.get(r) ?? [];
		const columns = Math.ceil(step.length / o.maxPerColumn);
		const perColumn = Math.ceil(step.length / columns);
		step.forEach((event, i) => {
			marks.push({ event, rank: r, x: x + Math.floor(i / perColumn) * o.slotWidth });
		});
		if (columns > 1)
			groups.push({ x1: x - GLYPH_R, x2: x + (columns - 1) * o.slotWidth + GLYPH_R });
		x += columns * o.slotWidth;
	}
	const ticks = marks.flatMap(({ event, x: at }) => {
		const date = event.data.date;
		if (date === undefined || event.data.flags.includes('disputed')) return [];
		return [{ x: at, label: formatPartialDate(date, o.i18n), datetime: date }];
	});
	return { scale: 'order', marks, ticks, groups, end: x - o.slotWidth + GLYPH_R };
}

/** How many rows marks need so that no two labels overlap (greedy interval colouring). */
function countRows(marks: Placement['marks'], labels: ReadonlyMap<string, Label>): number {
	const spans = marks
		.map((m) => ({
			x1: Math.min(m.x - GLYPH_R - 2, m.range?.x1 ?? Infinity),
			x2: Math.max(m.x - GLYPH_R + (labels.get(m.event.id)?.width ?? 0), m.range?.x2 ?? 0),
		}))
		.sort((a, b) => a.x1 - b.x1);
	const ends: number[] = [];
	for (const s of spans) {
		const row = ends.findIndex((end) => end + BOX_GAP <= s.x1);
		ends[row === -1 ? ends.length : row] = s.x2;
	}
	return ends.length;
}

/**
 * Whether a phase can honestly use a time scale: every event has an undisputed date, there
 * are at least two different dates, and the dates agree with every stated order.
 */
function isTimed(
	events: readonly Entry<StoryEvent>[],
	inner: readonly [string, string][],
): boolean {
	if (events.some((e) => e.data.date === undefined || e.data.flags.includes('disputed')))
		return false;
	if (new Set(events.map((e) => e.data.date)).size < 2) return false;
	const date = new Map(events.map((e) => [e.id, dateInterval(e.data.date ?? '')]));
	return inner.every(([a, b]) => {
		const da = date.get(a);
		const db = date.get(b);
		return da !== undefined && db !== undefined && da.end <= db.start;
	});
}

/** Orders implied by undisputed dates: A before B when A's period ends before B's begins. */
function dateEdges(events: readonly Entry<StoryEvent>[]): [string, string][] {
	const dated = events
		.filter((e) => e.data.date !== undefined && !e.data.flags.includes('disputed'))
		.map((e) => ({ id: e.id, ...dateInterval(e.data.date ?? '') }))
		.sort((a, b) => a.start.getTime() - b.start.getTime());
	const out: [string, string][] = [];
	// Link each date only to the earliest dates that clearly follow it: later ones follow
	// those too, so every order still holds by transitivity with few edges.
	dated.forEach((a, i) => {
		let earliestEnd = Infinity;
		for (const b of dated.slice(i + 1)) {
			if (b.start < a.end) continue;
			if (b.start.getTime() >= earliestEnd) break;
			out.push([a.id, b.id]);
			earliestEnd = Math.min(earliestEnd, b.end.getTime());
		}
	});
	return out;
}

/**
 * Each event's step in the order: 0 for events with nothing stated before them, otherwise
 * one more than the latest step among the events stated before them (longest path).
 */
function rankEvents(
	events: readonly Entry<StoryEvent>[],
	edges: readonly [string, string][],
	storyIndex: ReadonlyMap<string, number>,
): Map<string, number> {
	const next = new Map<string, string[]>(events.map((e) => [e.id, []]));
	const incoming = new Map<string, number>(events.map((e) => [e.id, 0]));
	for (const [a, b] of edges) {
		next.get(a)?.push(b);
		incoming.set(b, (incoming.get(b) ?? 0) + 1);
	}
	const rank = new Map<string, number>(events.map((e) => [e.id, 0]));
	const queue = events
		.filter((e) => incoming.get(e.id) === 0)
		.map((e) => e.id)
		.sort((a, b) => (storyIndex.get(a) ?? 0) - (storyIndex.get(b) ?? 0));
	const done = new Set<string>();
	for (let i = 0; i < queue.length; i++) {
		const id = queue[i] ?? '';
		done.add(id);
		for (const n of next.get(id) ?? []) {
			rank.set(n, Math.max(rank.get(n) ?? 0, (rank.get(id) ?? 0) + 1));
			const left = (incoming.get(n) ?? 0) - 1;
			incoming.set(n, left);
			if (left === 0) queue.push(n);
		}
	}
	// Events caught in a cycle: after everything else, in story order.
	let last = Math.max(0, ...rank.values());
	for (const e of events) if (!done.has(e.id)) rank.set(e.id, ++last);
	return rank;
}
