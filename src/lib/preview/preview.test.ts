import { describe, expect, it } from 'vitest';
import { smallGraph } from '../network/fixture.test-data';
import { timelineFixture } from '../timeline/fixture';
import { planTimeline } from '../timeline/plan';
import {
	NETWORK_PREVIEW,
	computeNetworkPreview,
	previewLabelFits,
	selectCentralGraph,
} from './network';
import { computeTimelinePreview } from './timeline';

describe('selectCentralGraph', () => {
	it('keeps the most connected actors and only the ties among them, without pins', () => {
		const graph = smallGraph();
		const part = selectCentralGraph(graph, 4);
		const top = [...graph.nodes]
			.sort((a, b) => b.relations - a.relations || a.id.localeCompare(b.id))
			.slice(0, 4)
			.map((n) => n.id);
		for (const n of part.nodes) expect(top).toContain(n.id);
		const ids = new Set(part.nodes.map((n) => n.id));
		for (const e of part.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
		for (const n of part.nodes)
			expect(part.edges.some((e) => e.source === n.id || e.target === n.id)).toBe(true);
		expect(part.nodes.every((n) => n.pin === undefined)).toBe(true);
	});
});

describe('computeNetworkPreview', () => {
	it('names every actor it draws, inside the frame, the same way every time', () => {
		const a = computeNetworkPreview(smallGraph());
		expect(a.nodes.length).toBeGreaterThanOrEqual(2);
		expect(a.nodes.every((n) => previewLabelFits(n))).toBe(true);
		for (const n of a.nodes) {
			expect(n.x).toBeGreaterThanOrEqual(0);
			expect(n.x).toBeLessThanOrEqual(NETWORK_PREVIEW.width);
			expect(n.y).toBeGreaterThanOrEqual(0);
			expect(n.y).toBeLessThanOrEqual(NETWORK_PREVIEW.height);
		}
		expect(computeNetworkPreview(smallGraph())).toEqual(a);
	});
});

describe('computeTimelinePreview', () => {
	const { events, phases } = timelineFixture();
	const plan = planTimeline(events, phases);
	const preview = computeTimelinePreview(plan);

	it('draws the main lane’s phases in order, side by side, without overlap', () => {
		const main = plan.lanes.find((l) => l.kind === 'main');
		expect(preview.segments.map((s) => s.id)).toEqual(main?.bands.map((b) => b.id));
		for (let i = 1; i < preview.segments.length; i++)
			expect(preview.segments[i]?.x1).toBeGreaterThan(preview.segments[i - 1]?.x2 ?? Infinity);
		for (const s of preview.segments)
			for (const e of s.events) {
				expect(e.x).toBeGreaterThanOrEqual(s.x1);
				expect(e.x).toBeLessThanOrEqual(s.x2);
			}
	});

	it('wraps a phase title between words, never inside one, even for a phase with one event', () => {
		const title = 'Antes de la operación';
		const long = planTimeline(
			events,
			phases.map((p) => ({ ...p, data: { ...p.data, title } })),
		);
		const words = title.split(' ');
		const segments = computeTimelinePreview(long).segments;
		expect(segments.length).toBeGreaterThan(2);
		for (const s of segments)
			for (const line of s.titleLines)
				for (const word of line.text.split(' '))
					expect(words, `${s.id}: "${line.text}"`).toContain(word);
	});

	it('keeps events not placed in time off the spine, in a box below it, never before or after it', () => {
		const apart = plan.lanes
			.filter((l) => l.kind === 'unplaced')
			.flatMap((l) => l.bands.flatMap((b) => b.steps.flatMap((s) => s.events.map((e) => e.id))));
		expect(apart.length).toBeGreaterThan(0);
		const onSpine = preview.segments.flatMap((s) => s.events.map((e) => e.id));
		for (const id of apart) expect(onSpine).not.toContain(id);
		const box = preview.unplaced;
		expect(box?.events.map((e) => e.id)).toEqual(apart);
		if (!box) return;
		const spineBottom = Math.max(...preview.segments.flatMap((s) => s.events.map((e) => e.y)));
		expect(box.y).toBeGreaterThan(spineBottom);
		// The box spans the spine's whole width, so it sits neither left nor right of it.
		expect(box.x).toBeLessThanOrEqual(Math.min(...preview.segments.map((s) => s.x1)));
		expect(box.x + box.width).toBeGreaterThanOrEqual(
			Math.max(...preview.segments.map((s) => s.x2)),
		);
		for (const e of box.events) expect(e.y).toBeLessThan(box.y + box.height);
	});

	it('writes out the disputed date under its event and stays inside its frame', () => {
		const disputed = preview.segments.flatMap((s) => s.events).filter((e) => e.disputed);
		expect(disputed.length).toBeGreaterThan(0);
		expect(preview.disputed.map((d) => d.event.id)).toEqual(disputed.map((e) => e.id));
		for (const d of preview.disputed) expect(d.y).toBeGreaterThan(preview.spineY);
		const numbers = JSON.stringify(preview).match(/-?\d+(\.\d+)?|NaN|null/g) ?? [];
		expect(numbers).not.toContain('NaN');
		expect(preview.height).toBeGreaterThan(
			(preview.unplaced?.y ?? 0) + (preview.unplaced?.height ?? 0),
		);
		expect(computeTimelinePreview(plan)).toEqual(preview);
	});
});
