// Types for scripts/fingerprint.mjs, so TypeScript tests can import it under strictest settings.

/** Run length: 8 consecutive words, the threshold in PRODUCT.md editorial rule 1. */
export const RUN_LENGTH: number;

/** A fingerprint file's content: `content/fingerprints/<source-id>.json`. */
export interface Fingerprint {
	source: string;
	n: number;
	algorithm: string;
	hashes: string[];
}

/** Splits text into normalised words (NFKD, no diacritics, lowercase, split on non-[a-z0-9$]). */
export function normaliseWords(text: string): string[];
/** The hash of one run of normalised words. */
export function hashRun(words: readonly string[]): string;
/** Every run of `n` consecutive words, each with its position. */
export function listRuns(
	words: readonly string[],
	n?: number,
): { index: number; words: string[] }[];
/** The sorted, de-duplicated hashes of every `n`-word run of a text. */
export function fingerprintText(text: string, n?: number): string[];
/** The fingerprint file's content for a report. */
export function buildFingerprint(text: string, sourceId: string, n?: number): Fingerprint;
