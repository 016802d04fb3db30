import type { Phase, StoryEvent } from '../../schemas';
import type { Entry } from '../content/types';

/** What a synthetic timeline should contain. */
export interface SyntheticOptions {
	events: number;
	phases: number;
	/** Seed of the random sequence; same seed ⇒ same timeline. */
	seed?: number;
}

const WORDS = (
	'talks officials minister meeting sanctions envoy transition security forces release ' +
	'prisoners checkpoint indictment bounty statement denial interim government opposition ' +
	'militia intermediaries warning operation capital oil production allies stability report'
).split(' ');

/**
 * A made-up story's events and phases for scale tests and the bench, shaped like a real
 * report: the first phase dated (some at year, month or day precision), later phases mostly
 * ordered by `after` links to earlier events, with spans, ongoing events and disputed dates.
 * Deterministic for a seed (a linear congruential generator, as d3-force uses).
 */
export function generateSyntheticTimeline(options: SyntheticOptions): {
	events: Entry<StoryEvent>[];
	phases: Entry<Phase>[];
} {
	let state = (options.seed ?? 1) >>> 0 || 1;
	// Numerical Recipes LCG constants; enough randomness for a layout workload.
	const random = () => {
		state = (1664525 * state + 1013904223) >>> 0;
		return state / 4294967296;
	};
	const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
	const word = () => pick(WORDS) ?? 'event';
	const phaseCount = Math.max(1, options.phases);
	const phases: Entry<Phase>[] = Array.from({ length: phaseCount }, (_, i) => ({
		id: `phase-${i + 1}`,
		file: `synthetic/phases/phase-${i + 1}.yaml`,
		data: {
			title: `Phase ${i + 1}: ${word()} and ${word()}`,
			summary: 'Synthetic.',
			order: i + 1,
		},
	}));
	const events: Entry<StoryEvent>[] = [];
	const byPhase: string[][] = phases.map(() => []);
	for (let i = 0; i < options.events; i++) {
		const phase = Math.min(phaseCount - 1, Math.floor((i / options.events) * phaseCount));
		const id = `event-${String(i + 1).padStart(5, '0')}`;
		const title = Array.from({ length: 2 + Math.floor(random() * 6) }, () => word()).join(' ');
		const own = byPhase[phase] ?? [];
		const earlier = own.length > 0 ? own : (byPhase[phase - 1] ?? []);
		const dated = phase === 0 || random() < 0.05;
		const after =
			!dated || (random() < 0.3 && earlier.length > 0)
				? [...new Set([pick(earlier), ...(random() < 0.3 ? [pick(earlier)] : [])])].filter(
						(x): x is string => x !== undefined,
					)
				: [];
		const year = 2000 + phase * 2 + Math.floor(random() * 2);
		const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
		const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
		const precision = random();
		const date =
			precision < 0.4
				? `${year}`
				: precision < 0.7
					? `${year}-${month}`
					: `${year}-${month}-${day}`;
		const flags: StoryEvent['flags'] = [];
		if (dated && phase > 0 && random() < 0.3) flags.push('disputed');
		if (random() < 0.03) flags.push('ongoing');
		const data: StoryEvent = {
			title: `${title.charAt(0).toUpperCase()}${title.slice(1)}`,
			summary: 'A synthetic event.',
			...(dated ? { date } : { when: 'Some time after an earlier event' }),
			phase: phases[phase]?.id ?? 'phase-1',
			after,
			before: [],
			inferred: [],
			span: random() < 0.08,
			flags,
			...(flags.includes('disputed') ? { note: 'synthetic-note' } : {}),
			actors: [`actor-${1 + Math.floor(random() * 40)}`],
			claims: ['synthetic-claim'],
		};
		events.push({ id, file: `synthetic/events/${id}.yaml`, data });
		own.push(id);
		byPhase[phase] = own;
	}
	// Most stretches of time end before a later event of their phase. Every order points from
	// a lower index to a higher one, so the order has no cycle.
	events.forEach((e, i) => {
		if (!e.data.span || random() < 0.3) return;
		const later = events[i + 1 + Math.floor(random() * 30)];
		if (later && later.data.phase === e.data.phase) e.data.before = [later.id];
	});
	return { events, phases };
}
