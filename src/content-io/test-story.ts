import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A small valid story as files (path → text), for tests that break one thing at a time. */
export function validStoryFiles(): Record<string, string> {
	return {
		'site.yaml': [
			'title: Test story',
			'description: A story for tests.',
			'primarySource: report',
			'lead: { text: Lead., claims: [c-talks] }',
			'brief: [{ text: Brief., claims: [c-talks] }]',
		].join('\n'),
		'sources/report.yaml': [
			'title: A report',
			'paragraphCount: 2',
			'paragraphs: [First paragraph digest., Second paragraph digest.]',
		].join('\n'),
		// A fingerprint with no runs: the test report's text is never checked for copies.
		'fingerprints/report.json':
			'{ "source": "report", "paragraphs": 2, "n": 8, "algorithm": "sha256-16", "hashes": [] }\n',
		'claims/c-talks.yaml':
			'statement: A talked with B.\nsource: report\nparagraphs: [1]\nattribution: multiple-unnamed-sources\n',
		'claims/c-event.yaml':
			'statement: B did a thing.\nsource: report\nparagraphs: [2]\nattribution: report-assessment\n',
		'actors/a.yaml':
			'name: Ána\nkind: person\naliases: [Ana]\nrole: Role A\nsummary: Summary A.\nclaims: [c-talks]\n',
		'actors/b.yaml':
			'name: Bee Group\nkind: group\nrole: Role B\nsummary: Summary B.\nclaims: [c-talks]\n',
		'relations/a-b.yaml':
			'source: a\ntarget: b\ntype: talks\nlabel: talked with\nclaims: [c-talks]\n',
		'phases/one.yaml': 'title: One\nsummary: The first phase.\norder: 1\n',
		'events/first.yaml':
			"title: First\nsummary: It began.\ndate: '2020'\nphase: one\nactors: [a]\nclaims: [c-event]\n",
		'events/second.yaml':
			'title: Second\nsummary: Then this.\nwhen: Later\nafter: [first]\nphase: one\nactors: [a, b]\nclaims: [c-talks]\n',
		'explainers/intro.mdx':
			'---\ntitle: Intro\nsummary: An intro.\norder: 1\n---\n\n<Actor id="a">Ána</Actor> met B.<Cite claims="c-talks c-event" />\n',
	};
}

/** Writes files into a new temporary content directory and returns its path. */
export function writeStory(files: Record<string, string | undefined>): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'story-'));
	for (const [name, text] of Object.entries(files)) {
		if (text === undefined) continue;
		const file = path.join(dir, name);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
	return dir;
}
