// The timeline: layout time for the story and for a synthetic 2,000-event timeline (budget
// 5 s), how readable the synthetic one stays, and the script the timeline page adds to a
// plain page (budget 15 KB gzip -9).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { budget, kb, medianTime, pageWeight, sizes, table } from './lib.mjs';

/** Bundles the pure TypeScript modules the bench needs into one ES module under .bench/. */
async function loadModules() {
	const outfile = path.resolve('.bench/timeline-modules.mjs');
	await build({
		stdin: {
			contents: [
				"export { readContent } from './src/content-io/read-content.ts';",
				"export { contentDir } from './src/content-io/collections.ts';",
				"export { computeTimelineLayout } from './src/lib/timeline/layout.ts';",
				"export { generateSyntheticTimeline } from './src/lib/timeline/synthetic.ts';",
			].join('\n'),
			resolveDir: process.cwd(),
			loader: 'ts',
		},
		bundle: true,
		format: 'esm',
		platform: 'node',
		packages: 'external',
		outfile,
		logLevel: 'error',
	});
	return import(pathToFileURL(outfile).href);
}

/** Pairs of overlapping mark labels (sweep along y: the timeline runs down). */
function countOverlaps(marks) {
	const boxes = marks.map((m) => m.label).sort((a, b) => a.y - b.y);
	let count = 0;
	boxes.forEach((a, i) => {
		for (let j = i + 1; j < boxes.length; j++) {
			const b = boxes[j];
			if (b.y >= a.y + a.height) break;
			if (a.x < b.x + b.width && b.x < a.x + a.width) count++;
		}
	});
	return count;
}

/** Script URLs (external module scripts and preloads) and inline module scripts of a page. */
function scriptsOf(dist, page) {
	const html = readFileSync(path.join(dist, page), 'utf8');
	const files = new Set([
		...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]),
		...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
	]);
	const inline = new Set(
		[...html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)]
			.map((m) => m[1])
			.filter((code) => code.trim()),
	);
	return { files, inline };
}

export async function run({ dist }) {
	console.log('## Timeline');
	const { readContent, contentDir, computeTimelineLayout, generateSyntheticTimeline } =
		await loadModules();

	const { story } = readContent(contentDir());
	if (!story) throw new Error('bench: the content does not parse');
	const real = medianTime(() => computeTimelineLayout(story.events, story.phases), 20);
	const synthetic = generateSyntheticTimeline({ events: 2000, phases: 8, seed: 7 });
	const big = medianTime(() => computeTimelineLayout(synthetic.events, synthetic.phases), 3);
	const rows = [real, big].map(({ ms, result: l }, i) => [
		i === 0 ? 'this story' : 'synthetic',
		l.marks.length,
		l.bands.length,
		`${ms.toFixed(1)} ms`,
		`${l.width} × ${l.height}`,
		l.marks.filter((m) => l.lanes[m.lane]?.kind === 'unplaced').length,
		l.bands.filter((b) => b.mode === 'time').length,
		l.ticks.length,
		l.breaks.length,
		l.groups.length,
		countOverlaps(l.marks),
	]);
	table(
		[
			'layout',
			'events',
			'phases',
			'time (median)',
			'size (px)',
			'apart',
			'timed phases',
			'ticks',
			'breaks',
			'groups',
			'overlaps',
		],
		rows,
	);
	console.log('');
	budget('timeline layout, 2,000 synthetic events', big.ms / 1000, 5, (s) => `${s.toFixed(2)} s`);

	// What the timeline page loads beyond a plain page. The timeline's own script is the chunk
	// Astro names after TimelineScript.astro; other extras come from components the page shares
	// with other pages (citations, for instance).
	const page = 'timeline/index.html';
	const plain = 'explainers/index.html';
	const mine = scriptsOf(dist, page);
	const base = scriptsOf(dist, plain);
	const fileSize = (url) =>
		sizes(readFileSync(path.join(dist, url.replace(/^.*?\/_astro\//, '_astro/'))));
	const sum = (list) =>
		list.reduce((a, s) => ({ raw: a.raw + s.raw, gz: a.gz + s.gz }), { raw: 0, gz: 0 });
	const extraFiles = [...mine.files].filter((f) => !base.files.has(f));
	const ownFiles = extraFiles.filter((f) => /timeline/i.test(path.basename(f)));
	const ownInline = [...mine.inline].filter(
		(c) => !base.inline.has(c) && c.includes('timeline-chart'),
	);
	const own = sum([...ownFiles.map(fileSize), ...ownInline.map((c) => sizes(c))]);
	const beyond = sum([
		...extraFiles.map(fileSize),
		...[...mine.inline].filter((c) => !base.inline.has(c)).map((c) => sizes(c)),
	]);
	const w = pageWeight(dist, page);
	console.log(
		`  /timeline/ loads ${kb(beyond.gz)} of JS more than a plain page (/${plain.replace('index.html', '')}), inline scripts included; page total ${kb(w.total.gz)} (HTML ${kb(w.html.gz)}, CSS ${kb(w.css.gz)}, JS files ${kb(w.js.gz)})`,
	);
	console.log(
		`  timeline script: ${[...ownFiles, ...ownInline.map(() => '(inline)')].join(', ') || 'not found'}; ${kb(own.raw)} raw`,
	);
	budget('timeline script (gzip -9)', own.gz > 0 ? own.gz : Infinity, 15_000);
}
