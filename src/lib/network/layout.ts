/**
 * The relationship map's layout, computed at build time: d3-force run to rest with a seeded
 * random source on a copy of the input, coordinates rounded, labels placed without overlaps.
 * The same graph and options always give the same picture. Pure: no DOM, no astro:*.
 */
import {
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type SimulationLinkDatum,
	type SimulationNodeDatum,
} from 'd3-force';
import type { ActorKind, AttributionKind } from '../../schemas';
import type { LineStyle } from '../content/attribution';
import {
	LABEL_FONT_SIZE,
	LABEL_LEVELS,
	LABEL_LINE_HEIGHT,
	estimateTextWidth,
	placeLabels,
	type Segment,
	wrapLabel,
} from './labels';

/** An actor as the map needs it. */
export interface NetworkNodeInput {
	id: string;
	name: string;
	kind: ActorKind;
	/** How many relations the actor has in the whole story (sizes the glyph; read aloud). */
	relations: number;
	/** Fixed position as fractions (0–1) of the frame's width and height. */
	pin?: { x: number; y: number } | undefined;
	/** The actor a neighbourhood map is about: drawn larger, labelled first. */
	focal?: boolean | undefined;
}

/** A relation as the map needs it. */
export interface NetworkEdgeInput {
	id: string;
	source: string;
	target: string;
	directed: boolean;
	/** Relation type, for filters. */
	type: string;
	/** How the tie reads between the names: "<source> <label> <target>". */
	label: string;
	/** Every attribution among the tie's claims, once each, in vocabulary order. */
	attributions: AttributionKind[];
	/** How the tie is drawn: its attribution's line style, or `mixed` when its claims differ. */
	line: EdgeLine;
}

/** An edge's line: the style of its one attribution, or `mixed` when it rests on several. */
export type EdgeLine = LineStyle | 'mixed';

/** The graph to lay out. */
export interface NetworkGraph {
	nodes: NetworkNodeInput[];
	edges: NetworkEdgeInput[];
}

/** Frame size, seed and simulation length of a layout; every field has a default. */
export interface NetworkLayoutOptions {
	/** Frame width in map units. Charts share 960 so their CSS breakpoints match. */
	width?: number;
	/** Frame height in map units. */
	height?: number;
	/** Seed of the random source: the same seed gives the same layout. */
	seed?: number;
	/** Simulation steps; d3's default cooling reaches rest in 300. */
	ticks?: number;
}

/** A node's label: its lines and box relative to the node's centre, in screen pixels. */
export interface NetworkLabel {
	lines: string[];
	/** Left edge of the label's box. */
	dx: number;
	/** Top edge of the label's box. */
	dy: number;
	width: number;
	height: number;
	/** Where the text is anchored: `x` is its start, middle or end, `y` its first baseline. */
	anchor: 'start' | 'middle' | 'end';
	x: number;
	y: number;
	/**
	 * Index in `levels` of the most zoomed-out level at which the label fits without
	 * overlapping, or null when it never does (then it shows on hover, focus or selection).
	 */
	level: number | null;
}

/** A placed node. `x`, `y` are map units; `r`, `shape` and `label` are screen pixels. */
export interface NetworkNodeLayout {
	id: string;
	name: string;
	kind: ActorKind;
	relations: number;
	focal: boolean;
	pinned: boolean;
	x: number;
	y: number;
	/** Glyph radius. */
	r: number;
	/** SVG path of the glyph, centred on 0,0: circle (person), square (organization), hexagon (group). */
	shape: string;
	label: NetworkLabel;
	/** Ids of the nodes this one shares an edge with on this map, sorted. */
	neighbours: string[];
}

/** A drawn edge: its input plus an SVG path in map units with a vertex at its middle. */
export interface NetworkEdgeLayout extends NetworkEdgeInput {
	/** Path from source to target, with a vertex halfway for the direction marker. */
	path: string;
}

/** Everything a chart needs to draw the map. */
export interface NetworkLayout {
	width: number;
	height: number;
	/** Map units per screen pixel at which label levels were checked (LABEL_LEVELS). */
	levels: readonly number[];
	/** Nodes, most connected first (also their tab order without JavaScript). */
	nodes: NetworkNodeLayout[];
	/** Edges, sorted by id. */
	edges: NetworkEdgeLayout[];
}

/** Frame width shared by every chart; see NetworkLayoutOptions.width. */
export const NETWORK_WIDTH = 960;
/** Distance kept between node centres and the frame's edge, in map units. */
export const NETWORK_MARGIN = 36;

/**
 * A seeded linear congruential generator returning numbers in [0, 1), with the parameters
 * d3-force uses for its own default source (Numerical Recipes).
 * https://en.wikipedia.org/wiki/Linear_congruential_generator#Parameters_in_common_use
 */
export function createLcg(seed: number): () => number {
	let s = Math.abs(Math.floor(seed)) % 4294967296;
	return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

/** How much harder than others an actor tied to nothing is pulled to the centre. */
const LOOSE_PULL = 4;

/** Glyph radius in pixels for an actor with `relations` ties. */
function radiusFor(relations: number, focal: boolean): number {
	return Math.min(15, 6 + 1.6 * Math.sqrt(relations)) + (focal ? 3 : 0);
}

const round = (v: number) => Math.round(v * 10) / 10;
const fmt = (v: number) => String(round(v));

/** The glyph path for a kind, with about the same visual area for each shape. */
export function shapePath(kind: ActorKind, r: number): string {
	if (kind === 'organization') {
		const h = round(r * 0.89);
		return `M${-h} ${-h}H${h}V${h}H${-h}Z`;
	}
	if (kind === 'group') {
		const R = r * 1.1;
		const points = Array.from({ length: 6 }, (_, i) => {
			const a = (Math.PI / 3) * i + Math.PI / 6;
			return `${fmt(R * Math.cos(a))} ${fmt(R * Math.sin(a))}`;
		});
		return `M${points.join('L')}Z`;
	}
	return `M${fmt(r)} 0A${fmt(r)} ${fmt(r)} 0 1 1 ${fmt(-r)} 0A${fmt(r)} ${fmt(r)} 0 1 1 ${fmt(r)} 0Z`;
}

interface SimNode extends SimulationNodeDatum {
	id: string;
	r: number;
	/** Tied to nothing on this map. */
	loose: boolean;
}

/** Checks ids and references; a map drawn from a broken graph would silently lose ties. */
function checkGraph(graph: NetworkGraph): void {
	const ids = new Set<string>();
	for (const n of graph.nodes) {
		if (ids.has(n.id)) throw new Error(`network: node "${n.id}" appears twice`);
		ids.add(n.id);
	}
	for (const e of graph.edges) {
		for (const end of [e.source, e.target])
			if (!ids.has(end)) throw new Error(`network: edge "${e.id}" refers to unknown node "${end}"`);
		if (e.source === e.target) throw new Error(`network: edge "${e.id}" joins a node to itself`);
	}
}

/**
 * Lays out a graph in a frame. Pure: works on copies, so the input is never mutated.
 * Nodes and edges are sorted by id first, so the order content is read in does not matter.
 */
export function computeNetworkLayout(
	graph: NetworkGraph,
	options: NetworkLayoutOptions = {},
): NetworkLayout {
	checkGraph(graph);
	const width = options.width ?? NETWORK_WIDTH;
	const height = options.height ?? 680;
	const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	const inputs = [...graph.nodes].sort(byId);
	const edgeInputs = [...graph.edges].sort(byId);
	const positions = simulate(inputs, edgeInputs, {
		width,
		height,
		seed: options.seed ?? 1,
		ticks: options.ticks ?? 300,
	});
	const at = (id: string) => {
		const p = positions.get(id);
		if (!p) throw new Error(`network: no position for "${id}"`);
		return p;
	};

	const neighbours = new Map<string, Set<string>>(inputs.map((node) => [node.id, new Set()]));
	for (const e of edgeInputs) {
		neighbours.get(e.source)?.add(e.target);
		neighbours.get(e.target)?.add(e.source);
	}

	// Labels: the focal actor first, then the most connected, then by name.
	const ordered = [...inputs].sort(
		(a, b) =>
			Number(b.focal ?? false) - Number(a.focal ?? false) ||
			b.relations - a.relations ||
			// Root collation: the same order whatever the page's language, so layouts match.
			a.name.localeCompare(b.name, 'und') ||
			byId(a, b),
	);
	const labelItems = ordered.map((node) => {
		const p = at(node.id);
		const lines = wrapLabel(node.name);
		return {
			id: node.id,
			x: p.x,
			y: p.y,
			r: p.r,
			lines,
			width: Math.max(...lines.map((l) => estimateTextWidth(l))),
			height: lines.length * LABEL_LINE_HEIGHT,
		};
	});
	const edges = routeEdges(edgeInputs, at);
	const placements = placeLabels(labelItems, { width, height }, { edges: edgeSegments(edges) });

	const nodes = ordered.map((node, i): NetworkNodeLayout => {
		const p = at(node.id);
		const item = labelItems[i];
		const placed = placements[i];
		if (!item || !placed) throw new Error('network: label placement lost a node');
		return {
			id: node.id,
			name: node.name,
			kind: node.kind,
			relations: node.relations,
			focal: node.focal ?? false,
			pinned: node.pin !== undefined,
			x: p.x,
			y: p.y,
			r: round(p.r),
			shape: shapePath(node.kind, p.r),
			label: {
				lines: item.lines,
				dx: round(placed.dx),
				dy: round(placed.dy),
				width: item.width,
				height: item.height,
				...anchorLabel(placed.dx, placed.dy, item.width),
				level: placed.level,
			},
			neighbours: [...(neighbours.get(node.id) ?? [])].sort(),
		};
	});

	return {
		width,
		height,
		levels: LABEL_LEVELS,
		nodes,
		edges: edges.map((e) => e.edge),
	};
}

/**
 * Where the force simulation puts each node, computed once per shape of graph: positions
 * depend only on ids, ties, glyph sizes, pins and the frame, never on names, so every
 * language edition of a story (and the page, embed, details and files of each) shares them.
 */
function simulate(
	inputs: readonly NetworkNodeInput[],
	edgeInputs: readonly NetworkEdgeInput[],
	frame: { width: number; height: number; seed: number; ticks: number },
): ReadonlyMap<string, { x: number; y: number; r: number }> {
	const key = JSON.stringify([
		frame,
		inputs.map((n) => [n.id, n.relations, n.focal ?? false, n.pin ?? null]),
		edgeInputs.map((e) => [e.source, e.target]),
	]);
	const known = simulations.get(key);
	if (known) return known;
	runs++;
	const { width, height } = frame;
	const random = createLcg(frame.seed);
	const n = inputs.length;
	const cx = width / 2;
	const cy = height / 2;
	const innerW = width - 2 * NETWORK_MARGIN;
	const innerH = height - 2 * NETWORK_MARGIN;
	// Typical distance between neighbouring nodes if they filled the frame evenly.
	const spacing = Math.sqrt((innerW * innerH) / Math.max(n, 1));

	// Glyphs shrink a little on crowded maps (never below half size).
	const glyphScale = Math.max(0.5, Math.min(1, spacing / 90));

	const tied = new Set(edgeInputs.flatMap((e) => [e.source, e.target]));
	const simNodes: SimNode[] = inputs.map((node) => {
		const r = radiusFor(node.relations, node.focal ?? false) * glyphScale;
		const pinned = node.pin
			? { fx: NETWORK_MARGIN + node.pin.x * innerW, fy: NETWORK_MARGIN + node.pin.y * innerH }
			: {};
		// Start inside an ellipse around the centre, seeded.
		const angle = random() * 2 * Math.PI;
		const dist = Math.sqrt(random()) * 0.35;
		return {
			id: node.id,
			r,
			loose: !tied.has(node.id),
			x: cx + Math.cos(angle) * dist * innerW,
			y: cy + Math.sin(angle) * dist * innerH,
			...pinned,
		};
	});
	const links: SimulationLinkDatum<SimNode>[] = edgeInputs.map((e) => ({
		source: e.source,
		target: e.target,
	}));

	// Charge and centring balance at a disc of about the frame's size: with a centring
	// strength k, n nodes of charge q settle at a radius R where |q|·n ≈ k·R², and
	// spacing² ≈ 4R²/n, so |q| ≈ k·spacing²/4.
	const centring = 0.06;
	const simulation = forceSimulation(simNodes)
		.stop()
		.randomSource(random)
		.force(
			'link',
			forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
				.id((d) => d.id)
				.distance(Math.max(20, Math.min(140, spacing * 0.7))),
		)
		.force(
			'charge',
			forceManyBody<SimNode>()
				.strength(-Math.max(8, (centring * spacing * spacing) / 4))
				.distanceMax(spacing * 6),
		)
		.force(
			'collide',
			forceCollide<SimNode>((d) => d.r + Math.min(spacing * 0.25, 24)).iterations(1),
		)
		// Pull harder across the short side, so the map takes the frame's shape. Actors tied to
		// nothing are pulled in harder: nothing else holds them, and drifting to the corners they
		// would stretch the frame and squeeze the ties into its middle.
		.force(
			'x',
			forceX<SimNode>(cx).strength(
				(d) => centring * Math.min(1, height / width) * (d.loose ? LOOSE_PULL : 1),
			),
		)
		.force(
			'y',
			forceY<SimNode>(cy).strength(
				(d) => centring * Math.min(1, width / height) * (d.loose ? LOOSE_PULL : 1),
			),
		)
		.force('frame', () => {
			for (const d of simNodes) {
				d.x = Math.max(NETWORK_MARGIN, Math.min(width - NETWORK_MARGIN, d.x ?? cx));
				d.y = Math.max(NETWORK_MARGIN, Math.min(height - NETWORK_MARGIN, d.y ?? cy));
			}
		});
	simulation.tick(frame.ticks);

	// Fill the frame unless an author's pin fixes the picture; a single pin at the centre
	// (a neighbourhood's actor) allows scaling around it.
	const pins = inputs.filter((node) => node.pin);
	if (pins.length === 0) fitToFrame(simNodes, width, height);
	else if (pins.every((node) => node.pin?.x === 0.5 && node.pin.y === 0.5))
		fitAroundCentre(simNodes, width, height);

	const positions = new Map(
		simNodes.map((d) => [d.id, { x: round(d.x ?? cx), y: round(d.y ?? cy), r: d.r }]),
	);
	simulations.delete(key);
	simulations.set(key, positions);
	// A build lays out one map and a neighbourhood per actor, per story; bound it all the same.
	for (const old of simulations.keys())
		if (simulations.size > MAX_SIMULATIONS) simulations.delete(old);
	return positions;
}

let runs = 0;

/** How many force simulations this process has run: a layout found in the cache runs none. */
export function countSimulations(): number {
	return runs;
}

/** Positions by graph shape (see `simulate`). */
const simulations = new Map<string, ReadonlyMap<string, { x: number; y: number; r: number }>>();
const MAX_SIMULATIONS = 10_000;

/** An edge as drawn, and the points its line passes through (for label placement). */
interface RoutedEdge {
	edge: NetworkEdgeLayout;
	points: { x: number; y: number }[];
}

/** Every edge as straight pieces, for label placement. */
function edgeSegments(edges: readonly RoutedEdge[]): Segment[] {
	return edges.flatMap(({ points }) =>
		points.slice(1).map((q, i) => {
			const p = points[i] ?? q;
			return { x0: p.x, y0: p.y, x1: q.x, y1: q.y };
		}),
	);
}

/**
 * A label's lines as drawn, with the space between them kept in the text (so the accessible
 * name, which must contain the visible name, matches it) on the side where it cannot shift
 * a line: before the second line when the text is end-anchored, after the first otherwise.
 */
export function spaceLabelLines(label: Pick<NetworkLabel, 'lines' | 'anchor'>): string[] {
	const last = label.lines.length - 1;
	return label.lines.map((line, i) =>
		label.anchor === 'end' ? (i > 0 ? ` ${line}` : line) : i < last ? `${line} ` : line,
	);
}

/**
 * Anchors a label's text on the side of its box nearest the node, so that a font narrower
 * than the estimate leaves the spare room away from the glyph.
 */
function anchorLabel(dx: number, dy: number, width: number) {
	// First baseline: half the leading plus the ascent of a 13 px font.
	const y = round(dy + (LABEL_LINE_HEIGHT - LABEL_FONT_SIZE) / 2 + LABEL_FONT_SIZE * 0.8);
	if (dx >= 0) return { anchor: 'start' as const, x: round(dx), y };
	if (dx + width <= 0) return { anchor: 'end' as const, x: round(dx + width), y };
	return { anchor: 'middle' as const, x: round(dx + width / 2), y };
}

/**
 * Scales and centres an unpinned layout to fill the frame: uniformly up to 1.6× (more would
 * strand a small graph's nodes in the corners), then up to
 * a quarter more along the roomier axis, since force layouts come out round and frames
 * are wide. Note: mutates the simulation nodes.
 */
function fitToFrame(nodes: SimNode[], width: number, height: number): void {
	if (nodes.length < 2) {
		for (const d of nodes) Object.assign(d, { x: width / 2, y: height / 2 });
		return;
	}
	const xs = nodes.map((d) => d.x ?? 0);
	const ys = nodes.map((d) => d.y ?? 0);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const fitX = (width - 2 * NETWORK_MARGIN) / Math.max(x1 - x0, 1);
	const fitY = (height - 2 * NETWORK_MARGIN) / Math.max(y1 - y0, 1);
	const uniform = Math.min(1.6, fitX, fitY);
	const sx = Math.min(fitX, uniform * 1.25);
	const sy = Math.min(fitY, uniform * 1.25);
	const mx = (x0 + x1) / 2;
	const my = (y0 + y1) / 2;
	for (const d of nodes) {
		d.x = width / 2 + ((d.x ?? mx) - mx) * sx;
		d.y = height / 2 + ((d.y ?? my) - my) * sy;
	}
}

/**
 * Scales a layout about the frame's centre to fill it (up to 1.6×, and a quarter more along
 * the roomier axis), so a node pinned at the centre stays there. Note: mutates the nodes.
 */
function fitAroundCentre(nodes: SimNode[], width: number, height: number): void {
	const cx = width / 2;
	const cy = height / 2;
	const reachX = Math.max(1, ...nodes.map((d) => Math.abs((d.x ?? cx) - cx)));
	const reachY = Math.max(1, ...nodes.map((d) => Math.abs((d.y ?? cy) - cy)));
	const fitX = (cx - NETWORK_MARGIN) / reachX;
	const fitY = (cy - NETWORK_MARGIN) / reachY;
	const uniform = Math.min(1.6, fitX, fitY);
	const sx = Math.min(fitX, uniform * 1.25);
	const sy = Math.min(fitY, uniform * 1.25);
	for (const d of nodes) {
		d.x = cx + ((d.x ?? cx) - cx) * sx;
		d.y = cy + ((d.y ?? cy) - cy) * sy;
	}
}

/**
 * Paths for every edge. Ties between the same two actors bend apart symmetrically so each
 * stays visible and clickable; a lone tie is straight. Each path has a vertex at its middle
 * where the direction marker sits (arrowheads at the ends would hide under the glyphs,
 * whose size on screen does not follow the zoom).
 */
function routeEdges(
	edges: readonly NetworkEdgeInput[],
	at: (id: string) => { x: number; y: number },
): RoutedEdge[] {
	const pairKey = (e: NetworkEdgeInput) =>
		e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
	const groups = new Map<string, NetworkEdgeInput[]>();
	for (const e of edges) {
		const list = groups.get(pairKey(e)) ?? [];
		list.push(e);
		groups.set(pairKey(e), list);
	}
	return edges.map((e) => {
		const group = groups.get(pairKey(e)) ?? [e];
		const index = group.indexOf(e);
		const a = at(e.source);
		const b = at(e.target);
		// The bend's side is measured from the pair's first id, whichever way the edge points.
		const [p, q] = e.source < e.target ? [a, b] : [b, a];
		const dx = q.x - p.x;
		const dy = q.y - p.y;
		const length = Math.hypot(dx, dy) || 1;
		const offset = (index - (group.length - 1) / 2) * Math.min(22, length * 0.12);
		const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
		if (offset === 0)
			return {
				edge: {
					...e,
					path: `M${fmt(a.x)} ${fmt(a.y)}L${fmt(mid.x)} ${fmt(mid.y)}L${fmt(b.x)} ${fmt(b.y)}`,
				},
				points: [a, b],
			};
		// A quadratic curve through mid + normal·offset, split at its middle into two halves.
		const nx = -dy / length;
		const ny = dx / length;
		const c = { x: mid.x + nx * offset * 2, y: mid.y + ny * offset * 2 };
		const m = { x: mid.x + nx * offset, y: mid.y + ny * offset };
		const c1 = { x: (a.x + c.x) / 2, y: (a.y + c.y) / 2 };
		const c2 = { x: (c.x + b.x) / 2, y: (c.y + b.y) / 2 };
		return {
			edge: {
				...e,
				path:
					`M${fmt(a.x)} ${fmt(a.y)}Q${fmt(c1.x)} ${fmt(c1.y)} ${fmt(m.x)} ${fmt(m.y)}` +
					`Q${fmt(c2.x)} ${fmt(c2.y)} ${fmt(b.x)} ${fmt(b.y)}`,
			},
			points: [...sampleQuad(a, c1, m), ...sampleQuad(m, c2, b).slice(1)],
		};
	});
}

/** Five points along a quadratic Bézier curve, ends included. */
function sampleQuad(
	a: { x: number; y: number },
	c: { x: number; y: number },
	b: { x: number; y: number },
): { x: number; y: number }[] {
	return [0, 0.25, 0.5, 0.75, 1].map((t) => ({
		x: (1 - t) ** 2 * a.x + 2 * (1 - t) * t * c.x + t * t * b.x,
		y: (1 - t) ** 2 * a.y + 2 * (1 - t) * t * c.y + t * t * b.y,
	}));
}
