import { describe, expect, it } from 'vitest';
import { clusteredGraph, smallGraph } from './fixture.test-data';
import { LABEL_LEVELS } from './labels';
import {
	NETWORK_MARGIN,
	computeNetworkLayout,
	countSimulations,
	createLcg,
	shapePath,
	spaceLabelLines,
	type NetworkLayout,
} from './layout';

interface Box {
	id: string;
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Label and glyph boxes in map units at label level `index`, as the chart draws them. */
function boxesAt(layout: NetworkLayout, index: number) {
	const u = layout.levels[index] ?? 1;
	const labels = layout.nodes
		.filter((n) => n.label.level !== null && n.label.level <= index)
		.map((n) => ({
			id: n.id,
			x0: n.x + n.label.dx * u,
			y0: n.y + n.label.dy * u,
			x1: n.x + (n.label.dx + n.label.width) * u,
			y1: n.y + (n.label.dy + n.label.height) * u,
		}));
	const glyphs = layout.nodes.map((n) => ({
		id: n.id,
		x0: n.x - n.r * u,
		y0: n.y - n.r * u,
		x1: n.x + n.r * u,
		y1: n.y + n.r * u,
	}));
	return { labels, glyphs };
}

/** Every overlap between labels, or between a label and another node's glyph, at any level. */
function labelCollisions(layout: NetworkLayout): string[] {
	const problems: string[] = [];
	layout.levels.forEach((_, index) => {
		const { labels, glyphs } = boxesAt(layout, index);
		labels.forEach((a, i) => {
			for (const b of labels.slice(i + 1))
				if (overlaps(a, b)) problems.push(`level ${index}: label ${a.id} × label ${b.id}`);
			for (const g of glyphs)
				if (g.id !== a.id && overlaps(a, g))
					problems.push(`level ${index}: label ${a.id} × node ${g.id}`);
			if (a.x0 < 0 || a.y0 < 0 || a.x1 > layout.width || a.y1 > layout.height)
				problems.push(`level ${index}: label ${a.id} leaves the frame`);
		});
	});
	return problems;
}

describe('computeNetworkLayout', () => {
	const layout = computeNetworkLayout(smallGraph());

	it('places every node at finite coordinates inside the frame, with room for its glyph', () => {
		expect(layout.nodes).toHaveLength(smallGraph().nodes.length);
		for (const n of layout.nodes) {
			expect(Number.isFinite(n.x) && Number.isFinite(n.y), n.id).toBe(true);
			expect(n.x).toBeGreaterThanOrEqual(NETWORK_MARGIN);
			expect(n.x).toBeLessThanOrEqual(layout.width - NETWORK_MARGIN);
			expect(n.y).toBeGreaterThanOrEqual(NETWORK_MARGIN);
			expect(n.y).toBeLessThanOrEqual(layout.height - NETWORK_MARGIN);
		}
		const serialized = JSON.stringify(layout);
		expect(serialized).not.toMatch(/NaN|Infinity|null,"y"/);
	});

	it('rounds coordinates to a tenth of a unit', () => {
		for (const n of layout.nodes) {
			expect(Math.round(n.x * 10) / 10).toBe(n.x);
			expect(Math.round(n.y * 10) / 10).toBe(n.y);
		}
		for (const e of layout.edges) expect(e.path).not.toMatch(/\d\.\d\d/);
	});

	it('gives the same picture for the same seed, and another for another seed', () => {
		expect(computeNetworkLayout(smallGraph())).toEqual(layout);
		expect(computeNetworkLayout(smallGraph(), { seed: 1 })).toEqual(layout);
		const other = computeNetworkLayout(smallGraph(), { seed: 99 });
		expect(other.nodes.map((n) => [n.x, n.y])).not.toEqual(layout.nodes.map((n) => [n.x, n.y]));
	});

	it('places the nodes of an edition with other names where the first edition has them', () => {
		const renamed = smallGraph();
		for (const n of renamed.nodes) n.name = `${n.name} (traducido)`;
		for (const e of renamed.edges) e.label = `${e.label} (traducido)`;
		const before = countSimulations();
		const other = computeNetworkLayout(renamed);
		expect(countSimulations()).toBe(before);
		const where = (l: NetworkLayout) => new Map(l.nodes.map((n) => [n.id, [n.x, n.y, n.r]]));
		expect(where(other)).toEqual(where(layout));
		expect(other.nodes.map((n) => n.name)).toEqual(
			layout.nodes.map((n) => `${n.name} (traducido)`),
		);
		// Another shape of graph is laid out afresh.
		const fewer = smallGraph();
		fewer.edges = fewer.edges.slice(1);
		expect(where(computeNetworkLayout(fewer))).not.toEqual(where(layout));
		expect(countSimulations()).toBe(before + 1);
	});

	it('does not depend on the order content was read in, and never mutates its input', () => {
		const input = smallGraph();
		const before = structuredClone(input);
		const shuffled = { nodes: [...input.nodes].reverse(), edges: [...input.edges].reverse() };
		expect(computeNetworkLayout(shuffled)).toEqual(layout);
		expect(input).toEqual(before);
		expect(shuffled.nodes[0]).not.toHaveProperty('x');
	});

	it('draws every edge between two of its nodes, from source to target', () => {
		const at = new Map(layout.nodes.map((n) => [n.id, n]));
		expect(layout.edges.map((e) => e.id).sort()).toEqual(
			smallGraph()
				.edges.map((e) => e.id)
				.sort(),
		);
		for (const e of layout.edges) {
			const source = at.get(e.source);
			const target = at.get(e.target);
			expect(source && target, e.id).toBeTruthy();
			expect(e.path.startsWith(`M${source?.x} ${source?.y}`), e.id).toBe(true);
			expect(e.path.endsWith(`${target?.x} ${target?.y}`), e.id).toBe(true);
		}
	});

	it('bends two ties between the same actors apart, and leaves a lone tie straight', () => {
		const paths = new Map(layout.edges.map((e) => [e.id, e.path]));
		expect(paths.get('ana-bank')).toContain('Q');
		expect(paths.get('ana-bank-2')).toContain('Q');
		const middles = ['ana-bank', 'ana-bank-2'].map(
			(id) => paths.get(id)?.split('Q')[1]?.split(' ')[2],
		);
		expect(middles[0]).not.toEqual(middles[1]);
		expect(paths.get('luis-sofia')).toMatch(/^M[\d. ]+L[\d. ]+L[\d. ]+$/);
	});

	it('keeps a pinned actor where the content pins it', () => {
		const pinned = layout.nodes.find((n) => n.id === 'ministry');
		const inner = { w: layout.width - 2 * NETWORK_MARGIN, h: layout.height - 2 * NETWORK_MARGIN };
		expect(pinned?.pinned).toBe(true);
		expect(pinned?.x).toBeCloseTo(NETWORK_MARGIN + 0.1 * inner.w, 1);
		expect(pinned?.y).toBeCloseTo(NETWORK_MARGIN + 0.2 * inner.h, 1);
		expect(layout.nodes.filter((n) => n.pinned)).toHaveLength(1);
	});

	it('lists each node’s neighbours and orders nodes by relations', () => {
		const ana = layout.nodes.find((n) => n.id === 'ana');
		expect(ana?.neighbours).toEqual(['bank', 'guard', 'luis']);
		expect(layout.nodes.find((n) => n.id === 'alone')?.neighbours).toEqual([]);
		const relations = layout.nodes.map((n) => n.relations);
		expect(relations).toEqual([...relations].sort((a, b) => b - a));
	});

	it('places labels that overlap no other label, no other glyph and stay in the frame', () => {
		expect(labelCollisions(layout)).toEqual([]);
		// At the widest view every label of this small map fits.
		expect(layout.nodes.every((n) => n.label.level !== null && n.label.level <= 8)).toBe(true);
	});

	it('thins labels on a crowded map without ever letting two overlap', () => {
		const big = computeNetworkLayout(clusteredGraph(160, 400));
		expect(labelCollisions(big)).toEqual([]);
		const shownAt = (index: number) =>
			big.nodes.filter((n) => n.label.level !== null && n.label.level <= index).length;
		// Some labels are held back at the unzoomed view, and zooming in reveals more of them.
		expect(shownAt(8)).toBeLessThan(big.nodes.length);
		expect(shownAt(LABEL_LEVELS.length - 1)).toBeGreaterThan(shownAt(8));
	});

	it('refuses a graph with an unknown endpoint, a repeated node or a self-tie', () => {
		const g = smallGraph();
		expect(() =>
			computeNetworkLayout({ ...g, edges: [...g.edges, { ...g.edges[0]!, target: 'nobody' }] }),
		).toThrow(/unknown node "nobody"/);
		expect(() => computeNetworkLayout({ ...g, nodes: [...g.nodes, g.nodes[0]!] })).toThrow(
			/appears twice/,
		);
		expect(() =>
			computeNetworkLayout({ ...g, edges: [{ ...g.edges[0]!, target: g.edges[0]!.source }] }),
		).toThrow(/to itself/);
	});

	it('lays out an empty graph and a single actor', () => {
		expect(computeNetworkLayout({ nodes: [], edges: [] }).nodes).toEqual([]);
		const one = computeNetworkLayout({ nodes: [smallGraph().nodes[0]!], edges: [] });
		expect([one.nodes[0]?.x, one.nodes[0]?.y]).toEqual([one.width / 2, one.height / 2]);
	});
});

describe('spaceLabelLines', () => {
	it('keeps one space between lines, on the side away from the anchor', () => {
		expect(spaceLabelLines({ lines: ['Ana'], anchor: 'end' })).toEqual(['Ana']);
		expect(spaceLabelLines({ lines: ['Guardia', 'Nacional'], anchor: 'start' })).toEqual([
			'Guardia ',
			'Nacional',
		]);
		expect(spaceLabelLines({ lines: ['Guardia', 'Nacional'], anchor: 'end' })).toEqual([
			'Guardia',
			' Nacional',
		]);
	});
});

describe('createLcg', () => {
	it('repeats for a seed and stays in [0, 1)', () => {
		const a = createLcg(7);
		const b = createLcg(7);
		const values = Array.from({ length: 1000 }, () => a());
		expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
		expect(createLcg(8)()).not.toBe(createLcg(7)());
	});
});

describe('shapePath', () => {
	it('draws a circle for a person, a square for an organization, a hexagon for a group', () => {
		expect(shapePath('person', 10)).toMatch(/^M10 0A10 10/);
		expect(shapePath('organization', 10)).toBe('M-8.9 -8.9H8.9V8.9H-8.9Z');
		expect(shapePath('group', 10).match(/L/g)).toHaveLength(5);
	});
});
