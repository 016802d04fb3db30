// Writes dist/sw.js (src/service-worker/sw.ts, bundled and minified with this build's version,
// shell and language editions) and one save list per edition (dist/offline/<lang>.json).
// Plain JS, called by scripts/index-search.mjs after indexing, when the build is complete.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { planOffline } from '../lib/offline/plan.ts';

/** Written from the others, so they take no part in the version or the lists. */
const DERIVED = /^(?:sw\.js|offline\/[^/]+\.json)$/;
const WORKER = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));

/** A short content hash, the same the worker computes (SHA-256, first 12 hex digits). */
export function contentHash(buffer) {
	return createHash('sha256').update(buffer).digest('hex').slice(0, 12);
}

/**
 * Writes `sw.js` and the save lists for the files now in `out`.
 * @param {string} out the build folder
 * @returns {{ files: number, version: string, editions: { lang: string, files: number, bytes: number }[], bytes: number }}
 *   shell files, version, each edition's size, and the worker's own size in bytes
 */
export function writeServiceWorker(out) {
	const paths = listFiles(out).filter((f) => !DERIVED.test(f));
	const version = createHash('sha256');
	const files = paths.map((p) => {
		const buffer = readFileSync(path.join(out, p));
		version.update(p).update(buffer);
		return { path: p, size: buffer.length, hash: contentHash(buffer) };
	});
	// The worker's own code is part of the version too: a new worker starts from new caches.
	version.update(bundle({ version: '', shell: [], editions: [] }));
	const v = version.digest('hex').slice(0, 12);
	const read = (p) => readFileSync(path.join(out, p), 'utf8');
	const entryFile = path.join(out, 'pagefind', 'pagefind-entry.json');
	const pagefind = paths.includes('pagefind/pagefind-entry.json')
		? JSON.parse(readFileSync(entryFile, 'utf8'))
		: undefined;
	const plan = planOffline({ files, read, base: siteBase(out), pagefind });

	mkdirSync(path.join(out, 'offline'), { recursive: true });
	const editions = plan.editions.map(({ entries, ...edition }) => {
		/** @type {import('../lib/offline/plan.ts').SaveManifest} */
		const manifest = {
			version: v,
			lang: edition.lang,
			root: edition.root,
			bytes: edition.bytes,
			files: entries,
		};
		writeFileSync(path.join(out, edition.manifest), JSON.stringify(manifest));
		return edition;
	});

	const code = bundle({ version: v, shell: plan.shell, editions });
	writeFileSync(path.join(out, 'sw.js'), code);
	return {
		files: plan.shell.length,
		version: v,
		editions: editions.map((e) => ({ lang: e.lang, files: e.files, bytes: e.bytes })),
		bytes: code.length,
	};
}

/** The worker, bundled and minified, with this build's facts in place of `__BUILD__`. */
function bundle(build) {
	const { outputFiles } = buildSync({
		entryPoints: [WORKER],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		legalComments: 'none',
		write: false,
		define: { __BUILD__: JSON.stringify(build) },
	});
	return outputFiles[0]?.contents ?? new Uint8Array();
}

/** The base path the site was built for, as its pages register the worker with it. */
function siteBase(out) {
	try {
		const html = readFileSync(path.join(out, 'index.html'), 'utf8');
		return /<offline-cache\b[^>]*\sdata-scope="([^"]+)"/.exec(html)?.[1] ?? '/';
	} catch {
		return '/';
	}
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
