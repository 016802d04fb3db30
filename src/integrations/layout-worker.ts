/**
 * The worker thread that lays out a story's maps before its pages render (layouts-ahead.ts):
 * each edition's actor neighbourhoods, in the order their pages come, then its whole map.
 * Bundled by esbuild when a build starts, since Node runs a worker's file as it is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readContent } from '../content-io/read-content';
import { layoutsIn } from '../data/layouts-ahead';
import { buildStory } from '../lib/content/story';
import {
	computeNeighbourhoodNetwork,
	computeStoryNetwork,
	useLayoutSource,
} from '../lib/network/graph';

const { contentDir, dir } = workerData as { contentDir: string; dir: string };
const { story: input } = readContent(contentDir);
let laidOut = 0;
if (input) {
	useLayoutSource(layoutsIn(dir, true));
	const first = buildStory(input);
	for (const lang of first.languages) {
		const story = lang === first.lang ? first : buildStory(input, { lang });
		for (const actor of story.actorList) {
			computeNeighbourhoodNetwork(story, actor.id);
			laidOut++;
		}
		computeStoryNetwork(story);
		laidOut++;
	}
}
parentPort?.postMessage({ laidOut });
