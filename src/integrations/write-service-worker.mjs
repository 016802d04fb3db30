// Writes dist/sw.js: the worker from sw-template.js with the files to keep for offline reading
// and a version hashed from every file's content. Plain JS so scripts/index-search.mjs can call
// it after indexing, when the build is complete.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Files the worker does not precache: server configs and the worker itself. */
const SKIP = new Set(['sw.js', '_headers', 'nginx-headers.conf']);

/**
 * Writes `sw.js` for the files now in `out`. The worker fetches ahead only what reading the
 * site needs: every page (embeds aside) and the styles and scripts pages load. Search (the
 * index and its code), downloads and embeds are kept the first time they are used, so a
 * reader who never opens search never downloads it, not even in the background.
 * @param {string} out the build folder
 * @returns {{ files: number, version: string }}
 */
export function writeServiceWorker(out) {
	const files = listFiles(out).filter((f) => !SKIP.has(f));
	const hash = createHash('sha256');
	for (const f of files) hash.update(f).update(readFileSync(path.join(out, f)));
	const version = hash.digest('hex').slice(0, 12);

	// Embeds are left out in every edition: embed/… at the root, <lang>/embed/… in the others.
	const pages = files.filter(
		(f) => f.endsWith('.html') && !/^(?:[a-z]{2,3}(?:-[a-z0-9]+)*\/)?embed\//.test(f),
	);
	const loaded = new Set(['favicon.svg']);
	for (const page of pages) {
		const html = readFileSync(path.join(out, page), 'utf8');
		for (const m of html.matchAll(/\s(?:src|href)="[^"]*?\/(_astro\/[^"?#]+)"/g))
			if (m[1]) loaded.add(m[1]);
	}
	const precache = [...pages, ...files.filter((f) => loaded.has(f))];
	// Pages are cached under their folder URL ("actors/"), which is what readers request.
	const urls = precache.map((f) =>
		f === 'index.html' ? './' : f.replace(/(^|\/)index\.html$/, '$1'),
	);
	const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
	writeFileSync(
		path.join(out, 'sw.js'),
		template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(urls)),
	);
	return { files: urls.length, version };
}

/** @param {string} dir @param {string} [prefix] @returns {string[]} */
function listFiles(dir, prefix = '') {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const full = path.join(dir, name);
			return statSync(full).isDirectory()
				? listFiles(full, `${prefix}${name}/`)
				: [`${prefix}${name}`];
		});
}
