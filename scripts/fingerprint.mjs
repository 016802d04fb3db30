#!/usr/bin/env node
// Stores a report's fingerprint: the hashes of its normalised 8-word runs, never its text.
// Usage: node scripts/fingerprint.mjs <report.txt> <source-id> (or `npm run add-source`, which
// also writes a skeleton source file).
// Writes content/fingerprints/<source-id>.json (or EXPLAINER_CONTENT_DIR/fingerprints/...).
// tests/dist/copy-check.test.ts reads these files to prove no built page repeats 8 consecutive
// words of a report outside quotations, without the report's text being in the repository.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Run length: 8 consecutive words, the threshold in PRODUCT.md editorial rule 1. */
export const RUN_LENGTH = 8;

/** Hex characters kept from each sha256 digest: 64 bits, ample for a few thousand runs. */
const HASH_CHARS = 16;

/**
 * Splits text into normalised words, as /work/shared/tools/copycheck.mjs does: NFKD, diacritics
 * stripped, lowercase, split on anything but a-z, 0-9 and "$". Markup must be removed first.
 */
export function normaliseWords(text) {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9$]+/)
		.filter(Boolean);
}

/** The hash of one run of normalised words: sha256 of the words joined by single spaces. */
export function hashRun(words) {
	return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, HASH_CHARS);
}

/** Every run of `n` consecutive words in `words`, each with its position. */
export function listRuns(words, n = RUN_LENGTH) {
	const runs = [];
	for (let i = 0; i + n <= words.length; i++) runs.push({ index: i, words: words.slice(i, i + n) });
	return runs;
}

/** The sorted, de-duplicated hashes of every `n`-word run of a text. */
export function fingerprintText(text, n = RUN_LENGTH) {
	const hashes = new Set(listRuns(normaliseWords(text), n).map((run) => hashRun(run.words)));
	return [...hashes].sort();
}

/** The report's paragraphs as the kit counts them: its non-empty lines. */
export function countParagraphs(text) {
	return text.split(/\r?\n/).filter((line) => line.trim() !== '').length;
}

/** The fingerprint file's content for a report: source id, paragraph count, run length, hashes. */
export function buildFingerprint(text, sourceId, n = RUN_LENGTH) {
	return {
		source: sourceId,
		paragraphs: countParagraphs(text),
		n,
		algorithm: `sha256-${HASH_CHARS}`,
		hashes: fingerprintText(text, n),
	};
}

/** Where a story keeps its fingerprints: `<content dir>/fingerprints/`. */
export function fingerprintDir(contentDir) {
	return path.join(contentDir, 'fingerprints');
}

/** Writes a report's fingerprint into the story's content directory; returns the file and data. */
export function writeFingerprint(reportFile, sourceId, contentDir) {
	const outDir = fingerprintDir(contentDir);
	const file = path.join(outDir, `${sourceId}.json`);
	const fingerprint = buildFingerprint(readFileSync(reportFile, 'utf8'), sourceId);
	mkdirSync(outDir, { recursive: true });
	writeFileSync(file, `${JSON.stringify(fingerprint, null, '\t')}\n`);
	return { file, fingerprint };
}

function main(argv) {
	const [reportFile, sourceId] = argv;
	if (!reportFile || !sourceId) {
		console.error('usage: node scripts/fingerprint.mjs <report.txt> <source-id>');
		process.exit(2);
	}
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(sourceId)) {
		console.error(`fingerprint: "${sourceId}" is not a valid source id (lowercase kebab-case)`);
		process.exit(2);
	}
	const contentDir = path.resolve(process.env.EXPLAINER_CONTENT_DIR ?? 'content');
	const { file, fingerprint } = writeFingerprint(reportFile, sourceId, contentDir);
	console.log(
		`fingerprint: ${fingerprint.paragraphs} paragraphs, ${fingerprint.hashes.length} runs of ${fingerprint.n} words → ${path.relative(process.cwd(), file)}`,
	);
}

// Run only when called as a script, so tests can import the functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
	main(process.argv.slice(2));
