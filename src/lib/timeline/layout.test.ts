import { describe, expect, test } from 'vitest';
import type { StoryEvent } from '../../schemas';
import { computeTimelineLayout, dateInterval, type Box, type TimelineLayout } from './layout';
import { timelineFixture } from './fixture';
import { generateSyntheticTimeline } from './synthetic';
import type { Entry } from '../content/types';

const overlaps = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every stated order between two events, as [earlier, later]. */
function statedOrders(events: readonly Entry<StoryEvent>[]): [string, string][] {
	return events.flatMap((e) => [
		...e.data.after.map((a): [string, string] => [a, e.id]),
		...e.data.before.map((b): [string, string] => [e.id, b]),
	]);
}

/** Pairs of boxes that overlap, found with a sweep along x (fast enough for 2,000 marks). */
function overlappingPairs(boxes: readonly { id: string; box: Box }[]): string[] {
	const sorted = [...boxes].sort((a, b) => a.box.x - b.box.x);
	const found: string[] = [];
	sorted.forEach((a, i) => {
		for (const b of sorted.slice(i + 1)) {
			if (b.box.x >= a.box.x + a.box.width) break;
			if (overlaps(a.box, b.box)) found.push(`${a.id} × ${b.id}`);
		}
	});
	return found;
}

/** Every box a layout draws, with a name for failure messages. */
function allBoxes(layout: TimelineLayout): { id: string; box: Box }[] {
	return [
		...layout.marks.map((m) => ({ id: m.id, box: m.box })),
		...layout.bands.flatMap((b) => b.ticks.map((t) => ({ id: `tick ${t.label}`, box: t.box }))),
		...layout.groups.map((g, i) => ({ id: `group ${i}`, box: g.box })),
	];
}

function mark(layout: TimelineLayout, id: string) {
	const found = layout.marks.find((m) => m.id === id);
	if (!found) throw new Error(`no mark for ${id}`);
	return found;
}

describe('computeTimelineLayout on a fixture story', () => {
	const { events, phases } = timelineFixture();
	const layout = computeTimelineLayout(events, phases);

	test('places every event once, and only events', () => {
		expect(layout.marks.map((m) => m.id).sort()).toEqual(events.map((e) => e.id).sort());
	});

	test('respects every stated order: the earlier event is further left', () => {
		const orders = statedOrders(events);
		expect(orders.length).toBeGreaterThan(5);
		for (const [a, b] of orders)
			expect(mark(layout, a).x, `${a} before ${b}`).toBeLessThan(mark(layout, b).x);
	});

	test('puts phases left to right in phase order, each event inside its phase’s band', () => {
		expect(layout.bands.map((b) => b.title)).toEqual([
			'Background',
			'The quiet channel',
			'The raid',
			'Aftermath',
		]);
		layout.bands.forEach((band, i) => {
			const next = layout.bands[i + 1];
			if (next) expect(band.x + band.width).toBeLessThanOrEqual(next.x);
			for (const m of layout.marks.filter((k) => k.band === i)) {
				expect(m.phase).toBe(band.id);
				expect(m.label.x).toBeGreaterThanOrEqual(band.x);
				expect(m.label.x + m.label.width).toBeLessThanOrEqual(band.x + band.width);
			}
		});
	});

	test('orders undisputed dates inside a phase, but leaves overlapping periods unordered', () => {
		// 2020 and March 2020 overlap: neither is before the other. June 15, 2021 follows both.
		expect(mark(layout, 'fx-reward').x).toBe(mark(layout, 'fx-charges').x);
		expect(mark(layout, 'fx-charges').x).toBeLessThan(mark(layout, 'fx-renewal').x);
		expect(mark(layout, 'fx-reward').x).toBeLessThan(mark(layout, 'fx-renewal').x);
	});

	test('draws nothing outside the frame, and no NaN', () => {
		expect(JSON.stringify(layout)).not.toMatch(/NaN|null|Infinity/);
		for (const { id, box } of allBoxes(layout)) {
			expect(box.x, id).toBeGreaterThanOrEqual(0);
			expect(box.y, id).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width, id).toBeLessThanOrEqual(layout.width);
			expect(box.y + box.height, id).toBeLessThanOrEqual(layout.height);
		}
		for (const m of layout.marks) {
			for (const l of [...m.titleLines, ...m.metaLines])
				expect(l.y).toBeLessThanOrEqual(m.box.y + m.box.height);
			expect(m.y - 14).toBeGreaterThanOrEqual(m.box.y);
		}
	});

	test('never lets two labels, marks or axis labels overlap', () => {
		expect(overlappingPairs(allBoxes(layout))).toEqual([]);
	});

	test('keeps the axis below every mark', () => {
		for (const m of layout.marks) expect(m.box.y + m.box.height).toBeLessThanOrEqual(layout.axisY);
	});

	test('writes only undisputed, stated dates on the axis, at their own precision', () => {
		const ticks = layout.bands.flatMap((b) => b.ticks.map((t) => t.datetime));
		expect(ticks.sort()).toEqual(['2020', '2020-03', '2021-06-15']);
		expect(layout.bands.flatMap((b) => b.ticks.map((t) => t.label))).toContain('March 2020');
	});

	test('a disputed date never positions anything', () => {
		const moved = events.map((e) =>
			e.data.flags.includes('disputed') ? { ...e, data: { ...e.data, date: '1990-07-21' } } : e,
		);
		const other = computeTimelineLayout(moved, phases);
		const place = (l: TimelineLayout) => l.marks.map((m) => [m.id, m.x, m.y, m.row]);
		expect(place(other)).toEqual(place(layout));
		expect(other.bands.map((b) => b.scale)).toEqual(layout.bands.map((b) => b.scale));
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

	test('draws spans between their constraints, and ongoing events open to the right', () => {
		const talks = mark(layout, 'fx-talks');
		expect(talks.span).toBeDefined();
		expect(talks.span?.x1).toBe(talks.x);
		expect(talks.span?.open).toBe(false);
		expect(talks.span?.x2).toBeLessThan(mark(layout, 'fx-raid').box.x);
		const open = mark(layout, 'fx-go-betweens');
		expect(open.span?.open).toBe(true);
		const band = layout.bands[open.band];
		expect(open.span?.x2).toBeLessThanOrEqual((band?.x ?? 0) + (band?.width ?? 0));
		const goingOn = mark(layout, 'fx-talks-go-on');
		expect(goingOn.tail?.x1).toBe(goingOn.span?.x2);
		expect(goingOn.tail?.x2).toBeGreaterThan(goingOn.tail?.x1 ?? Infinity);
		expect(mark(layout, 'fx-releases').tail).toBeDefined();
		expect(mark(layout, 'fx-defiance').tail).toBeUndefined();
	});

	test('lists the legend keys it uses and the actors, most frequent first', () => {
		expect(layout.keys).toEqual([
			'day',
			'month',
			'year',
			'none',
			'span',
			'ongoing',
			'disputed',
			'axis-order',
		]);
		expect(layout.actors[0]).toEqual({ id: 'fx-minister', name: 'fx-minister', count: 10 });
	});

	test('describes each mark in words, with the time as stated', () => {
		expect(mark(layout, 'fx-reward').description).toBe(
			'A reward is offered. 2020 (year only). Phase: Background. Involves fx-agency.',
		);
		expect(mark(layout, 'fx-talks').description).toMatch(/no date given\)\. A stretch of time\./);
	});

	test('is deterministic', () => {
		expect(computeTimelineLayout(events, phases)).toEqual(layout);
	});

	test('uses its own order, not the input’s', () => {
		const shuffled = [...events].reverse();
		const again = computeTimelineLayout(shuffled, [...phases].reverse());
		expect(again.marks.map((m) => [m.id, m.x, m.y])).toEqual(
			layout.marks.map((m) => [m.id, m.x, m.y]),
		);
	});
});

describe('time scales', () => {
	const phase: Entry<{ title: string; summary: string; order: number }> = {
		id: 'p',
		file: 'p.yaml',
		data: { title: 'Dated', summary: 'All dated.', order: 1 },
	};
	const dated = (id: string, date: string, extra: Partial<StoryEvent> = {}): Entry<StoryEvent> => ({
		id,
		file: `${id}.yaml`,
		data: {
			title: id,
			summary: id,
			date,
			phase: 'p',
			after: [],
			before: [],
			span: false,
			flags: [],
			actors: ['x'],
			claims: ['c'],
			...extra,
		},
	});

	test('a phase whose events all carry undisputed dates gets a real time scale', () => {
		const layout = computeTimelineLayout(
			[dated('a', '2019'), dated('b', '2019-11-20'), dated('c', '2021-02')],
			[phase],
		);
		expect(layout.bands[0]?.scale).toBe('time');
		expect(layout.keys).toContain('axis-time');
		const [a, b, c] = ['a', 'b', 'c'].map((id) => mark(layout, id));
		// Positions are proportional to time: the gap 2019 → 2021 dwarfs November → mid-2019.
		expect((c?.x ?? 0) - (b?.x ?? 0)).toBeGreaterThan((b?.x ?? 0) - (a?.x ?? 0));
		// A year covers its whole period on the scale; a day is a point.
		expect(a?.range).toBeDefined();
		expect(b?.range).toBeUndefined();
		expect(overlappingPairs(allBoxes(layout))).toEqual([]);
		expect(layout.bands[0]?.ticks.length).toBeGreaterThan(1);
	});

	test('a single disputed date keeps its phase off the time scale', () => {
		const layout = computeTimelineLayout(
			[dated('a', '2019'), dated('b', '2020-05', { flags: ['disputed'], note: 'n' })],
			[phase],
		);
		expect(layout.bands[0]?.scale).toBe('order');
		expect(layout.bands[0]?.ticks.map((t) => t.datetime)).toEqual(['2019']);
	});

	test('dates that contradict a stated order keep the phase off the time scale', () => {
		const layout = computeTimelineLayout(
			[dated('a', '2021', { after: ['b'] }), dated('b', '2022')],
			[phase],
		);
		expect(layout.bands[0]?.scale).toBe('order');
		expect(mark(layout, 'b').x).toBeLessThan(mark(layout, 'a').x);
	});

	test('a crowded time scale falls back to order, without overlaps', () => {
		const events = Array.from({ length: 40 }, (_, i) => dated(`e${i}`, i < 39 ? '2020' : '2021'));
		const layout = computeTimelineLayout(events, [phase], { maxPerColumn: 5 });
		expect(layout.bands[0]?.scale).toBe('order');
		expect(layout.groups.length).toBeGreaterThan(0);
		expect(overlappingPairs(allBoxes(layout))).toEqual([]);
		expect(mark(layout, 'e0').x).toBeLessThan(mark(layout, 'e39').x);
	});

	test('dateInterval covers a partial date’s whole period', () => {
		expect(dateInterval('2020').end.toISOString()).toBe('2021-01-01T00:00:00.000Z');
		expect(dateInterval('2020-02').end.toISOString()).toBe('2020-03-01T00:00:00.000Z');
		expect(dateInterval('2020-12-31').start.toISOString()).toBe('2020-12-31T00:00:00.000Z');
	});
});

describe('scale', () => {
	test('2,000 synthetic events lay out in under 5 s, readable: no overlap, bounded height', () => {
		const { events, phases } = generateSyntheticTimeline({ events: 2000, phases: 8, seed: 7 });
		const started = performance.now();
		const layout = computeTimelineLayout(events, phases);
		const ms = performance.now() - started;
		expect(ms).toBeLessThan(5000);
		expect(layout.marks).toHaveLength(2000);
		expect(overlappingPairs(allBoxes(layout))).toEqual([]);
		for (const [a, b] of statedOrders(events))
			expect(mark(layout, a).x).toBeLessThan(mark(layout, b).x);
		for (const { box } of allBoxes(layout)) {
			expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
			expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
		}
		// Rows stay bounded however many events a phase holds: a reader scrolls sideways only.
		expect(layout.rows).toBeLessThanOrEqual(30);
	});
});
