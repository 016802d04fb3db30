// The relationship map: layout time for the real story and for a synthetic story of 600
// actors and 1,500 relations, what the synthetic map page weighs and how it behaves in a
// browser, and the map's script against its 15 KB budget.
import './ts-resolve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { budget, buildSite, kb, medianTime, sizes, table } from './lib.mjs';
import { createSyntheticGraph, toNetworkGraph, writeSyntheticStory } from './synthetic-graph.mjs';

const { readContent } = await import('../../src/content-io/read-content.ts');
const { buildStory } = await import('../../src/lib/content/story.ts');
const { computeStoryNetwork, lineOf } = await import('../../src/lib/network/graph.ts');
const { computeNetworkLayout } = await import('../../src/lib/network/layout.ts');

const ACTORS = 600;
const RELATIONS = 1500;

/** Script files a page loads (external and statically imported), as URLs. */
function scriptUrls(dist, page) {
	const html = readFileSync(path.join(dist, page), 'utf8');
	const urls = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]));
	const queue = [...urls];
	while (queue.length) {
		const url = queue.shift();
		const code = readFileSync(path.join(dist, url), 'utf8');
		for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
			const next = new URL(m[1], `http://x${url}`).pathname;
			if (!urls.has(next)) {
				urls.add(next);
				queue.push(next);
			}
		}
	}
	return urls;
}

const gzOf = (dist, urls) =>
	[...urls].reduce((sum, url) => sum + sizes(readFileSync(path.join(dist, url))).gz, 0);

/** Section of an HTML page matched by a pattern, raw and gzipped. */
function part(html, pattern) {
	const found = html.match(pattern)?.[0] ?? '';
	const s = sizes(found);
	return `${kb(s.raw)} raw, ${kb(s.gz)} gz`;
}

/** Loads the synthetic map in Chromium and times what a reader does first. */
async function browse(dist) {
	const executablePath = CHROMIUM_PATH;
	if (!existsSync(executablePath)) return undefined;
	const { chromium } = await import('@playwright/test');
	const { serveStatic } = await import('../../tests/support/server.ts');
	const server = await serveStatic(dist);
	const browser = await chromium.launch({
		executablePath,
		args: CHROMIUM_ARGS,
	});
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const started = performance.now();
		await page.goto(`${server.url}network/`);
		await page.waitForSelector('network-chart[data-enhanced]');
		const ready = performance.now() - started;
		const labels = () => page.locator('network-chart .network__label.is-shown').count();
		const shownAtFull = await labels();
		const node = page.locator('network-chart [data-node] .network__shape').first();
		const clicked = performance.now();
		await node.click();
		await page.waitForSelector('network-chart [data-network-panel]:not([hidden])');
		const select = performance.now() - clicked;
		const zoomed = performance.now();
		for (let i = 0; i < 6; i++) await page.click('network-chart [data-zoom="in"]');
		const zoom = (performance.now() - zoomed) / 6;
		const shownAt8x = await labels();
		return { ready, select, zoom, shownAtFull, shownAt8x };
	} finally {
		await browser.close();
		await server.close();
	}
}

export async function run({ dist }) {
	console.log('## Relationship map');

	const { story: input } = readContent(
		path.resolve(process.env.EXPLAINER_CONTENT_DIR ?? 'content'),
	);
	const story = buildStory(input);
	const real = medianTime(() => computeStoryNetwork(story), 5);
	console.log(
		`  layout, this story (${story.actors.size} actors, ${story.relations.size} relations): ${real.ms.toFixed(0)} ms (median of 5)`,
	);

	const synthetic = createSyntheticGraph({ actors: ACTORS, relations: RELATIONS });
	const graph = toNetworkGraph(synthetic, lineOf);
	const big = medianTime(() => computeNetworkLayout(graph), 3);
	const levels = big.result.nodes.map((n) => n.label.level);
	const shownAt = (index) => levels.filter((l) => l !== null && l <= index).length;
	console.log(
		`  layout, synthetic (${ACTORS} actors, ${RELATIONS} relations): ${(big.ms / 1000).toFixed(2)} s (median of 3)`,
	);
	budget('synthetic layout time', big.ms / 1000, 10, (s) => `${s.toFixed(2)} s`);
	// Level 8 is one map unit per pixel (960 px wide, unzoomed); each 4 levels double the zoom.
	console.log(
		`  synthetic labels that fit, at 960 px: ${shownAt(8)} of ${ACTORS} unzoomed, ${shownAt(12)} at 2×, ${shownAt(20)} at 8×; the rest show on hover, focus and selection`,
	);

	console.log('\n  The map script (gzip -9)');
	const networkScripts = scriptUrls(dist, 'network/index.html');
	const plainScripts = scriptUrls(dist, 'explainers/index.html');
	const own = new Set([...networkScripts].filter((u) => !plainScripts.has(u)));
	table(
		['chunk', 'raw', 'gz'],
		[...own].map((u) => {
			const s = sizes(readFileSync(path.join(dist, u)));
			return [u, kb(s.raw), kb(s.gz)];
		}),
	);
	budget('JS the map adds over a plain page (/explainers/)', gzOf(dist, own), 15_000);
	console.log(`  all JS on /network/: ${kb(gzOf(dist, networkScripts))} gz`);

	console.log(`\n  Synthetic story site (${ACTORS} actors, ${RELATIONS} relations)`);
	const root = path.resolve('.bench/network-synthetic');
	const content = path.join(root, 'content');
	const syntheticDist = path.join(root, 'dist');
	rmSync(content, { recursive: true, force: true });
	writeSyntheticStory(content, synthetic);
	const build = buildSite(syntheticDist, { EXPLAINER_CONTENT_DIR: content });
	console.log(
		`  build ${(build.ms / 1000).toFixed(1)} s (astro ${(build.astroMs / 1000).toFixed(1)} s, search ${(build.indexMs / 1000).toFixed(1)} s), peak memory ${Math.round(build.maxRssMb)} MB`,
	);
	const html = readFileSync(path.join(syntheticDist, 'network/index.html'), 'utf8');
	const page = sizes(html);
	console.log(`  /network/ HTML: ${kb(page.raw)} raw, ${kb(page.gz)} gz`);
	console.log(`    chart SVG: ${part(html, /<svg class="network__canvas"[\s\S]*?<\/svg>/)}`);
	console.log(
		`    details templates: ${part(html, /<div hidden data-network-templates>[\s\S]*?<\/network-chart>/)}`,
	);
	console.log(
		`    text twin: ${part(html, /<section class="network-twin[^"]*"[\s\S]*<\/section>/)}`,
	);
	const browsed = await browse(syntheticDist);
	if (browsed)
		console.log(
			`  in Chromium (1280 px): enhanced ${browsed.ready.toFixed(0)} ms after navigation; a click opens details in ${browsed.select.toFixed(0)} ms; a zoom step ${browsed.zoom.toFixed(0)} ms; labels shown ${browsed.shownAtFull} unzoomed, ${browsed.shownAt8x} at 8×`,
		);
	else console.log('  (no Chromium: browser timings skipped)');
}
