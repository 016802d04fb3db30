/**
 * The orders between events that a timeline may draw: those the content states (`after` and
 * `before`, some of them marked as our inference) and those that undisputed dates give (a
 * period that ends before another begins). A disputed date orders nothing.
 */
import type { StoryEvent } from '../../schemas';
import type { Entry } from '../content/types';
import { dateInterval } from '../time/dates';

/** "`from` happened before `to`". */
export interface OrderEdge {
	from: string;
	to: string;
	/** The order is our inference, not stated by the source. */
	inferred: boolean;
}

/** Whether an event's date may place it in time: stated and not disputed. */
export function hasPlaceableDate(event: StoryEvent): boolean {
	return event.date !== undefined && !event.flags.includes('disputed');
}

/**
 * Every stated order between the given events, once each (an order may be written on both
 * events); an order is inferred only when no event states it without `inferred`.
 */
export function statedEdges(events: readonly Entry<StoryEvent>[]): OrderEdge[] {
	const ids = new Set(events.map((e) => e.id));
	const found = new Map<string, OrderEdge>();
	const add = (from: string, to: string, inferred: boolean) => {
		if (from === to || !ids.has(from) || !ids.has(to)) return;
		const key = `${from}\u0000${to}`;
		const known = found.get(key);
		if (known) known.inferred &&= inferred;
		else found.set(key, { from, to, inferred });
	};
	for (const e of events) {
		for (const a of e.data.after) add(a, e.id, e.data.inferred.includes(a));
		for (const b of e.data.before) add(e.id, b, e.data.inferred.includes(b));
	}
	return [...found.values()];
}

/**
 * Orders that undisputed dates give: A before B when A's period ends before B's begins.
 * Each date links only to the earliest dates that clearly follow it; later ones follow those,
 * so every date order still holds by transitivity, with few edges.
 */
export function dateEdges(events: readonly Entry<StoryEvent>[]): OrderEdge[] {
	const dated = events
		.filter((e) => hasPlaceableDate(e.data))
		.map((e) => ({ id: e.id, ...dateInterval(e.data.date ?? '') }))
		.sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
	const out: OrderEdge[] = [];
	dated.forEach((a, i) => {
		let earliestEnd = Infinity;
		for (let j = i + 1; j < dated.length; j++) {
			const b = dated[j];
			if (!b || b.start < a.end) continue;
			if (b.start.getTime() >= earliestEnd) break;
			out.push({ from: a.id, to: b.id, inferred: false });
			earliestEnd = Math.min(earliestEnd, b.end.getTime());
		}
	});
	return out;
}
