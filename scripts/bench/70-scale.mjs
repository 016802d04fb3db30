// The build at scale: a synthetic story 50 times the size of a typical one, built with its
// own content folder; build time and peak memory against the budgets in PRODUCT.md.
import path from 'node:path';
import { budget, buildSite } from './lib.mjs';
import { writeSyntheticStory } from './synthetic-story.mjs';

export function run() {
	console.log('## Scale: a story 50× larger');
	const content = path.resolve('.bench/synthetic-content');
	const counts = writeSyntheticStory(content, 50);
	console.log(
		`  ${counts.actors} actors, ${counts.claims} claims, ${counts.relations} relations, ${counts.events} events, ${counts.explainers} explainers`,
	);
	const build = buildSite(path.resolve('.bench/synthetic-dist'), {
		EXPLAINER_CONTENT_DIR: content,
	});
	console.log(
		`  astro build ${(build.astroMs / 1000).toFixed(1)} s + search index ${(build.indexMs / 1000).toFixed(1)} s`,
	);
	budget('build time, 50× story', build.ms / 1000, 120, (s) => `${s.toFixed(1)} s`);
	budget('peak memory, 50× story', build.maxRssMb, 1536, (mb) => `${Math.round(mb)} MB`);
}
