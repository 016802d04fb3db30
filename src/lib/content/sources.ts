import type { Source } from '../../schemas';
import type { Entry } from './types';

/** The story's sources in reading order: the primary source first, then the others by id. */
export function orderSources<T extends Entry<Source>>(
	sources: Iterable<T>,
	primaryId: string,
): T[] {
	return [...sources].sort(
		(a, b) =>
			Number(b.id === primaryId) - Number(a.id === primaryId) || a.id.localeCompare(b.id, 'und'),
	);
}

/**
 * The short label of each source, by id, for citations ("Report A ¶1"). A source's own `short`
 * wins; otherwise its publisher, or `fallback` when none is known. When several sources would
 * get the same default, each gets a letter in reading order, so no two read alike.
 */
export function labelSources(
	ordered: readonly Entry<Source>[],
	fallback: string,
): Map<string, string> {
	const base = (s: Entry<Source>) => s.data.publisher ?? fallback;
	const shared = new Map<string, number>();
	for (const s of ordered)
		if (s.data.short === undefined) shared.set(base(s), (shared.get(base(s)) ?? 0) + 1);
	const taken = new Set(ordered.flatMap((s) => (s.data.short === undefined ? [] : [s.data.short])));
	const labels = new Map<string, string>();
	const next = new Map<string, number>();
	for (const s of ordered) {
		if (s.data.short !== undefined) {
			labels.set(s.id, s.data.short);
			continue;
		}
		const b = base(s);
		if ((shared.get(b) ?? 0) === 1 && !taken.has(b)) {
			labels.set(s.id, b);
			continue;
		}
		// Letters A–Z, then AA, AB…: more than 26 unnamed sources still get distinct labels.
		let label: string;
		do {
			const i = next.get(b) ?? 0;
			next.set(b, i + 1);
			label = `${b} ${letters(i)}`;
		} while (taken.has(label));
		labels.set(s.id, label);
	}
	return labels;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
function letters(i: number): string {
	const letter = String.fromCharCode(65 + (i % 26));
	return i < 26 ? letter : letters(Math.floor(i / 26) - 1) + letter;
}

/** A source as a credit line names it: its title, and its publisher when known. */
export function creditSource(source: Source): string {
	return source.publisher ? `${source.title} (${source.publisher})` : source.title;
}
