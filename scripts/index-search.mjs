#!/usr/bin/env node
// Builds the Pagefind search index over the built site (DIST_DIR, default dist/). Run by
// `npm run build` after `astro build`; exits non-zero with the reason when indexing fails.
// Then writes the offline worker (sw.js) and its save lists, which list the index too.
//
// It indexes every built page that marks its content with data-pagefind-body, plus the
// custom records (actors, events, claims) that the site emits as search-records.json, one per
// edition (src/pages/[...lang]/search-records.json.ts: dist/search-records.json,
// dist/es/search-records.json…). Those files are deleted once read: they do not ship.
// Records whose page they stand for (actor pages) replace that page in the index.
//
// Pagefind builds one index per language: pages by their <html lang>, records by their
// `language`. A page shown untranslated in another edition carries no data-pagefind-body,
// so that edition's index holds its own language only.
import { readFile, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { writeServiceWorker } from '../src/integrations/write-service-worker.mjs';

const dist = path.resolve(process.env.DIST_DIR ?? 'dist');
const MANIFEST = 'search-records.json';
if (!existsSync(path.join(dist, 'index.html')) || !existsSync(path.join(dist, MANIFEST))) {
	console.error(
		`index-search: ${dist} has no index.html or search-records.json. Run \`astro build\` first.`,
	);
	process.exit(1);
}

const fail = (step, errors) => {
	console.error(`index-search: ${step} failed:\n  ${errors.join('\n  ')}`);
	process.exit(1);
};

/** Every .html file under dir except the search bundle, as paths relative to dist. */
async function htmlFiles(dir) {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => path.relative(dist, path.join(e.parentPath, e.name)))
		.filter((file) => !file.startsWith(`pagefind${path.sep}`))
		.sort();
}

/** The site-relative URL Pagefind stores for a built file: "actors/x/index.html" → "/actors/x/". */
const fileUrl = (file) => `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

const started = performance.now();
// The root edition's manifest, then each other edition's, in its folder one level down.
const manifestFiles = [
	path.join(dist, MANIFEST),
	...(await readdir(dist, { withFileTypes: true }))
		.filter((e) => e.isDirectory() && existsSync(path.join(dist, e.name, MANIFEST)))
		.map((e) => path.join(dist, e.name, MANIFEST))
		.sort(),
];
const manifests = [];
for (const file of manifestFiles) {
	manifests.push(JSON.parse(await readFile(file, 'utf8')));
	await rm(file);
}
const manifest = {
	base: manifests[0].base,
	records: manifests.flatMap((m) => m.records),
	replacesPages: manifests.flatMap((m) => m.replacesPages),
};

// Pagefind prefixes every result URL with the bundle's base path in the browser, so records
// are stored site-relative, like the pages it indexes from disk.
const siteRelative = (url) => {
	if (!url.startsWith(manifest.base)) fail('records', [`${url} is outside ${manifest.base}`]);
	return `/${url.slice(manifest.base.length)}`;
};
const replaced = new Set(manifest.replacesPages.map(siteRelative));

const { index, errors } = await pagefind.createIndex({});
if (!index) fail('createIndex', errors);

const pages = [];
for (const file of await htmlFiles(dist)) {
	const url = fileUrl(file);
	if (replaced.has(url)) continue;
	const content = await readFile(path.join(dist, file), 'utf8');
	// Pages without data-pagefind-body (search, 404, embeds) are left out, as Pagefind does.
	if (!content.includes('data-pagefind-body')) continue;
	pages.push({ url, content });
}
const added = await Promise.all([
	...pages.map((p) => index.addHTMLFile(p)),
	...manifest.records.map((r) => index.addCustomRecord({ ...r, url: siteRelative(r.url) })),
]);
const problems = added.flatMap((a) => a.errors);
if (problems.length) fail('adding pages and records', problems);
if (pages.length === 0) fail('indexing', ['no page was indexed (is data-pagefind-body missing?)']);

const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
if (written.errors.length) fail('writeFiles', written.errors);
await pagefind.close();

/** "22 actor, 13 event…" for a list of records. */
const countKinds = (records) => {
	const kinds = {};
	for (const r of records) for (const k of r.filters.kind) kinds[k] = (kinds[k] ?? 0) + 1;
	return Object.entries(kinds)
		.map(([k, n]) => `${n} ${k}`)
		.join(', ');
};
const byLanguage = manifests
	.map((m) => `${m.language}: ${m.records.length} records (${countKinds(m.records)})`)
	.join('; ');
console.log(
	`index-search: indexed ${pages.length} pages and ${manifest.records.length} records [${byLanguage}] into ${path.relative(process.cwd(), written.outputPath)} in ${Math.round(performance.now() - started)} ms`,
);

// The offline worker and its save lists, written once the build is complete: they list every
// file, the index just written among them.
const worker = writeServiceWorker(dist);
console.log(`index-search: wrote sw.js (${worker.files} files, version ${worker.version})`);
