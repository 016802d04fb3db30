import type { Phase, StoryEvent } from '../../schemas';
import type { Entry } from './types';

/**
 * Puts events in story order: every `after`/`before` constraint is respected; among events
 * free to come next, the earlier phase, then the earlier stated date, then the id goes first.
 * Undated events are never given a date; they are only placed by their constraints and phase.
 * Assumes the order has no cycle (the integrity check reports cycles first).
 */
export function orderEvents(
	events: readonly Entry<StoryEvent>[],
	phases: readonly Entry<Phase>[],
): Entry<StoryEvent>[] {
	const phaseOrder = new Map(phases.map((p) => [p.id, p.data.order]));
	const byId = new Map(events.map((e) => [e.id, e]));
	const incoming = new Map(events.map((e) => [e.id, 0]));
	const next = new Map<string, string[]>(events.map((e) => [e.id, []]));
	const edge = (a: string, b: string) => {
		if (!byId.has(a) || !byId.has(b) || a === b) return;
		next.get(a)?.push(b);
		incoming.set(b, (incoming.get(b) ?? 0) + 1);
	};
	for (const e of events) {
		for (const earlier of e.data.after) edge(earlier, e.id);
		for (const later of e.data.before) edge(e.id, later);
	}
	const key = (e: Entry<StoryEvent>): [number, string, string] => [
		e.data.phase === undefined ? Number.MAX_SAFE_INTEGER : (phaseOrder.get(e.data.phase) ?? 0),
		e.data.date ?? '\uffff',
		e.id,
	];
	const compare = (a: Entry<StoryEvent>, b: Entry<StoryEvent>) => {
		const [pa, da, ia] = key(a);
		const [pb, db, ib] = key(b);
		return pa - pb || da.localeCompare(db) || ia.localeCompare(ib);
	};
	// `ready` stays sorted (binary insertion), so each step takes the first.
	const ready: Entry<StoryEvent>[] = [];
	const insert = (e: Entry<StoryEvent>) => {
		let lo = 0;
		let hi = ready.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			const at = ready[mid];
			if (at && compare(at, e) <= 0) lo = mid + 1;
			else hi = mid;
		}
		ready.splice(lo, 0, e);
	};
	for (const e of events) if (incoming.get(e.id) === 0) insert(e);
	const ordered: Entry<StoryEvent>[] = [];
	const placed = new Set<string>();
	for (let e = ready.shift(); e !== undefined; e = ready.shift()) {
		ordered.push(e);
		placed.add(e.id);
		for (const n of next.get(e.id) ?? []) {
			const left = (incoming.get(n) ?? 0) - 1;
			incoming.set(n, left);
			const found = byId.get(n);
			if (left === 0 && found) insert(found);
		}
	}
	// Events caught in a cycle never become ready; keep them rather than lose them.
	for (const e of [...events].sort(compare)) if (!placed.has(e.id)) ordered.push(e);
	return ordered;
}
