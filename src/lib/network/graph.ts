/**
 * From a story to the relationship map's graph and layout, plus the words the map uses:
 * accessible names, kind labels, the types and attributions its filters offer. Pure.
 */
import type { ActorKind, AttributionKind } from '../../schemas';
import { ACTOR_KINDS } from '../../schemas/actor';
import { ATTRIBUTION_KINDS } from '../../schemas/attribution';
import type { I18n } from '../../i18n';
import { attributionLine, describeAttribution, type LineStyle } from '../content/attribution';
import {
	computeNetworkLayout,
	type EdgeLine,
	type NetworkEdgeInput,
	type NetworkGraph,
	type NetworkLayout,
	type NetworkLayoutOptions,
} from './layout';
import type { Story } from '../content/story';

/** How a kind of actor is named in running text, in the page's language: "person". */
export function kindLabel(kind: ActorKind, i18n: I18n): string {
	return i18n.t(`actorKind.${kind}`);
}

/**
 * How a tie resting on these attributions is drawn: in the line style of its one kind, or
 * as `mixed` when its claims are sourced differently (never as the most formal of them).
 */
export function lineOf(attributions: readonly AttributionKind[]): EdgeLine {
	const [first, ...rest] = attributions;
	if (first === undefined) throw new Error('network: a tie needs at least one attribution');
	return rest.length > 0 ? 'mixed' : attributionLine(first);
}

/** Every actor and relation of a story as a graph. Pins come from the content. */
export function buildNetworkGraph(story: Story): NetworkGraph {
	return memo(graphs, story, 'graph', () => ({
		nodes: [...story.actors.values()].map((a) => ({
			id: a.id,
			name: a.data.name,
			kind: a.data.kind,
			relations: story.relationsOf(a.id).length,
			pin: a.data.pin,
		})),
		edges: [...story.relations.values()].map((r): NetworkEdgeInput => {
			const attributions = story.attributionsOf(r.data);
			return {
				id: r.id,
				source: r.data.source,
				target: r.data.target,
				directed: r.data.directed,
				type: r.data.type,
				label: r.data.label,
				attributions,
				line: lineOf(attributions),
			};
		}),
	}));
}

/*
 * Layouts are computed once per story and options, then shared: the map page and its embed,
 * an actor's page, its embed and its chart files all draw the same layout. Without this, a
 * story's build would lay out the whole map twice and every neighbourhood twice, and
 * rebuild the whole graph for each actor (quadratic in the story's size).
 */
const graphs = new WeakMap<Story, Map<string, NetworkGraph>>();
const layouts = new WeakMap<Story, Map<string, NetworkLayout>>();
const adjacency = new WeakMap<NetworkGraph, Map<string, NetworkEdgeInput[]>>();

/**
 * Where layouts come from: laid out here, unless a build has set a source that may hold them
 * already (src/data/layouts-ahead.ts reads those a worker laid out before the pages began).
 * Given the graph and options a layout is made of, and what lays it out; returns the layout.
 */
export type LayoutSource = (
	graph: NetworkGraph,
	options: NetworkLayoutOptions,
	layOut: () => NetworkLayout,
) => NetworkLayout;

let layoutSource: LayoutSource = (_graph, _options, layOut) => layOut();

/** Sets where layouts come from (see LayoutSource); returns the one it replaces. */
export function useLayoutSource(source: LayoutSource): LayoutSource {
	const before = layoutSource;
	layoutSource = source;
	return before;
}

/** A graph's layout, from the layout source. */
function layOut(graph: NetworkGraph, options: NetworkLayoutOptions): NetworkLayout {
	return layoutSource(graph, options, () => computeNetworkLayout(graph, options));
}

/** The value cached for a story under `key`, computed on first use. */
function memo<T>(
	cache: WeakMap<Story, Map<string, T>>,
	story: Story,
	key: string,
	make: () => T,
): T {
	let entries = cache.get(story);
	if (!entries) cache.set(story, (entries = new Map<string, T>()));
	let value = entries.get(key);
	if (value === undefined) entries.set(key, (value = make()));
	return value;
}

/** Each node's edges, indexed once per graph. */
function edgesByNode(graph: NetworkGraph): Map<string, NetworkEdgeInput[]> {
	let index = adjacency.get(graph);
	if (index) return index;
	index = new Map();
	for (const e of graph.edges)
		for (const end of [e.source, e.target]) {
			const list = index.get(end) ?? [];
			list.push(e);
			index.set(end, list);
		}
	adjacency.set(graph, index);
	return index;
}

/**
 * The part of a graph within `hops` ties of an actor: those actors and every relation among
 * them. The actor is marked focal and pinned to the centre; other pins are dropped, since
 * they place actors on the whole map, not on this one.
 */
export function selectNeighbourhood(graph: NetworkGraph, actorId: string, hops = 1): NetworkGraph {
	if (!graph.nodes.some((n) => n.id === actorId))
		throw new Error(`network: no actor "${actorId}" to centre a neighbourhood on`);
	// Walks the ties out from the actor, then keeps every tie among the actors reached: work
	// in the size of the neighbourhood, not of the whole story.
	const index = edgesByNode(graph);
	const keep = new Set([actorId]);
	let frontier = [actorId];
	for (let hop = 0; hop < hops; hop++) {
		const next: string[] = [];
		for (const id of frontier)
			for (const e of index.get(id) ?? [])
				for (const end of [e.source, e.target])
					if (!keep.has(end)) {
						keep.add(end);
						next.push(end);
					}
		frontier = next;
	}
	const edges = new Set<NetworkEdgeInput>();
	for (const id of keep)
		for (const e of index.get(id) ?? []) if (keep.has(e.source) && keep.has(e.target)) edges.add(e);
	return {
		nodes: graph.nodes
			.filter((n) => keep.has(n.id))
			.map((n) => ({
				...n,
				focal: n.id === actorId,
				pin: n.id === actorId ? { x: 0.5, y: 0.5 } : undefined,
			})),
		edges: graph.edges.filter((e) => edges.has(e)),
	};
}

/** The whole story's map, laid out (once per story and options). */
export function computeStoryNetwork(
	story: Story,
	options: NetworkLayoutOptions = {},
): NetworkLayout {
	return memo(layouts, story, `map ${JSON.stringify(options)}`, () =>
		layOut(buildNetworkGraph(story), options),
	);
}

/**
 * An actor's neighbourhood map (1 hop by default), in a frame shorter than the whole map's:
 * the fewer actors, the shorter, so a pair does not sit in a screenful of space.
 */
export function computeNeighbourhoodNetwork(
	story: Story,
	actorId: string,
	hops = 1,
	options: NetworkLayoutOptions = {},
): NetworkLayout {
	return memo(layouts, story, `${actorId} ${hops} ${JSON.stringify(options)}`, () => {
		const graph = selectNeighbourhood(buildNetworkGraph(story), actorId, hops);
		const n = graph.nodes.length;
		return layOut(graph, { height: n <= 3 ? 320 : n <= 8 ? 400 : 480, ...options });
	});
}

/**
 * Whether a map is large enough that its page should defer laying out the long lists below
 * it (content-visibility). Small maps render in full, so layout-based checks such as axe's
 * target size see the page as it is.
 */
export function isLargeNetwork(layout: { edges: readonly unknown[] }): boolean {
	return layout.edges.length > 150;
}

/** "1 relation", "9 relations", "no relations", in the page's language. */
export function countRelations(n: number, i18n: I18n): string {
	return i18n.t('network.relations', { count: n });
}

/** "15 actors and 38 relations", for a chart's description. */
export function summarizeNetwork(
	layout: { nodes: readonly unknown[]; edges: readonly unknown[] },
	i18n: I18n,
): string {
	return i18n.t('network.summary', {
		actors: i18n.t('network.actors', { count: layout.nodes.length }),
		relations: countRelations(layout.edges.length, i18n),
	});
}

/** A node's accessible name: "Name, person, 9 relations". */
export function describeNode(
	node: { name: string; kind: ActorKind; relations: number },
	i18n: I18n,
): string {
	return i18n.t('network.node', {
		name: node.name,
		kind: kindLabel(node.kind, i18n),
		relations: countRelations(node.relations, i18n),
	});
}

/** How a tie is sourced, in words: "single unnamed source", or "mixed sourcing: a; b". */
export function describeSourcing(attributions: readonly AttributionKind[], i18n: I18n): string {
	const labels = attributions.map((k) => i18n.lower(describeAttribution(k, i18n).label));
	return labels.length > 1
		? i18n.t('network.mixedSourcing', { labels: labels.join('; ') })
		: (labels[0] ?? '');
}

/**
 * An edge's accessible name: "A held talks with B, multiple unnamed sources", or with every
 * attribution when its claims differ ("…, mixed sourcing: on the record; denied").
 */
export function describeEdge(
	edge: {
		source: string;
		target: string;
		label: string;
		attributions: readonly AttributionKind[];
	},
	nameOf: (id: string) => string,
	i18n: I18n,
): string {
	return i18n.t('network.edge', {
		source: nameOf(edge.source),
		label: edge.label,
		target: nameOf(edge.target),
		sourcing: describeSourcing(edge.attributions, i18n),
	});
}

/** A relation type as words: "arms-deal" → "arms deal". */
export function formatRelationType(type: string): string {
	return type.replace(/-/g, ' ');
}

/** The relation types on a map with how many edges have each, alphabetically. */
export function listRelationTypes(
	edges: readonly { type: string }[],
): { type: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const e of edges) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
	return [...counts.entries()]
		.sort(([a], [b]) => a.localeCompare(b, 'und'))
		.map(([type, count]) => ({ type, count }));
}

/**
 * The attributions the edges on a map rest on, in vocabulary order, each with how many edges
 * rest on it (an edge with mixed sourcing counts under each of its kinds).
 */
export function listEdgeAttributions(
	edges: readonly { attributions: readonly AttributionKind[] }[],
	i18n: I18n,
): { kind: AttributionKind; label: string; line: LineStyle; count: number }[] {
	return ATTRIBUTION_KINDS.map((kind) => ({
		...describeAttribution(kind, i18n),
		count: edges.filter((e) => e.attributions.includes(kind)).length,
	}))
		.filter((a) => a.count > 0)
		.map(({ kind, label, line, count }) => ({ kind, label, line, count }));
}

/** The kinds of actor on a map, in schema order. */
export function listNodeKinds(nodes: readonly { kind: ActorKind }[]): ActorKind[] {
	return ACTOR_KINDS.filter((k) => nodes.some((n) => n.kind === k));
}

/** For the legend: each line style with the attribution labels drawn in it. */
export function listLineStyles(i18n: I18n): { line: LineStyle; labels: string[] }[] {
	const styles: LineStyle[] = ['solid', 'dashed', 'dotted'];
	return styles.map((line) => ({
		line,
		labels: ATTRIBUTION_KINDS.map((kind) => describeAttribution(kind, i18n))
			.filter((a) => a.line === line)
			.map((a) => a.label),
	}));
}
