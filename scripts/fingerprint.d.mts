// Types for scripts/fingerprint.mjs, so TypeScript tests can import it under strictest settings.

/** Run length: 8 consecutive words, the threshold in PRODUCT.md editorial rule 1. */
export const RUN_LENGTH: number;

/** A fingerprint file's content: `content/fingerprints/<source-id>.json`. */
export interface Fingerprint {
	source: string;
	/** The report's paragraphs (non-empty lines), to check the source's paragraphCount. */
	paragraphs: number;
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
/** The report's paragraphs as the kit counts them: its non-empty lines. */
export function countParagraphs(text: string): number;
/** The fingerprint file's content for a report. */
export function buildFingerprint(text: string, sourceId: string, n?: number): Fingerprint;
/** Where a story keeps its fingerprints: `<content dir>/fingerprints/`. */
export function fingerprintDir(contentDir: string): string;
/** Writes a report's fingerprint into the story's content directory. */
export function writeFingerprint(
	reportFile: string,
	sourceId: string,
	contentDir: string,
): { file: string; fingerprint: Fingerprint };
