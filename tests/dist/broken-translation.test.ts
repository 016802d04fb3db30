import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validStoryFiles, writeStory } from '../../src/content-io/test-story';

describe('astro build on a broken translation', () => {
	it('stops before writing anything and names each translation file with its problem', () => {
		const files = validStoryFiles();
		const dir = writeStory({
			...files,
			'site.yaml': `${files['site.yaml'] ?? ''}\nlang: en\nlanguages: [es]\n`,
			// A translation may not change a fact, nor translate what the story does not have.
			'i18n/es/claims/c-talks.yaml': 'statement: A habló con B.\nparagraphs: [2]\n',
			'i18n/es/actors/nobody.yaml': 'role: Nadie\n',
		});
		const out = path.join(mkdtempSync(path.join(tmpdir(), 'dist-')), 'site');
		const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			env: { ...process.env, EXPLAINER_CONTENT_DIR: dir, DIST_DIR: out },
			encoding: 'utf8',
			timeout: 120_000,
		});
		const output = result.stdout + result.stderr;
		expect(result.status, output).not.toBe(0);
		expect(output).toContain(
			`${path.join(dir, 'i18n/es/claims/c-talks.yaml')}:2: field "paragraphs" cannot be translated`,
		);
		expect(existsSync(out), 'no half-built site').toBe(false);

		// Once every file parses, a translation of an entry the story lacks is named too.
		const again = writeStory({
			...files,
			'site.yaml': `${files['site.yaml'] ?? ''}\nlang: en\nlanguages: [es]\n`,
			'i18n/es/actors/nobody.yaml': 'role: Nadie\n',
		});
		const second = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			env: { ...process.env, EXPLAINER_CONTENT_DIR: again, DIST_DIR: out },
			encoding: 'utf8',
			timeout: 120_000,
		});
		expect(second.status).not.toBe(0);
		expect(second.stdout + second.stderr).toContain(
			`${path.join(again, 'i18n/es/actors/nobody.yaml')}: translates unknown actor "nobody"`,
		);
		expect(existsSync(out), 'no half-built site').toBe(false);
	});
});
