import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeServiceWorker } from './write-service-worker.mjs';

function site(files: Record<string, string>): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'sw-'));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
		writeFileSync(path.join(dir, name), text);
	}
	return dir;
}

describe('writeServiceWorker', () => {
	it('fetches ahead pages and what they load, never search, embeds or downloads', () => {
		const dir = site({
			'index.html':
				'<link rel="stylesheet" href="/base/_astro/x.css"><script src="/base/_astro/x.js"></script>',
			'actors/index.html': 'b',
			'_astro/x.js': 'c',
			'_astro/x.css': 'c',
			'_astro/search-ui.js': 'lazy',
			_headers: 'h',
			'pagefind/pagefind.js': 'p',
			'embed/timeline/index.html': 'e',
			'embed/timeline/timeline.png': 'png',
			'data/actors.json': '[]',
		});
		writeServiceWorker(dir);
		const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
		const files = JSON.parse(/const FILES = (\[.*?\]);/.exec(sw)?.[1] ?? '[]') as string[];
		expect(files.sort()).toEqual(['./', '_astro/x.css', '_astro/x.js', 'actors/']);
		expect(sw).not.toContain('__VERSION__');
	});

	it('gives a new version, so a new cache, whenever any file changes', () => {
		const a = writeServiceWorker(site({ 'index.html': 'a', 'x.css': 'one' })).version;
		const same = writeServiceWorker(site({ 'index.html': 'a', 'x.css': 'one' })).version;
		const changed = writeServiceWorker(site({ 'index.html': 'a', 'x.css': 'two' })).version;
		expect(same).toBe(a);
		expect(changed).not.toBe(a);
	});
});
