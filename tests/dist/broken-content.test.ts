import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validStoryFiles, writeStory } from '../../src/content-io/test-story';

describe('astro build on broken content', () => {
	it('stops before writing anything and lists every problem with its file', () => {
		const files = validStoryFiles();
		const dir = writeStory({
			...files,
			'relations/a-b.yaml': files['relations/a-b.yaml']?.replace('target: b', 'target: a'),
			'claims/c-event.yaml': files['claims/c-event.yaml']?.replace(
				'paragraphs: [2]',
				'paragraphs: [7]',
			),
		});
		const out = path.join(mkdtempSync(path.join(tmpdir(), 'dist-')), 'site');
		const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			env: { ...process.env, EXPLAINER_CONTENT_DIR: dir, DIST_DIR: out },
			encoding: 'utf8',
			timeout: 120_000,
		});
		const output = result.stdout + result.stderr;
		expect(result.status, output).not.toBe(0);
		expect(output).toContain('2 error(s)');
		expect(output).toContain(
			`${path.join(dir, 'relations/a-b.yaml')}: relates actor "a" to itself`,
		);
		expect(output).toContain(
			`${path.join(dir, 'claims/c-event.yaml')}: cites paragraph 7, but source "report" has 2 paragraphs`,
		);
		expect(existsSync(out), 'no half-built site').toBe(false);
	});
});
