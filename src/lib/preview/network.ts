/**
 * The home page's preview of the relationship map: the story's most connected actors and the
 * ties among them, laid out by the map's own layout in a phone-sized frame. Pure.
 */
import { LABEL_LEVELS } from '../network/labels';
import {
	computeNetworkLayout,
	type NetworkGraph,
	type NetworkLayout,
	type NetworkNodeLayout,
} from '../network/layout';

/** The preview's frame, in map units; drawn about 1:1 on a phone. */
export const NETWORK_PREVIEW = { width: 360, height: 300 } as const;

/**
 * The part of a graph made of its `count` most connected actors (ties in the whole story,
 * then id) and every tie among them; actors left with no tie in the part are dropped.
 */
export function selectCentralGraph(graph: NetworkGraph, count: number): NetworkGraph {
	const ranked = [...graph.nodes].sort(
		(a, b) => b.relations - a.relations || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
	);
	const keep = new Set(ranked.slice(0, count).map((n) => n.id));
	const edges = graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
	const tied = new Set(edges.flatMap((e) => [e.source, e.target]));
	return {
		// Pins place actors on the whole map's frame, not on this one.
		nodes: graph.nodes.filter((n) => tied.has(n.id)).map((n) => ({ ...n, pin: undefined })),
		edges,
	};
}

/**
 * The preview's layout: the largest central part of the graph (from `most` actors down to
 * `fewest`) whose every actor can be named on the picture, so no mark goes unlabelled.
 */
export function computeNetworkPreview(graph: NetworkGraph, most = 10, fewest = 5): NetworkLayout {
	let layout: NetworkLayout | undefined;
	for (let count = most; count >= fewest; count--) {
		layout = computeNetworkLayout(selectCentralGraph(graph, count), {
			...NETWORK_PREVIEW,
			seed: 1,
		});
		if (layout.nodes.every((n) => previewLabelFits(n))) return layout;
	}
	return layout ?? computeNetworkLayout(selectCentralGraph(graph, fewest), NETWORK_PREVIEW);
}

/**
 * Whether a node's label fits when the preview is drawn with `unitsPerPixel` map units per
 * screen pixel (the preview is static, so a label that would collide is not drawn).
 */
export function previewLabelFits(node: NetworkNodeLayout, unitsPerPixel = 1): boolean {
	const level = node.label.level;
	return level !== null && (LABEL_LEVELS[level] ?? 0) >= unitsPerPixel;
}
