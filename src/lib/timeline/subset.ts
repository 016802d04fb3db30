import type { StoryEvent } from '../../schemas';
import type { Entry } from '../content/types';
import { dateEdges, statedEdges } from './order';

interface OrderGraph {
	byId: ReadonlyMap<string, Entry<StoryEvent>>;
	/** Each event's index in the list. */
	position: ReadonlyMap<string, number>;
	/** Every order: event id → the ids of the events right after it. */
	all: ReadonlyMap<string, ReadonlySet<string>>;
	/** The same, without our inferences. */
	firm: ReadonlyMap<string, ReadonlySet<string>>;
}

const graphs = new WeakMap<readonly Entry<StoryEvent>[], OrderGraph>();

/**
 * The order graph of a list of events, built once per list: every actor's page restricts
 * the same story's events, and building the graph for each made the build quadratic.
 */
function orderGraph(events: readonly Entry<StoryEvent>[]): OrderGraph {
	const known = graphs.get(events);
	if (known) return known;
	const all = new Map<string, Set<string>>(events.map((e) => [e.id, new Set()]));
	const firm = new Map<string, Set<string>>(events.map((e) => [e.id, new Set()]));
	for (const edge of [...statedEdges(events), ...dateEdges(events)]) {
		all.get(edge.from)?.add(edge.to);
		if (!edge.inferred) firm.get(edge.from)?.add(edge.to);
	}
	const graph = {
		byId: new Map(events.map((e) => [e.id, e])),
		position: new Map(events.map((e, i) => [e.id, i])),
		all,
		firm,
	};
	graphs.set(events, graph);
	return graph;
}

/**
 * Keeps the events `keep` accepts and rewires their `after`/`before` lists so that an order
 * stated through dropped events survives: if A comes before X and X before B, and only A and
 * B are kept, B is still after A. Orders given by the dates of dropped events count too (A
 * before a dropped event of 2020, B dated 2021). An order reached through a dropped event
 * named in an event's own `before` stays in that event's `before` (for a span, `before` marks
 * where it ends); any other reached order is recorded as `after` on the later event. A
 * rewired order is marked `inferred` when every path behind it passes an order that is our
 * inference. Returns new entries; the input is not changed.
 *
 * `keep` is a test, or the kept entries themselves (an actor's events, as the story indexes
 * them): then the list is not scanned, so restricting it to each actor in turn costs what the
 * actors' events do, not actors × events.
 */
export function restrictEvents(
	events: readonly Entry<StoryEvent>[],
	keep: ((event: Entry<StoryEvent>) => boolean) | readonly Entry<StoryEvent>[],
): Entry<StoryEvent>[] {
	const { byId, position, all, firm } = orderGraph(events);
	const keptList =
		typeof keep === 'function'
			? events.filter(keep)
			: [...new Set(keep)]
					.filter((e) => byId.get(e.id) === e)
					.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
	const kept = new Set(keptList.map((e) => e.id));
	/** Kept events reachable from `start`'s successors through dropped events only. */
	const reachKept = (
		start: string,
		graph: ReadonlyMap<string, ReadonlySet<string>>,
		first = true,
	): Set<string> => {
		const found = new Set<string>();
		const seen = new Set<string>([start]);
		const stack = first ? [start] : [];
		if (!first) {
			// `start` itself is a dropped event to walk from.
			if (kept.has(start)) found.add(start);
			else stack.push(start);
		}
		while (stack.length > 0) {
			const id = stack.pop() ?? '';
			for (const n of graph.get(id) ?? []) {
				if (seen.has(n)) continue;
				seen.add(n);
				if (kept.has(n)) found.add(n);
				else stack.push(n);
			}
		}
		return found;
	};

	const after = new Map<string, Set<string>>([...kept].map((id) => [id, new Set()]));
	const before = new Map<string, Set<string>>([...kept].map((id) => [id, new Set()]));
	const inferred = new Map<string, Set<string>>([...kept].map((id) => [id, new Set()]));
	for (const id of kept) {
		const data = byId.get(id)?.data;
		if (!data) continue;
		const firmly = reachKept(id, firm);
		/** Marks `other` in `owner`'s lists as inferred when no firm path leads from `id` to `later`. */
		const mark = (owner: string, other: string, later: string) => {
			if (!firmly.has(later)) inferred.get(owner)?.add(other);
		};
		for (const a of data.after)
			if (kept.has(a)) {
				after.get(id)?.add(a);
				if (data.inferred.includes(a)) inferred.get(id)?.add(a);
			}
		for (const b of data.before) {
			if (kept.has(b)) {
				before.get(id)?.add(b);
				if (data.inferred.includes(b)) inferred.get(id)?.add(b);
			} else if (byId.has(b))
				for (const k of reachKept(b, all, false))
					if (k !== id) {
						before.get(id)?.add(k);
						mark(id, k, k);
					}
		}
		// Orders through dropped events not named in this event's own `before`.
		for (const n of all.get(id) ?? []) {
			if (kept.has(n) || data.before.includes(n)) continue;
			for (const k of reachKept(n, all, false))
				if (k !== id) {
					after.get(k)?.add(id);
					mark(k, id, k);
				}
		}
	}
	return keptList.map((e) => {
		const afterList = [...(after.get(e.id) ?? [])].filter((a) => !before.get(a)?.has(e.id));
		const beforeList = [...(before.get(e.id) ?? [])];
		const own = inferred.get(e.id) ?? new Set<string>();
		return {
			...e,
			data: {
				...e.data,
				after: afterList,
				before: beforeList,
				inferred: [...afterList, ...beforeList].filter((x) => own.has(x)),
			},
		};
	});
}
