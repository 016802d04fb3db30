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
