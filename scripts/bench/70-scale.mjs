// The build at scale: synthetic stories 1, 50 and 100 times the size of a typical one, each
// built from its own content folder. Build time and peak memory against PRODUCT.md's budgets,
// per-page render time (Astro's own per-page timings) flat from 1× to 100×, and a rebuild of
// the 1× story with nothing changed, whose chart files must all come from the cache. Leaves
// the built folders in ctx.scale for the sections after it (the map at 800 actors).
import path from 'node:path';
import { budget, buildSite, chartCache, pageRenderTimes } from './lib.mjs';
import { writeSyntheticStory } from './synthetic-story.mjs';

/** Scale → [build-time budget in s, memory budget in MB] (PRODUCT.md). */
const BUDGETS = { 1: [15, 1200], 50: [25, 1200], 100: [45, 1200] };

export function run(ctx) {
	console.log('## Scale: synthetic stories 1×, 50× and 100× larger than a typical one');
	ctx.scale = {};
	const rows = [];
	for (const scale of [1, 50, 100]) {
		const content = path.resolve(`.bench/synthetic-${scale}/content`);
		const dist = path.resolve(`.bench/synthetic-${scale}/dist`);
		const counts = writeSyntheticStory(content, scale);
		const build = buildSite(dist, { EXPLAINER_CONTENT_DIR: content });
		const render = pageRenderTimes(build.log);
		ctx.scale[scale] = { content, dist, counts };
		console.log(
			`\n  ${scale}×: ${counts.actors} actors, ${counts.claims} claims, ${counts.relations} relations, ${counts.events} events, ${counts.explainers} explainers; ${render.pages} pages`,
		);
		console.log(
			`  astro build ${(build.astroMs / 1000).toFixed(1)} s + search index ${(build.indexMs / 1000).toFixed(1)} s; per page ${render.mean.toFixed(1)} ms mean, ${render.median.toFixed(1)} ms median`,
		);
		const [seconds, mb] = BUDGETS[scale];
		budget(`build time, ${scale}× story`, build.ms / 1000, seconds, (s) => `${s.toFixed(1)} s`);
		budget(`peak memory, ${scale}× story`, build.maxRssMb, mb, (v) => `${Math.round(v)} MB`);
		rows.push([scale, render.mean]);
		if (scale === 1) {
			const again = buildSite(dist, { EXPLAINER_CONTENT_DIR: content });
			const cache = chartCache(again.log);
			if (cache)
				budget(
					`rebuild with no content change: charts drawn again (${cache.hits} of ${cache.charts} from the cache)`,
					cache.drawn,
					0,
					String,
				);
			else console.log('  OVER    rebuild: no chart cache line in the build log');
		}
	}
	const base = rows[0][1];
	console.log('');
	for (const [scale, mean] of rows.slice(1)) {
		const change = (mean - base) / base;
		const ok = Math.abs(change) <= 0.2;
		console.log(
			`  ${ok ? 'within' : 'OVER  '}  per-page render time ${scale}× vs 1×: ${mean.toFixed(1)} ms vs ${base.toFixed(1)} ms (${change >= 0 ? '+' : ''}${(change * 100).toFixed(0)}%, limit ±20%)`,
		);
	}
}
