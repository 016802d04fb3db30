import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../content-io/read-content';
import { validStoryFiles, writeStory } from '../content-io/test-story';
import { buildStory, type Story } from '../lib/content/story';
import {
	computeNeighbourhoodNetwork,
	computeStoryNetwork,
	useLayoutSource,
	type LayoutSource,
} from '../lib/network/graph';
import { layoutsIn } from './layouts-ahead';

/** A fresh story object each time: layouts are remembered per story. */
function story(): Story {
	const { story: input } = readContent(writeStory(validStoryFiles()));
	if (!input) throw new Error('test story does not parse');
	return buildStory(input);
}

/** Sets the pages' source over `dir`, counting the layouts they lay out themselves. */
function readAsPages(dir: string): { laidOut: number } {
	const counts = { laidOut: 0 };
	const reading = layoutsIn(dir);
	useLayoutSource((graph, options, layOut) =>
		reading(graph, options, () => {
			counts.laidOut++;
			return layOut();
		}),
	);
	return counts;
}

describe('layouts laid out ahead', () => {
	let before: LayoutSource | undefined;
	const dirs: string[] = [];
	const folder = () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'layouts-ahead-test-'));
		dirs.push(dir);
		return dir;
	};
	afterEach(() => {
		if (before) useLayoutSource(before);
		before = undefined;
		for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	it('are read by the pages as the worker laid them out, without laying out again', () => {
		const dir = folder();
		const first = story();
		const actor = first.actorList[0]?.id ?? '';
		before = useLayoutSource(layoutsIn(dir, true));
		const written = {
			map: computeStoryNetwork(first),
			actor: computeNeighbourhoodNetwork(first, actor),
		};
		expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(2);
		const pages = readAsPages(dir);
		const second = story();
		expect(computeStoryNetwork(second)).toEqual(written.map);
		expect(computeNeighbourhoodNetwork(second, actor)).toEqual(written.actor);
		expect(pages.laidOut).toBe(0);
	});

	it('give the layout the pages would lay out themselves', () => {
		const own = story();
		const ahead = story();
		const dir = folder();
		before = useLayoutSource(layoutsIn(dir, true));
		for (const a of ahead.actorList) computeNeighbourhoodNetwork(ahead, a.id);
		const pages = readAsPages(dir);
		const read = story();
		const fromFolder = read.actorList.map((a) => computeNeighbourhoodNetwork(read, a.id));
		expect(pages.laidOut).toBe(0);
		useLayoutSource(before);
		own.actorList.forEach((a, i) => {
			expect(fromFolder[i], a.id).toEqual(computeNeighbourhoodNetwork(own, a.id));
		});
	});

	it('that are not there yet, the pages lay out themselves', () => {
		const dir = folder();
		before = useLayoutSource(layoutsIn(dir));
		const pages = readAsPages(dir);
		const s = story();
		expect(computeStoryNetwork(s).nodes.length).toBe(s.actorList.length);
		expect(pages.laidOut).toBe(1);
		// Pages never write: the folder stays the worker's.
		expect(readdirSync(dir)).toHaveLength(0);
	});
});
