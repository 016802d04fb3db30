import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../content-io/read-content';
import { validStoryFiles, writeStory } from '../content-io/test-story';
import { layoutsIn } from '../data/layouts-ahead';
import { buildStory } from '../lib/content/story';
import {
	computeNeighbourhoodNetwork,
	computeStoryNetwork,
	useLayoutSource,
	type LayoutSource,
} from '../lib/network/graph';
import { startLayoutWorker, type LayoutWorker } from './layouts-ahead';

// The worker as a build starts it: bundled, run in a thread, importing the packages it needs.
// Its failure only costs the build time (the pages lay out what it did not), so nothing else
// would notice one: a bundle written where its packages do not resolve once went unseen.
describe('the worker that lays out the maps ahead', () => {
	let before: LayoutSource | undefined;
	const cleanup: string[] = [];
	const workers: LayoutWorker[] = [];
	const folder = () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'layout-worker-test-'));
		cleanup.push(dir);
		return dir;
	};
	afterEach(async () => {
		if (before) useLayoutSource(before);
		before = undefined;
		await Promise.all(workers.splice(0).map((w) => w.stop()));
		for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	it("lays out every edition's neighbourhoods and whole map, which the pages then read", async () => {
		const content = writeStory(validStoryFiles());
		const dir = folder();
		const worker = startLayoutWorker(content, dir);
		workers.push(worker);
		const { story: input } = readContent(content);
		if (!input) throw new Error('test story does not parse');
		const story = buildStory(input);
		expect(await worker.result).toEqual({
			laidOut: story.languages.length * (story.actorList.length + 1),
		});
		expect(readdirSync(dir).filter((f) => f.endsWith('.json')).length).toBeGreaterThan(0);

		let laidOutByPages = 0;
		const reading = layoutsIn(dir);
		before = useLayoutSource((graph, options, layOut) =>
			reading(graph, options, () => {
				laidOutByPages++;
				return layOut();
			}),
		);
		for (const actor of story.actorList) computeNeighbourhoodNetwork(story, actor.id);
		computeStoryNetwork(story);
		expect(laidOutByPages).toBe(0);
	}, 30_000);

	it('reports a failure instead of hanging when it cannot write', async () => {
		const notAFolder = path.join(folder(), 'file');
		writeFileSync(notAFolder, '');
		const worker = startLayoutWorker(writeStory(validStoryFiles()), notAFolder);
		workers.push(worker);
		const result = await worker.result;
		expect('failure' in result && result.failure).toMatch(/\S/);
	}, 30_000);
});
