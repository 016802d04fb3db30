import type { TimelineLayout } from './layout';

/** What a laid-out timeline contains, for text that describes it (intro, caption). */
export interface TimelineSummary {
	events: number;
	/** Phases with events on the chart (events in no phase are not a phase). */
	phases: number;
	/** Events with an undisputed date, by precision. */
	dated: { day: number; month: number; year: number; total: number };
	/** Events with no date: placed by order only. */
	undated: number;
	/** Events whose stated date is disputed. */
	disputed: number;
	/** Events drawn apart, not placed in time relative to the spine. */
	unplaced: number;
	/** Whether some stretch of the spine is to scale, some is order only, some gap is cut. */
	toScale: boolean;
	orderOnly: boolean;
	breaks: boolean;
	/** Phases whose place after the phase before is our reading, not a stated order. */
	inferredPhases: number;
}

/** Counts what a timeline shows, so that words about it describe this story's dating. */
export function summarizeTimeline(layout: TimelineLayout): TimelineSummary {
	const dated = { day: 0, month: 0, year: 0, total: 0 };
	let undated = 0;
	let disputed = 0;
	for (const m of layout.marks) {
		if (m.disputed) disputed++;
		else if (m.precision === 'none') undated++;
		else {
			dated[m.precision]++;
			dated.total++;
		}
	}
	const unplacedLanes = new Set(layout.lanes.flatMap((l, i) => (l.kind === 'unplaced' ? [i] : [])));
	return {
		events: layout.marks.length,
		phases: new Set(layout.bands.filter((b) => b.id !== '').map((b) => b.id)).size,
		dated,
		undated,
		disputed,
		unplaced: layout.marks.filter((m) => unplacedLanes.has(m.lane)).length,
		toScale: layout.spine.some((s) => s.kind === 'time'),
		orderOnly: layout.spine.some((s) => s.kind === 'order'),
		breaks: layout.breaks.length > 0,
		inferredPhases: layout.bands.filter((b) => b.orderStated === false).length,
	};
}
