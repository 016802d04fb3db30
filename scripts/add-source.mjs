#!/usr/bin/env node
// `npm run add-source -- path/to/report.txt <source-id>`: the first step of adding a report.
// Writes the report's fingerprint (content/fingerprints/<id>.json: its paragraph count and the
// hashes of its 8-word runs, never its text) and, when there is none yet, a skeleton source
// file (content/sources/<id>.yaml) with the paragraph count and one empty digest per paragraph
// to fill in. The build refuses a source until its digests are written, and a source whose
// fingerprint is missing or counts other paragraphs. EXPLAINER_CONTENT_DIR names another story.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { writeFingerprint } from './fingerprint.mjs';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The skeleton of a new source file: every field to fill, one empty digest per paragraph. */
export function sourceSkeleton(sourceId, reportFile, paragraphs) {
	const digests = Array.from({ length: paragraphs }, (_, i) => `  - '' # ¶${i + 1}`).join('\n');
	return `# ${sourceId}: made by \`npm run add-source\` from ${path.basename(reportFile)}.
# Paragraph N is the report's N-th non-empty line. Write every digest in your own words: the
# report's text never goes into the repository, and the build checks no page repeats it.
# title: a description of the report, in our words when it has no headline.
title: ''
# publisher: who published it. Leave it out when the copy does not say; never guess.
# short: the label citations show ("Report A ¶1"); leave it out for the default.
kind: news report
paragraphCount: ${paragraphs}
paragraphs:
${digests}
`;
}

/** Runs the command; returns the lines to print and the exit code. */
export function addSource(reportFile, sourceId, contentDir) {
	if (!reportFile || !sourceId)
		return { code: 2, lines: ['usage: npm run add-source -- path/to/report.txt <source-id>'] };
	if (!ID.test(sourceId))
		return {
			code: 2,
			lines: [
				`add-source: "${sourceId}" is not a valid id: use lowercase kebab-case, e.g. city-hall-report`,
			],
		};
	if (!existsSync(reportFile))
		return { code: 2, lines: [`add-source: ${reportFile} does not exist`] };

	const rel = (file) => {
		const relative = path.relative(process.cwd(), file);
		return relative.startsWith('..') ? file : relative;
	};
	const { file, fingerprint } = writeFingerprint(reportFile, sourceId, contentDir);
	const lines = [
		`fingerprint: ${fingerprint.paragraphs} paragraphs, ${fingerprint.hashes.length} runs of ${fingerprint.n} words → ${rel(file)}`,
	];
	const sourceFile = path.join(contentDir, 'sources', `${sourceId}.yaml`);
	if (existsSync(sourceFile)) {
		let count;
		try {
			count = parse(readFileSync(sourceFile, 'utf8'))?.paragraphCount;
		} catch {
			count = undefined;
		}
		lines.push(
			count === fingerprint.paragraphs
				? `source: ${rel(sourceFile)} already exists, with the same ${count} paragraphs; left as it is`
				: `source: ${rel(sourceFile)} already exists, left as it is, but its paragraphCount is ${count ?? 'missing'} and the report has ${fingerprint.paragraphs} paragraphs: correct one of them`,
		);
		return { code: count === fingerprint.paragraphs ? 0 : 1, lines };
	}
	mkdirSync(path.dirname(sourceFile), { recursive: true });
	writeFileSync(sourceFile, sourceSkeleton(sourceId, reportFile, fingerprint.paragraphs));
	lines.push(
		`source: ${rel(sourceFile)} written with ${fingerprint.paragraphs} empty digests`,
		'next: fill in its title and digests, then add claims that cite it (source: ' +
			`${sourceId}, paragraphs: [n]); \`npm run build\` lists whatever is still missing.`,
	);
	return { code: 0, lines };
}

// Run only when called as a script, so tests can import the functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	const [reportFile, sourceId] = process.argv.slice(2);
	const contentDir = path.resolve(process.env.EXPLAINER_CONTENT_DIR ?? 'content');
	const { code, lines } = addSource(reportFile, sourceId, contentDir);
	for (const line of lines) (code === 0 ? console.log : console.error)(line);
	process.exit(code);
}
