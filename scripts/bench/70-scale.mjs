// The build at scale: synthetic stories 1, 50 and 100 times the size of a typical one, each
// built from its own content folder, in one language (the goals are for a one-language story;
// a second language doubles the pages, and is measured apart at 1×). Every build starts from
// an empty chart cache, so it draws every chart file and share card: the first build of a
// story. Build time and peak memory against PRODUCT.md's budgets, CPU time beside them (the
// steadier figure on a loaded machine), per-page render time (Astro's own per-page timings)
// flat from 1× to 100×, force layouts run once per actor and shared by every page, embed and
// edition, and a rebuild of the 1× story with nothing changed, whose chart files and cards
// must all come from the cache. Leaves the built folders in ctx.scale for the sections after
// it (the map at 800 actors).
import './ts-resolve.mjs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { rmSync, writeFileSync } from 'node:fs';
import { budget, buildSite, chartCache, pageRenderTimes, sameMixRender } from './lib.mjs';
import { writeSyntheticStory } from './synthetic-story.mjs';

/** Scale → [build-time budget in s, memory budget in MB] (PRODUCT.md). */
const BUDGETS = { 1: [15, 1200], 50: [25, 1200], 100: [45, 1200] };

/** A change as a signed percentage: "+4%", "-12%". */
const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;

/** Builds a synthetic story at a scale from an empty cache; returns what the lines need. */
function buildScale(name, scale, languages = []) {
	const root = path.resolve(`.bench/${name}`);
	const content = path.join(root, 'content');
	const dist = path.join(root, 'dist');
	const cache = path.join(root, 'cache');
	rmSync(cache, { recursive: true, force: true });
	const counts = writeSyntheticStory(content, scale, languages);
	const env = { EXPLAINER_CONTENT_DIR: content, CONTENT_CACHE_DIR: cache };
	const load = loadavg()[0];
	const build = buildSite(dist, env);
	// Kept for a closer look: every page's render time is in it.
	writeFileSync(path.join(root, 'build.log'), build.log);
	return { content, dist, env, counts, build, render: pageRenderTimes(build.log), load };
}

/** The lines of one build: what it holds, its time, CPU, memory and per-page render. */
function report(label, scale, { counts, build, render, load }) {
	const languages = counts.languages === 1 ? 'one language' : `${counts.languages} languages`;
	console.log(
		`\n  ${label}: ${counts.actors} actors, ${counts.claims} claims, ${counts.relations} relations, ${counts.events} events, ${counts.explainers} explainers, ${languages}; ${render.pages} pages`,
	);
	console.log(
		`  astro build ${(build.astroMs / 1000).toFixed(1)} s + search index ${(build.indexMs / 1000).toFixed(1)} s; CPU ${build.cpuS.toFixed(1)} s; per page ${render.mean.toFixed(1)} ms mean, ${render.median.toFixed(1)} ms median; load average ${load.toFixed(1)} on ${cpus().length} cores at the start`,
	);
	const ahead =
		/(\d+) map layout\(s\) read by the pages, laid out ahead \((\d+) in all\), (\d+) laid out by the pages/.exec(
			build.log,
		);
	if (ahead)
		console.log(
			`  map layouts: ${ahead[1]} read by the pages, laid out ahead by a worker thread while the site bundled (${ahead[2]} in all); ${ahead[3]} laid out by the pages themselves`,
		);
	const [seconds, mb] = BUDGETS[scale];
	budget(`build time, ${label}, empty cache`, build.ms / 1000, seconds, (s) => `${s.toFixed(1)} s`);
	budget(
		`peak memory, ${label} (astro build ${Math.round(build.astroRssMb)} MB, search index ${Math.round(build.indexRssMb)} MB)`,
		build.maxRssMb,
		mb,
		(v) => `${Math.round(v)} MB`,
	);
}

/**
 * Runs the force layouts the way a build's pages ask for them (the map page and its embed,
 * each actor's page, embed and details file) in every edition of a story, and counts the
 * simulations that ran.
 */
async function countLayouts(content, languages) {
	const { readContent } = await import('../../src/content-io/read-content.ts');
	const { buildStory } = await import('../../src/lib/content/story.ts');
	const { computeNeighbourhoodNetwork, computeStoryNetwork } =
		await import('../../src/lib/network/graph.ts');
	const { countSimulations } = await import('../../src/lib/network/layout.ts');
	const { story: input } = readContent(content);
	const before = countSimulations();
	let asked = 0;
	for (const lang of [input.site.data.lang, ...languages]) {
		const story = buildStory(input, { lang });
		for (let use = 0; use < 2; use++) {
			computeStoryNetwork(story);
			asked++;
		}
		for (const actor of story.actorList)
			for (let use = 0; use < 3; use++) {
				computeNeighbourhoodNetwork(story, actor.id);
				asked++;
			}
	}
	return { asked, ran: countSimulations() - before, actors: input.actors.length };
}

export async function run(ctx) {
	console.log('## Scale: synthetic stories 1×, 50× and 100× larger than a typical one');
	ctx.scale = {};
	const rows = [];
	for (const scale of [1, 50, 100]) {
		const built = buildScale(`synthetic-${scale}`, scale);
		ctx.scale[scale] = { content: built.content, dist: built.dist, counts: built.counts };
		report(`${scale}× story`, scale, built);
		rows.push([scale, built.render]);
		if (scale === 1) {
			const again = buildSite(built.dist, built.env);
			const cache = chartCache(again.log);
			const cards = /wrote (\d+) share card\(s\), (\d+) drawn/.exec(again.log);
			if (cache)
				budget(
					`rebuild with no content change (${(again.ms / 1000).toFixed(1)} s): charts drawn again (${cache.hits} of ${cache.charts} from the cache)`,
					cache.drawn,
					0,
					String,
				);
			else console.log('  OVER    rebuild: no chart cache line in the build log');
			if (cards)
				budget(
					`rebuild with no content change: share cards drawn again (of ${cards[1]})`,
					Number(cards[2]),
					0,
					String,
				);
			// The same story in two languages: every page twice, the same budgets (PRODUCT.md).
			const two = buildScale('synthetic-1-es', 1, ['es']);
			report('1× story in two languages', 1, two);
		}
	}
	// Flat means the same kind of page costs the same at every scale. Over all pages the mean
	// also moves with the mix (a bigger story is mostly actor pages and their embeds), so the
	// band is judged on the kinds of page a bigger story has more of, in the 1× story's mix,
	// each kind at its time in the bigger build. The pages every story has the same number of
	// (the map, the timeline, the data files) each cover the whole story, so their time grows
	// with it: printed apart.
	const base = rows[0][1];
	console.log('');
	for (const [scale, render] of rows.slice(1)) {
		const mix = sameMixRender(base, render);
		const change = (mix.big - mix.small) / mix.small;
		const ok = Math.abs(change) <= 0.2;
		const all = (render.mean - base.mean) / base.mean;
		console.log(
			`  ${ok ? 'within' : 'OVER  '}  per-page render time ${scale}× vs 1×, the kinds of page a bigger story has more of (the 1× story's ${mix.pages}, each kind at its median): ${mix.big.toFixed(1)} ms vs ${mix.small.toFixed(1)} ms (${pct(change)}, limit ±20%); at their means ${mix.bigMean.toFixed(1)} vs ${mix.smallMean.toFixed(1)} ms; over all pages ${render.mean.toFixed(1)} vs ${base.mean.toFixed(1)} ms (${pct(all)})`,
		);
		console.log(
			`          the ${mix.whole.pages} pages that each cover the whole story: ${(mix.whole.big / 1000).toFixed(1)} s in all vs ${(mix.whole.small / 1000).toFixed(2)} s (${(mix.whole.big / mix.whole.small).toFixed(0)}× for a story ${scale}× larger)`,
		);
	}
	const layouts = await countLayouts(ctx.scale[50].content, ['es']);
	budget(
		`force layouts run for the 50× story in two editions, asked ${layouts.asked} times (map page and embed, each actor's page, embed and details): one per actor plus the map`,
		layouts.ran,
		layouts.actors + 1,
		String,
	);
}
