#!/usr/bin/env node
// Builds the Pagefind search index over the built site (DIST_DIR, default dist/). Run by
// `npm run build` after `astro build`; exits non-zero with the reason when indexing fails.
import path from 'node:path';
import { existsSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { writeServiceWorker } from '../src/integrations/write-service-worker.mjs';

const dist = path.resolve(process.env.DIST_DIR ?? 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
	console.error(`index-search: ${dist}/index.html not found. Run \`astro build\` first.`);
	process.exit(1);
}

const fail = (step, errors) => {
	console.error(`index-search: ${step} failed:\n  ${errors.join('\n  ')}`);
	process.exit(1);
};

const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) fail('createIndex', errors);
const added = await index.addDirectory({ path: dist });
if (added.errors.length) fail('addDirectory', added.errors);
if (added.page_count === 0)
	fail('addDirectory', ['no page was indexed (is data-pagefind-body missing?)']);
const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
if (written.errors.length) fail('writeFiles', written.errors);
await pagefind.close();
console.log(
	`index-search: indexed ${added.page_count} pages into ${path.relative(process.cwd(), written.outputPath)} in ${Math.round(performance.now() - started)} ms`,
);

// The offline cache must list the index just written.
const worker = writeServiceWorker(dist);
console.log(`index-search: rewrote sw.js (${worker.files} files, version ${worker.version})`);
