/**
 * What a timeline shows, before any geometry: which events share one line of time (a lane),
 * the phases along it, and the steps inside each phase. Pure and deterministic.
 *
 * The rules, so that the drawing implies no order the content does not give:
 * - Events linked by some order (stated, or given by undisputed dates) form groups. The
 *   largest group is the main lane, the timeline's spine. Every other group is drawn apart,
 *   "not placed in time": the content does not order it relative to the rest.
 * - Along a lane, phases follow their `order` (the integrity check makes stated orders agree
 *   with it). Where no stated order leads from a phase to the next one, that the next one
 *   comes later is our reading, and the plan says so (`orderStated: false`).
 * - Inside a phase, undisputed dates sit on a time scale when they agree with every stated
 *   order: overlapping periods form one date step, and each event known only by order sits
 *   between the dated steps its orders allow, in an order step that is not to scale. When the
 *   dates and the orders cannot be drawn together, the whole phase shows order only, as
 *   steps of the longest chain of orders leading to each event.
 * - A disputed date never places anything: its event is placed by its orders alone.
 */
import type { Phase, StoryEvent } from '../../schemas';
import { orderEvents } from '../content/chronology';
import type { Entry } from '../content/types';
import { dateInterval } from '../time/dates';
import { dateEdges, hasPlaceableDate, statedEdges, type OrderEdge } from './order';

/** Events drawn at one step of a phase: one date step, or events that share a step of order. */
export interface PlanStep {
	/** "date": undisputed dates on the time scale; "order": placed by order only. */
	kind: 'date' | 'order';
	events: Entry<StoryEvent>[];
}

/** A phase along a lane. */
export interface PlanBand {
	/** The phase id, or "" for events in no phase. */
	id: string;
	title: string;
	/** "time": dated steps are to scale; "order": the phase shows order only. */
	mode: 'time' | 'order';
	steps: PlanStep[];
	/** For every band but a lane's first: whether a stated order leads here from the band before. */
	orderStated?: boolean;
}

/** One line of time: the main lane, or a group of events not placed relative to it. */
export interface PlanLane {
	kind: 'main' | 'unplaced';
	bands: PlanBand[];
}

/** The timeline's plan: the main lane first (when there is one), then the unplaced groups. */
export interface TimelinePlan {
	lanes: PlanLane[];
	/** Each event's place in the story's reading order. */
	storyIndex: ReadonlyMap<string, number>;
}

/**
 * Plans a timeline: lanes, phase bands and steps (see the rules above). `phases` decides band
 * order; events naming no known phase go in a last band titled `otherTitle`.
 */
export function planTimeline(
	events: readonly Entry<StoryEvent>[],
	phases: readonly Entry<Phase>[],
	otherTitle = 'Not in a phase',
): TimelinePlan {
	const sortedPhases = [...phases].sort(
		(a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
	);
	const phaseIds = new Set(sortedPhases.map((p) => p.id));
	const phaseOf = (e: Entry<StoryEvent>) =>
		e.data.phase !== undefined && phaseIds.has(e.data.phase) ? e.data.phase : '';
	const story = orderEvents(events, sortedPhases);
	const storyIndex = new Map(story.map((e, i) => [e.id, i]));
	const byStory = (a: Entry<StoryEvent>, b: Entry<StoryEvent>) =>
		(storyIndex.get(a.id) ?? 0) - (storyIndex.get(b.id) ?? 0);

	const stated = statedEdges(events);
	const dates = dateEdges(events);
	const all = [...stated, ...dates];

	// Groups of events linked by any order (union-find).
	const parent = new Map(events.map((e) => [e.id, e.id]));
	const root = (id: string): string => {
		let r = id;
		while (parent.get(r) !== r) r = parent.get(r) ?? r;
		parent.set(id, r);
		return r;
	};
	for (const { from, to } of all) parent.set(root(from), root(to));
	const groups = new Map<string, Entry<StoryEvent>[]>();
	for (const e of story) groups.set(root(e.id), [...(groups.get(root(e.id)) ?? []), e]);
	// In story order of their first event; the largest group of two or more is the spine.
	const ordered = [...groups.values()];
	const mainGroup = ordered.reduce<Entry<StoryEvent>[] | undefined>(
		(best, g) => (g.length >= 2 && g.length > (best?.length ?? 0) ? g : best),
		undefined,
	);

	// Orders that count as "stated" for a phase boundary: not our inference.
	const firm = all.filter((e) => !e.inferred);
	const lane = (kind: PlanLane['kind'], members: Entry<StoryEvent>[]): PlanLane => {
		const bandDefs = [
			...sortedPhases.map((p) => ({ id: p.id, title: p.data.title })),
			{ id: '', title: otherTitle },
		]
			.map((b) => ({ ...b, events: members.filter((e) => phaseOf(e) === b.id).sort(byStory) }))
			.filter((b) => b.events.length > 0);
		const bands = bandDefs.map((def, i): PlanBand => {
			const band = planBand(def.events, stated, storyIndex);
			const previous = bandDefs[i - 1];
			return {
				id: def.id,
				title: def.title,
				...band,
				...(previous ? { orderStated: reaches(previous.events, def.events, firm) } : {}),
			};
		});
		return { kind, bands };
	};

	const lanes: PlanLane[] = [];
	if (mainGroup) lanes.push(lane('main', mainGroup));
	for (const g of ordered) if (g !== mainGroup) lanes.push(lane('unplaced', g));
	return { lanes, storyIndex };
}

/** Whether some order leads from an event of `from` to an event of `to`. */
function reaches(
	from: readonly Entry<StoryEvent>[],
	to: readonly Entry<StoryEvent>[],
	edges: readonly OrderEdge[],
): boolean {
	const next = new Map<string, string[]>();
	for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
	const targets = new Set(to.map((e) => e.id));
	const seen = new Set(from.map((e) => e.id));
	const stack = [...seen];
	while (stack.length > 0) {
		for (const n of next.get(stack.pop() ?? '') ?? []) {
			if (targets.has(n)) return true;
			if (!seen.has(n)) {
				seen.add(n);
				stack.push(n);
			}
		}
	}
	return false;
}

/** The steps of one phase: on a time scale when its dates and orders agree, else by order. */
function planBand(
	events: readonly Entry<StoryEvent>[],
	stated: readonly OrderEdge[],
	storyIndex: ReadonlyMap<string, number>,
): Pick<PlanBand, 'mode' | 'steps'> {
	const members = new Set(events.map((e) => e.id));
	const inner = stated.filter((e) => members.has(e.from) && members.has(e.to));
	// Dates order events of this phase directly, not through events of other phases.
	const edges = [...inner, ...dateEdges(events)];
	return (
		planOnTimeScale(events, inner, edges, storyIndex) ?? {
			mode: 'order',
			steps: orderSteps(events, edges, storyIndex),
		}
	);
}

/**
 * Date steps for the undisputed dates and order steps between them for the other events,
 * or undefined when the dates and the stated orders disagree (or there are no dates).
 */
function planOnTimeScale(
	events: readonly Entry<StoryEvent>[],
	inner: readonly OrderEdge[],
	edges: readonly OrderEdge[],
	storyIndex: ReadonlyMap<string, number>,
): Pick<PlanBand, 'mode' | 'steps'> | undefined {
	const dated = events.filter((e) => hasPlaceableDate(e.data));
	if (dated.length === 0) return undefined;
	const period = new Map(dated.map((e) => [e.id, dateInterval(e.data.date ?? '')]));
	for (const { from, to } of inner) {
		const a = period.get(from);
		const b = period.get(to);
		if (a && b && a.end > b.start) return undefined;
	}

	// Date steps: periods that overlap (transitively) share a step; neither is before the other.
	const sorted = [...dated].sort((a, b) => {
		const pa = period.get(a.id);
		const pb = period.get(b.id);
		return (
			(pa?.start.getTime() ?? 0) - (pb?.start.getTime() ?? 0) ||
			(pa?.end.getTime() ?? 0) - (pb?.end.getTime() ?? 0) ||
			(storyIndex.get(a.id) ?? 0) - (storyIndex.get(b.id) ?? 0)
		);
	});
	const clusters: Entry<StoryEvent>[][] = [];
	const stepOf = new Map<string, number>();
	let clusterEnd = -Infinity;
	for (const e of sorted) {
		const p = period.get(e.id);
		if (!p) continue;
		if (clusters.length === 0 || p.start.getTime() >= clusterEnd) clusters.push([]);
		clusters.at(-1)?.push(e);
		stepOf.set(e.id, clusters.length - 1);
		clusterEnd = Math.max(clusterEnd, p.end.getTime());
	}
	const m = clusters.length;

	// Topological order of the phase's events; a cycle means no honest placement.
	const topo = topologicalOrder(events, edges, storyIndex);
	if (!topo) return undefined;
	const prev = new Map<string, string[]>();
	const next = new Map<string, string[]>();
	for (const { from, to } of edges) {
		next.set(from, [...(next.get(from) ?? []), to]);
		prev.set(to, [...(prev.get(to) ?? []), from]);
	}
	// lb: the latest date step an event must follow (-1: none); ub: the earliest it must precede.
	const lb = new Map<string, number>();
	const ub = new Map<string, number>();
	const boundOf = (id: string, bounds: Map<string, number>, fallback: number) =>
		stepOf.get(id) ?? bounds.get(id) ?? fallback;
	for (const id of topo) {
		if (stepOf.has(id)) continue;
		lb.set(id, Math.max(-1, ...(prev.get(id) ?? []).map((p) => boundOf(p, lb, -1))));
	}
	for (const id of [...topo].reverse()) {
		if (stepOf.has(id)) continue;
		ub.set(id, Math.min(m, ...(next.get(id) ?? []).map((n) => boundOf(n, ub, m))));
	}
	for (const id of topo)
		if (!stepOf.has(id) && (lb.get(id) ?? -1) >= (ub.get(id) ?? m)) return undefined;

	// Each undated event goes in the gap right after the latest date it must follow; one with
	// no such date goes right before the earliest date (or undated event) it must precede.
	const gap = new Map<string, number>();
	for (const id of topo)
		if (!stepOf.has(id) && (lb.get(id) ?? -1) >= 0) gap.set(id, lb.get(id) ?? 0);
	for (const id of [...topo].reverse()) {
		if (stepOf.has(id) || gap.has(id)) continue;
		const limits = [
			...((ub.get(id) ?? m) < m ? [(ub.get(id) ?? m) - 1] : []),
			...(next.get(id) ?? []).flatMap((n) => {
				const g = gap.get(n);
				return g === undefined ? [] : [g];
			}),
		];
		gap.set(id, limits.length > 0 ? Math.min(...limits) : -1);
	}

	const steps: PlanStep[] = [];
	const gapSteps = (g: number) => {
		const inGap = events.filter((e) => gap.get(e.id) === g);
		if (inGap.length > 0) steps.push(...orderSteps(inGap, edges, storyIndex));
	};
	gapSteps(-1);
	clusters.forEach((cluster, i) => {
		steps.push({ kind: 'date', events: cluster });
		gapSteps(i);
	});
	return { mode: 'time', steps };
}

/** Events in a topological order (ties in story order), or undefined when there is a cycle. */
function topologicalOrder(
	events: readonly Entry<StoryEvent>[],
	edges: readonly OrderEdge[],
	storyIndex: ReadonlyMap<string, number>,
): string[] | undefined {
	const members = new Set(events.map((e) => e.id));
	const incoming = new Map(events.map((e) => [e.id, 0]));
	const next = new Map<string, string[]>();
	for (const { from, to } of edges) {
		if (!members.has(from) || !members.has(to)) continue;
		next.set(from, [...(next.get(from) ?? []), to]);
		incoming.set(to, (incoming.get(to) ?? 0) + 1);
	}
	const index = (id: string) => storyIndex.get(id) ?? 0;
	const ready = events
		.map((e) => e.id)
		.filter((id) => incoming.get(id) === 0)
		.sort((a, b) => index(a) - index(b));
	const out: string[] = [];
	while (ready.length > 0) {
		const id = ready.shift() ?? '';
		out.push(id);
		for (const n of next.get(id) ?? []) {
			const left = (incoming.get(n) ?? 0) - 1;
			incoming.set(n, left);
			if (left === 0) {
				const at = ready.findIndex((r) => index(r) > index(n));
				ready.splice(at === -1 ? ready.length : at, 0, n);
			}
		}
	}
	return out.length === events.length ? out : undefined;
}

/**
 * Order steps: each event's step is the longest chain of orders leading to it (0 when none),
 * so every order reads top to bottom and events that share a step are not ordered by us.
 * Events caught in a cycle come last, in story order.
 */
function orderSteps(
	events: readonly Entry<StoryEvent>[],
	edges: readonly OrderEdge[],
	storyIndex: ReadonlyMap<string, number>,
): PlanStep[] {
	const members = new Set(events.map((e) => e.id));
	const rank = new Map<string, number>(events.map((e) => [e.id, 0]));
	const topo = topologicalOrder(events, edges, storyIndex);
	const order = topo ?? [];
	const prev = new Map<string, string[]>();
	for (const { from, to } of edges)
		if (members.has(from) && members.has(to)) prev.set(to, [...(prev.get(to) ?? []), from]);
	for (const id of order)
		rank.set(id, Math.max(0, ...(prev.get(id) ?? []).map((p) => (rank.get(p) ?? 0) + 1)));
	if (!topo) {
		const done = new Set(order);
		let last = Math.max(0, ...[...rank.values()]);
		for (const e of [...events].sort(
			(a, b) => (storyIndex.get(a.id) ?? 0) - (storyIndex.get(b.id) ?? 0),
		))
			if (!done.has(e.id)) rank.set(e.id, ++last);
	}
	const byRank = new Map<number, Entry<StoryEvent>[]>();
	for (const e of events) {
		const r = rank.get(e.id) ?? 0;
		byRank.set(r, [...(byRank.get(r) ?? []), e]);
	}
	return [...byRank.keys()]
		.sort((a, b) => a - b)
		.map((r) => ({
			kind: 'order' as const,
			events: (byRank.get(r) ?? []).sort(
				(a, b) => (storyIndex.get(a.id) ?? 0) - (storyIndex.get(b.id) ?? 0),
			),
		}));
}
