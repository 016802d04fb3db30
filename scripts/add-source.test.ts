import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../src/content-io/read-content';
import { validStoryFiles, writeStory } from '../src/content-io/test-story';
import { addSource } from './add-source.mjs';

const REPORT =
	'First line of the new report, in words of its own.\n\n  \nSecond line.\nThird and last.\n';

function reportFile(): string {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'report-')), 'report.txt');
	writeFileSync(file, REPORT);
	return file;
}

describe('npm run add-source', () => {
	it('writes the fingerprint and a skeleton source whose empty digests the build then asks for', () => {
		const dir = writeStory(validStoryFiles());
		const { code, lines } = addSource(reportFile(), 'new-report', dir);
		expect(code, lines.join('\n')).toBe(0);
		const fingerprint = JSON.parse(
			readFileSync(path.join(dir, 'fingerprints', 'new-report.json'), 'utf8'),
		) as { source: string; paragraphs: number; hashes: string[] };
		expect(fingerprint).toMatchObject({ source: 'new-report', paragraphs: 3 });
		expect(fingerprint.hashes.length).toBeGreaterThan(0);
		expect(readFileSync(path.join(dir, 'fingerprints', 'new-report.json'), 'utf8')).not.toContain(
			'First line',
		);

		const skeleton = readFileSync(path.join(dir, 'sources', 'new-report.yaml'), 'utf8');
		expect(skeleton).toContain('paragraphCount: 3');
		const errors = readContent(dir, dir)
			.problems.filter((p) => p.file === 'sources/new-report.yaml')
			.map((p) => p.message);
		expect(errors).toEqual([
			'field "title" must not be empty',
			'field "paragraphs.0" must not be empty',
			'field "paragraphs.1" must not be empty',
			'field "paragraphs.2" must not be empty',
		]);
	});

	it('never overwrites a source file, and says when its paragraph count disagrees', () => {
		const dir = writeStory(validStoryFiles());
		const before = readFileSync(path.join(dir, 'sources', 'report.yaml'), 'utf8');
		const { code, lines } = addSource(reportFile(), 'report', dir);
		expect(code).toBe(1);
		expect(lines.join('\n')).toContain('its paragraphCount is 2 and the report has 3 paragraphs');
		expect(readFileSync(path.join(dir, 'sources', 'report.yaml'), 'utf8')).toBe(before);
	});

	it('refuses an id that is not kebab-case, and a missing report', () => {
		expect(addSource(reportFile(), 'New Report', tmpdir()).code).toBe(2);
		expect(addSource('/nonexistent/report.txt', 'new-report', tmpdir()).lines[0]).toMatch(
			/does not exist/,
		);
	});
});
