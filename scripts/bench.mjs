#!/usr/bin/env node
// The project's performance record. Builds the site into .bench/dist (timed, with peak
// memory), then runs every section in scripts/bench/ in file-name order. Each section prints
// its own lines; budget lines say "within" or "OVER". Exits 0 either way: a bench reports,
// tests decide. Usage: npm run bench [-- section-name ...]
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSite } from './bench/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const dist = path.resolve('.bench/dist');

console.log(`# Bench, ${new Date().toISOString()}, node ${process.version}\n`);
const build = buildSite(dist);
const ctx = { dist, build };

const sections = readdirSync(path.join(here, 'bench'))
	.filter((f) => /^\d\d-.*\.mjs$/.test(f))
	.sort()
	.filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
for (const file of sections) {
	const section = await import(pathToFileURL(path.join(here, 'bench', file)).href);
	await section.run(ctx);
	console.log('');
}
