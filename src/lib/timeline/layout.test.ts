import { describe, expect, test } from 'vitest';
import type { Phase, StoryEvent } from '../../schemas';
import type { Entry } from '../content/types';
import { createI18n } from '../../i18n';
import { dateInterval, formatShortDate } from '../time/dates';
import { timelineFixture } from './fixture';
import {
	computeTimelineLayout,
	computeTimelineLayouts,
	type Box,
	type TimelineLayout,
	type TimelineMark,
} from './layout';
import { generateSyntheticTimeline } from './synthetic';

const overlaps = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every stated order between two events, as [earlier, later]. */
function statedOrders(events: readonly Entry<StoryEvent>[]): [string, string][] {
	return events.flatMap((e) => [
		...e.data.after.map((a): [string, string] => [a, e.id]),
		...e.data.before.map((b): [string, string] => [e.id, b]),
	]);
}

/** Pairs of boxes that overlap, found with a sweep along y (fast enough for 2,000 marks). */
function overlappingPairs(boxes: readonly { id: string; box: Box }[]): string[] {
	const sorted = [...boxes].sort((a, b) => a.box.y - b.box.y);
	const found: string[] = [];
	sorted.forEach((a, i) => {
		for (let j = i + 1; j < sorted.length; j++) {
			const b = sorted[j];
			if (!b || b.box.y >= a.box.y + a.box.height) break;
			if (overlaps(a.box, b.box)) found.push(`${a.id} × ${b.id}`);
		}
	});
	return found;
}

/** Every text block a layout draws (labels, dates, brackets, phase titles), with a name. */
function textBoxes(layout: TimelineLayout): { id: string; box: Box }[] {
	return [
		...layout.marks.map((m) => ({ id: m.id, box: m.label })),
		...layout.ticks.map((t) => ({ id: `tick ${t.datetime}`, box: t.box })),
		...layout.groups.map((g, i) => ({ id: `group ${i}`, box: g.box })),
		...layout.bands.map((b, i) => ({ id: `band ${i} ${b.title}`, box: b.header })),
	];
}

function mark(layout: TimelineLayout, id: string): TimelineMark {
	const found = layout.marks.find((m) => m.id === id);
	if (!found) throw new Error(`no mark for ${id}`);
	return found;
}

const laneOf = (layout: TimelineLayout, id: string) => layout.lanes[mark(layout, id).lane]?.kind;

/** Invariants every layout keeps, whatever the story. */
function expectReadable(layout: TimelineLayout, events: readonly Entry<StoryEvent>[]) {
	expect(layout.marks.map((m) => m.id).sort()).toEqual(events.map((e) => e.id).sort());
	expect(JSON.stringify(layout)).not.toMatch(/NaN|null|Infinity/);
	for (const [a, b] of statedOrders(events)) {
		expect(mark(layout, a).lane, `${a} and ${b} share a lane`).toBe(mark(layout, b).lane);
		expect(mark(layout, a).y, `${a} before ${b}`).toBeLessThan(mark(layout, b).y);
	}
	expect(overlappingPairs(textBoxes(layout))).toEqual([]);
	for (const { id, box } of textBoxes(layout)) {
		expect(box.x, id).toBeGreaterThanOrEqual(0);
		expect(box.y, id).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, id).toBeLessThanOrEqual(layout.width);
		expect(box.y + box.height, id).toBeLessThanOrEqual(layout.height);
	}
	for (const m of layout.marks) {
		const band = layout.bands[m.band];
		expect(band?.id).toBe(m.phase);
		if (!band) continue;
		// A mark and its label stay inside their phase's segment.
		expect(m.label.y, m.id).toBeGreaterThanOrEqual(band.header.y + band.header.height);
		expect(m.label.y + m.label.height, m.id).toBeLessThanOrEqual(band.y + band.height);
		expect(m.y, m.id).toBeLessThanOrEqual(band.y + band.height);
	}
	// A disputed date is never a tick; every tick is a stated, undisputed date.
	const undisputed = new Set(
		events.flatMap((e) => (e.data.date && !e.data.flags.includes('disputed') ? [e.data.date] : [])),
	);
	for (const t of layout.ticks) expect(undisputed, t.datetime).toContain(t.datetime);
}

describe('computeTimelineLayout on a fixture story', () => {
	const { events, phases } = timelineFixture();
	const layout = computeTimelineLayout(events, phases);

	test('keeps every invariant: every event once, orders top to bottom, no overlap, in frame', () => {
		expect(statedOrders(events).length).toBeGreaterThan(5);
		expectReadable(layout, events);
	});

	test('puts phases down the spine in phase order, as segments that do not overlap', () => {
		const main = layout.bands.filter((b) => layout.lanes[b.lane]?.kind === 'main');
		expect(main.map((b) => b.title)).toEqual([
			'Background',
			'The quiet channel',
			'The raid',
			'Aftermath',
		]);
		main.forEach((band, i) => {
			const next = main[i + 1];
			if (next) expect(band.y + band.height).toBeLessThanOrEqual(next.y);
		});
	});

	test('draws events the content does not order relative to the rest apart, not before or after', () => {
		// The feud is ordered only between its own two events: "not placed in time".
		expect(laneOf(layout, 'fx-feud')).toBe('unplaced');
		expect(laneOf(layout, 'fx-feud-ends')).toBe('unplaced');
		expect(laneOf(layout, 'fx-reward')).toBe('main');
		const box = layout.unplaced?.box;
		expect(box).toBeDefined();
		if (!box) return;
		expect(layout.unplaced?.titleLines.map((l) => l.text).join(' ')).toBe('Not placed in time');
		const main = layout.lanes.find((l) => l.kind === 'main');
		if (!main) throw new Error('no main lane');
		// The box is outside the spine's lane, and the spine never runs into it.
		expect(overlaps(box, main.box)).toBe(false);
		for (const piece of layout.spine.filter((s) => s.x === main.spineX && s.y1 < box.y))
			expect(piece.y2).toBeLessThanOrEqual(box.y);
		for (const m of layout.marks) {
			const inBox = overlaps(m.label, box) && m.label.y >= box.y;
			expect(inBox, m.id).toBe(laneOf(layout, m.id) === 'unplaced');
		}
		// The feud is not a segment of the spine: no main-lane band holds it.
		const feudBand = layout.bands[mark(layout, 'fx-feud').band];
		expect(layout.lanes[feudBand?.lane ?? 0]?.kind).toBe('unplaced');
	});

	test('beside the spine on wide charts: level with its top, neither before nor after it', () => {
		const { wide } = computeTimelineLayouts(events, phases);
		expectReadable(wide, events);
		const box = wide.unplaced?.box;
		const main = wide.lanes.find((l) => l.kind === 'main');
		if (!box || !main) throw new Error('no box or no main lane');
		expect(box.x).toBeGreaterThanOrEqual(main.box.x + main.box.width);
		expect(box.y).toBeLessThanOrEqual(main.box.y + 10);
		expect(box.y + box.height).toBeLessThan(main.box.y + main.box.height);
		for (const m of wide.marks.filter((k) => wide.lanes[k.lane]?.kind === 'main'))
			expect(m.label.x + m.label.width).toBeLessThanOrEqual(box.x);
	});

	test('puts undisputed dates on a time scale inside a phase that mixes dated and undated events', () => {
		const band = layout.bands[mark(layout, 'fx-reward').band];
		expect(band?.mode).toBe('time');
		// 2020 and March 2020 overlap: one date step, each at its own time, the year as a range.
		const reward = mark(layout, 'fx-reward');
		const charges = mark(layout, 'fx-charges');
		expect(reward.range).toBeDefined();
		expect(charges.y).toBeGreaterThan(reward.range?.y1 ?? Infinity);
		expect(charges.y).toBeLessThan(reward.range?.y2 ?? -Infinity);
		expect(
			layout.spine.some((s) => s.kind === 'time' && s.y1 <= charges.y && s.y2 >= charges.y),
		).toBe(true);
		// The undated event follows its dated neighbour, on a dashed (order only) stretch.
		const raised = mark(layout, 'fx-reward-raised');
		expect(raised.y).toBeGreaterThan(reward.range?.y2 ?? Infinity);
		expect(
			layout.spine.some((s) => s.kind === 'order' && s.y1 < raised.y && s.y2 >= raised.y),
		).toBe(true);
	});

	test('writes only undisputed, stated dates in the gutter, in the page’s language', () => {
		expect(layout.ticks.map((t) => t.datetime).sort()).toEqual(['2020', '2020-03', '2021-06-15']);
		expect(layout.ticks.map((t) => t.lines.map((l) => l.text).join(' ')).sort()).toEqual(
			['2020', 'Mar 2020', 'Jun 15, 2021'].sort(),
		);
		const es = computeTimelineLayout(events, phases, { i18n: createI18n('es') });
		const labels = es.ticks.map((t) => t.lines.map((l) => l.text).join(' '));
		expect(labels).toContain(formatShortDate('2021-06-15', createI18n('es')));
		expect(labels.join(' ')).toMatch(/jun/);
		// No weekday names, in either language.
		expect(labels.join(' ')).not.toMatch(
			/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|lun|mar\.|mié|jue|vie|sáb|dom)\b/,
		);
	});

	test('a disputed date never positions anything', () => {
		const moved = events.map((e) =>
			e.data.flags.includes('disputed') ? { ...e, data: { ...e.data, date: '1990-07-21' } } : e,
		);
		const other = computeTimelineLayout(moved, phases);
		const place = (l: TimelineLayout) => l.marks.map((m) => [m.id, m.x, m.y, m.lane]);
		expect(place(other)).toEqual(place(layout));
		expect(other.ticks).toEqual(layout.ticks);
		const raid = mark(layout, 'fx-raid');
		expect(raid.disputed).toBe(true);
		expect(raid.metaLines.map((l) => l.text).join(' ')).toMatch(
			/January 3, 2023, as reported; disputed/,
		);
		expect(raid.noteLine?.text).toBe('Why this date is disputed');
		expect(raid.note).toBe('fx-note');
	});

	test('gives no date to an undated event', () => {
		for (const m of layout.marks) {
			const e = events.find((x) => x.id === m.id);
			expect(m.date).toBe(e?.data.date);
			if (e?.data.date === undefined) {
				expect(m.precision).toBe('none');
				expect(m.metaLines.map((l) => l.text).join(' ')).not.toMatch(/\d{4}/);
			}
		}
	});

	test('brackets events that share a step, whose order among themselves is not stated', () => {
		const step = ['fx-talks', 'fx-warning', 'fx-go-betweens'].map((id) => mark(layout, id));
		const bracket = layout.groups.find((g) =>
			step.every((m) => g.y1 <= m.label.y + 4 && g.y2 >= m.label.y + 4),
		);
		expect(bracket?.lines.map((l) => l.text).join(' ')).toBe('order among these not stated');
	});

	test('draws spans down to the events they precede, ongoing events on to an arrow', () => {
		const talks = mark(layout, 'fx-talks');
		expect(talks.span?.y1).toBe(talks.y);
		expect(talks.span?.open).toBe(false);
		const band = layout.bands[talks.band];
		// The raid is in the next phase: the stretch ends with its own phase, before the raid.
		expect(talks.span?.y2).toBeLessThanOrEqual((band?.y ?? 0) + (band?.height ?? 0));
		expect(talks.span?.y2).toBeLessThan(mark(layout, 'fx-raid').y);
		const open = mark(layout, 'fx-go-betweens');
		expect(open.span?.open).toBe(true);
		const goingOn = mark(layout, 'fx-talks-go-on');
		expect(goingOn.tail?.y1).toBeGreaterThanOrEqual(goingOn.span?.y1 ?? Infinity);
		expect(goingOn.tail?.y2).toBeGreaterThan(goingOn.tail?.y1 ?? Infinity);
		expect(mark(layout, 'fx-releases').tail).toBeDefined();
		expect(mark(layout, 'fx-defiance').tail).toBeUndefined();
	});

	test('lists the legend keys it uses and the actors, most frequent first', () => {
		expect(layout.keys).toEqual([
			'day',
			'month',
			'year',
			'none',
			'disputed',
			'span',
			'ongoing',
			'axis-time',
			'axis-order',
			'group',
		]);
		expect(layout.actors[0]).toEqual({ id: 'fx-minister', name: 'fx-minister', count: 12 });
	});

	test('describes each mark in words, with the time as stated and its place', () => {
		expect(mark(layout, 'fx-reward').description).toBe(
			'A reward is offered. 2020 (year only). Phase: Background. Involves fx-agency.',
		);
		expect(mark(layout, 'fx-talks').description).toMatch(/no date given\)\. A stretch of time\./);
		expect(mark(layout, 'fx-feud').description).toMatch(/Not placed in time relative to the rest/);
	});

	test('is deterministic and uses its own order, not the input’s', () => {
		expect(computeTimelineLayout(events, phases)).toEqual(layout);
		const again = computeTimelineLayout([...events].reverse(), [...phases].reverse());
		expect(again.marks.map((m) => [m.id, m.x, m.y])).toEqual(
			layout.marks.map((m) => [m.id, m.x, m.y]),
		);
	});
});

describe('time scales', () => {
	const phase = (id: string, order: number): Entry<Phase> => ({
		id,
		file: `${id}.yaml`,
		data: { title: `Phase ${id}`, summary: 'A phase.', order },
	});
	const event = (id: string, extra: Partial<StoryEvent> = {}): Entry<StoryEvent> => ({
		id,
		file: `${id}.yaml`,
		data: {
			title: `Event ${id}`,
			summary: id,
			phase: 'p',
			after: [],
			before: [],
			inferred: [],
			span: false,
			flags: [],
			actors: ['x'],
			claims: ['c'],
			...extra,
		},
	});
	const dated = (id: string, date: string, extra: Partial<StoryEvent> = {}) =>
		event(id, { date, ...extra });
	const ms = (d: string) => dateInterval(d).start.getTime();

	test('distances along a run of dates are proportional to time', () => {
		const events = [
			dated('a', '2019-01-01'),
			dated('b', '2019-01-11'),
			dated('c', '2019-02-10'),
			dated('d', '2019-03-02'),
		];
		const layout = computeTimelineLayout(events, [phase('p', 1)]);
		expectReadable(layout, events);
		const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => mark(layout, id).y);
		const ratio = ((c ?? 0) - (b ?? 0)) / ((b ?? 0) - (a ?? 0));
		expect(ratio).toBeCloseTo(
			(ms('2019-02-10') - ms('2019-01-11')) / (ms('2019-01-11') - ms('2019-01-01')),
			0,
		);
		expect(((d ?? 0) - (c ?? 0)) / ((c ?? 0) - (b ?? 0))).toBeCloseTo(20 / 30, 1);
		expect(layout.breaks).toEqual([]);
		expect(layout.spine.every((s) => s.kind === 'time')).toBe(true);
	});

	test('a long gap is an honest break, not a squeezed distance; each side keeps its scale', () => {
		const events = [
			dated('built', '1884'),
			dated('stops', '1961-03'),
			dated('vote', '1965-06-01'),
			dated('founded', '1969-04-12'),
		];
		const layout = computeTimelineLayout(events, [phase('p', 1)]);
		expectReadable(layout, events);
		expect(layout.breaks).toHaveLength(1);
		const [built, stops, vote, founded] = ['built', 'stops', 'vote', 'founded'].map(
			(id) => mark(layout, id).y,
		);
		const cut = layout.breaks[0]?.y ?? 0;
		expect(cut).toBeGreaterThan(built ?? Infinity);
		expect(cut).toBeLessThan(stops ?? -Infinity);
		// After the break, 1961 → 1965 and 1965 → 1969 stay in proportion.
		const mid = (d: string) =>
			(dateInterval(d).start.getTime() + dateInterval(d).end.getTime()) / 2;
		expect(((vote ?? 0) - (stops ?? 0)) / ((founded ?? 0) - (vote ?? 0))).toBeCloseTo(
			(mid('1965-06-01') - mid('1961-03')) / (mid('1969-04-12') - mid('1965-06-01')),
			1,
		);
	});

	test('an event known only by order sits between its dated neighbours, visibly not to scale', () => {
		const events = [
			dated('a', '2019-01-01'),
			event('u', { when: 'Between them', after: ['a'], before: ['b'] }),
			dated('b', '2020-05-01'),
		];
		const layout = computeTimelineLayout(events, [phase('p', 1)]);
		expectReadable(layout, events);
		const [a, u, b] = ['a', 'u', 'b'].map((id) => mark(layout, id).y);
		expect(u).toBeGreaterThan(a ?? Infinity);
		expect(u).toBeLessThan(b ?? -Infinity);
		const dashed = layout.spine.filter((s) => s.kind === 'order');
		expect(dashed.some((s) => s.y1 <= (a ?? 0) + 1 && s.y2 >= (u ?? 0))).toBe(true);
		expect(layout.ticks.map((t) => t.datetime)).toEqual(['2019-01-01', '2020-05-01']);
	});

	test('dates continue on one spine across phases of a dated story', () => {
		const events = [
			dated('a', '1961', { phase: 'one' }),
			dated('b', '1962-10', { phase: 'one' }),
			dated('c', '1965-03-08', { phase: 'two' }),
			dated('d', '1969-07-20', { phase: 'two' }),
		];
		const layout = computeTimelineLayout(events, [phase('one', 1), phase('two', 2)]);
		expectReadable(layout, events);
		expect(layout.lanes.map((l) => l.kind)).toEqual(['main']);
		expect(layout.bands.map((b) => b.mode)).toEqual(['time', 'time']);
		expect(layout.bands[1]?.orderStated).toBe(true);
		expect(layout.ticks).toHaveLength(4);
	});

	test('a disputed date leaves its event placed by order, and its phase on the scale it has', () => {
		const events = [
			dated('a', '2019'),
			dated('b', '2020-05', { flags: ['disputed'], note: 'n', after: ['a'] }),
		];
		const layout = computeTimelineLayout(events, [phase('p', 1)]);
		expectReadable(layout, events);
		expect(layout.ticks.map((t) => t.datetime)).toEqual(['2019']);
		expect(mark(layout, 'b').precision).toBe('month');
		expect(mark(layout, 'b').disputed).toBe(true);
	});

	test('dates that contradict a stated order leave the phase in order only', () => {
		const events = [dated('a', '2021', { after: ['b'] }), dated('b', '2022')];
		const layout = computeTimelineLayout(events, [phase('p', 1)]);
		expectReadable(layout, events);
		expect(layout.bands[0]?.mode).toBe('order');
		expect(layout.spine.every((s) => s.kind === 'order')).toBe(true);
	});

	test('a phase placed after the one above only by our reading says so', () => {
		// a → c and b → c: nothing orders phase "two" (b) after phase "one" (a).
		const events = [
			event('a', { phase: 'one', when: 'First', before: ['c'] }),
			event('b', { phase: 'two', when: 'Also first', before: ['c'] }),
			event('c', { phase: 'three', when: 'Then' }),
		];
		const layout = computeTimelineLayout(events, [
			phase('one', 1),
			phase('two', 2),
			phase('three', 3),
		]);
		expectReadable(layout, events);
		expect(layout.bands.map((b) => b.orderStated)).toEqual([undefined, false, true]);
		expect(layout.bands[1]?.noteLines.map((l) => l.text).join(' ')).toMatch(/our reading/);
		// An order marked as our inference does not count as stated either.
		const inferred = events.map((e) =>
			e.id === 'b' ? { ...e, data: { ...e.data, after: ['a'], inferred: ['a'] } } : e,
		);
		const again = computeTimelineLayout(inferred, [
			phase('one', 1),
			phase('two', 2),
			phase('three', 3),
		]);
		expect(again.bands.map((b) => b.orderStated)).toEqual([undefined, false, true]);
	});

	test('groups drawn apart in one phase share its title, set apart by a rule', () => {
		const events = [
			event('a', { when: 'x', before: ['b'] }),
			event('b', { when: 'y' }),
			event('c', { when: 'z', before: ['d'] }),
			event('d', { when: 'w' }),
			dated('e', '2020'),
			dated('f', '2021', { phase: 'q' }),
		];
		const layout = computeTimelineLayout(events, [phase('p', 1), phase('q', 2)]);
		expectReadable(layout, events);
		const apart = layout.bands.filter((b) => layout.lanes[b.lane]?.kind === 'unplaced');
		expect(apart.map((b) => b.id)).toEqual(['p', 'p']);
		expect(apart.map((b) => b.titleLines.length > 0)).toEqual([true, false]);
		expect(apart[1]?.separator).toBeDefined();
	});

	test('a story with no orders at all draws everything apart, without a spine', () => {
		const events = [dated('a', '2020'), dated('b', '2020-05'), dated('c', '2020')];
		const layout = computeTimelineLayout(events, [phase('p', 1)]);
		expectReadable(layout, events);
		expect(layout.lanes.every((l) => l.kind === 'unplaced')).toBe(true);
		expect(layout.unplaced).toBeDefined();
	});
});

describe('scale', () => {
	test('2,000 synthetic events lay out in under 5 s, readable, with bounded height per event', () => {
		const { events, phases } = generateSyntheticTimeline({ events: 2000, phases: 8, seed: 7 });
		const started = performance.now();
		const layout = computeTimelineLayout(events, phases);
		const ms = performance.now() - started;
		expect(ms).toBeLessThan(5000);
		expectReadable(layout, events);
		// The chart grows down, never sideways, and not much more than its labels need.
		expect(layout.width).toBe(340);
		expect(layout.height / events.length).toBeLessThan(150);
	});
});
