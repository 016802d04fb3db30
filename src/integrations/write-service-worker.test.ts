import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, writeServiceWorker } from './write-service-worker.mjs';

function site(files: Record<string, string>): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'sw-'));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
		writeFileSync(path.join(dir, name), text);
	}
	return dir;
}

const files = {
	'index.html':
		'<html lang="en"><link rel="stylesheet" href="/base/_astro/x.css"><script src="/base/_astro/x.js"></script><offline-cache data-scope="/base/"></offline-cache><a href="/base/data/a.json">data</a>',
	'offline/index.html': '<html lang="en"><link rel="stylesheet" href="/base/_astro/x.css">',
	'actors/index.html': '<html lang="en">b',
	'_astro/x.js': 'import"./y.js"',
	'_astro/y.js': 'y',
	'_astro/x.css': 'c',
	'_astro/search-ui.js': 'lazy',
	_headers: 'h',
	'pagefind/pagefind.js': 'p',
	'embed/timeline/index.html': '<html lang="en">e',
	'embed/timeline/timeline.png': 'png',
	'data/a.json': '[]',
};

describe('writeServiceWorker', () => {
	it('bundles a worker that fetches ahead only the offline page’s styles and scripts', () => {
		const dir = site(files);
		const result = writeServiceWorker(dir);
		const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
		expect(sw).not.toContain('__BUILD__');
		expect(sw).toContain(`"_astro/x.css","${contentHash(Buffer.from('c'))}"`);
		expect(result.files).toBe(1);
		expect(sw).not.toContain('"actors/"');
		expect(result.bytes).toBe(Buffer.byteLength(sw));
	});

	it('writes each edition’s save list with sizes and hashes, and its total into the worker', () => {
		const dir = site(files);
		const { editions, version } = writeServiceWorker(dir);
		const manifest = JSON.parse(readFileSync(path.join(dir, 'offline/en.json'), 'utf8')) as {
			version: string;
			files: [string, number, string][];
		};
		expect(manifest.version).toBe(version);
		expect(manifest.files.map((f) => f[0]).sort()).toEqual([
			'',
			'_astro/search-ui.js',
			'_astro/x.css',
			'_astro/x.js',
			'_astro/y.js',
			'actors/',
			'data/a.json',
			'offline/',
		]);
		expect(manifest.files.find((f) => f[0] === 'data/a.json')).toEqual([
			'data/a.json',
			2,
			contentHash(Buffer.from('[]')),
		]);
		const bytes = manifest.files.reduce((sum, f) => sum + f[1], 0);
		expect(editions).toEqual([{ lang: 'en', files: 8, bytes }]);
		expect(readFileSync(path.join(dir, 'sw.js'), 'utf8')).toContain(`bytes:${bytes}`);
	});

	it('gives a new version, so new caches, whenever any file changes', () => {
		const a = writeServiceWorker(site({ 'index.html': 'a', 'x.css': 'one' })).version;
		const same = writeServiceWorker(site({ 'index.html': 'a', 'x.css': 'one' })).version;
		const changed = writeServiceWorker(site({ 'index.html': 'a', 'x.css': 'two' })).version;
		expect(same).toBe(a);
		expect(changed).not.toBe(a);
	});
});
