/** Footnote numbers for a page's cited claims, in order of first citation, starting at 1. */
export function numberCitations(claimIds: Iterable<string>): Map<string, number> {
	const numbers = new Map<string, number>();
	for (const id of claimIds) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
	return numbers;
}

/** The element id of a page's footnote for a claim. */
export function noteAnchor(claimId: string): string {
	return `note-${claimId}`;
}

/** The element id of the first in-text marker citing a claim. */
export function refAnchor(claimId: string): string {
	return `ref-${claimId}`;
}

/** One attribution's share of a page's notes: the notes' numbers, ascending. */
export interface NoteGroup<K extends string> {
	kind: K;
	notes: { id: string; n: number }[];
}

/**
 * A page's notes grouped by attribution, groups in the vocabulary's order (`order`), notes by
 * number. Throws on a kind outside the vocabulary, which would otherwise drop a note.
 */
export function groupNotes<K extends string>(
	numbers: ReadonlyMap<string, number>,
	kindOf: (claimId: string) => K,
	order: readonly K[],
): NoteGroup<K>[] {
	const byKind = new Map<K, { id: string; n: number }[]>();
	for (const [id, n] of numbers) {
		const kind = kindOf(id);
		if (!order.includes(kind)) throw new Error(`groupNotes: "${id}" has unknown kind "${kind}"`);
		const list = byKind.get(kind) ?? [];
		list.push({ id, n });
		byKind.set(kind, list);
	}
	return order.flatMap((kind) => {
		const notes = byKind.get(kind);
		return notes ? [{ kind, notes: notes.sort((a, b) => a.n - b.n) }] : [];
	});
}

/**
 * Note numbers as runs: [1, 2, 3, 7, 9, 10] → ["1–3", "7", "9–10"]. Each number is written by
 * `format` (the page language's digits); the caller joins the runs as its language lists them.
 */
export function numberRuns(
	numbers: readonly number[],
	format: (n: number) => string = String,
): string[] {
	const sorted = [...new Set(numbers)].sort((a, b) => a - b);
	const runs: string[] = [];
	for (let i = 0; i < sorted.length;) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
		const first = format(sorted[i] ?? 0);
		runs.push(j === i ? first : `${first}–${format(sorted[j] ?? 0)}`);
		i = j + 1;
	}
	return runs;
}
