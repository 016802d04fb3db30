import type { StoryEvent } from '../../schemas';
import type { Entry } from '../content/types';

/**
 * Keeps the events `keep` accepts and rewires their `after`/`before` lists so that an order
 * stated through a dropped event survives: if A comes before X and X before B, and only A and
 * B are kept, B is still after A. An order reached through a dropped event named in an
 * event's own `before` stays in that event's `before` (for a span, `before` marks where it
 * ends); any other reached order is recorded as `after` on the later event. Returns new
 * entries; the input is not changed.
 */
export function restrictEvents(
	events: readonly Entry<StoryEvent>[],
	keep: (event: Entry<StoryEvent>) => boolean,
): Entry<StoryEvent>[] {
	const byId = new Map(events.map((e) => [e.id, e]));
	const kept = new Set(events.filter(keep).map((e) => e.id));
	const next = new Map<string, Set<string>>(events.map((e) => [e.id, new Set()]));
	for (const e of events) {
		for (const a of e.data.after) if (byId.has(a) && a !== e.id) next.get(a)?.add(e.id);
		for (const b of e.data.before) if (byId.has(b) && b !== e.id) next.get(e.id)?.add(b);
	}
	/** Kept events reachable from `start` through dropped events only. */
	const reachKept = (start: string): Set<string> => {
		const found = new Set<string>();
		const seen = new Set<string>([start]);
		const stack = [start];
		while (stack.length > 0) {
			const id = stack.pop() ?? '';
			for (const n of next.get(id) ?? []) {
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
	for (const id of kept) {
		const data = byId.get(id)?.data;
		if (!data) continue;
		for (const a of data.after) if (kept.has(a)) after.get(id)?.add(a);
		for (const b of data.before) {
			if (kept.has(b)) before.get(id)?.add(b);
			else if (byId.has(b)) for (const k of reachKept(b)) if (k !== id) before.get(id)?.add(k);
		}
		// Orders through dropped events not named in this event's own `before`.
		for (const n of next.get(id) ?? []) {
			if (kept.has(n) || data.before.includes(n)) continue;
			for (const k of reachKept(n)) if (k !== id) after.get(k)?.add(id);
		}
	}
	return events
		.filter((e) => kept.has(e.id))
		.map((e) => ({
			...e,
			data: {
				...e.data,
				after: [...(after.get(e.id) ?? [])].filter((a) => !before.get(a)?.has(e.id)),
				before: [...(before.get(e.id) ?? [])],
			},
		}));
}
