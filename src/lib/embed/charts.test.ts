import { describe, expect, it } from 'vitest';
import { readContent } from '../../content-io/read-content';
import { validStoryFiles, writeStory } from '../../content-io/test-story';
import { buildStory } from '../content/story';
import { MAX_PNG_PIXELS, MAX_PNG_WIDTH, findChartFiles, listActorsWithChartFiles } from './charts';

function story() {
	const dir = writeStory(validStoryFiles());
	const { story: input } = readContent(dir, dir);
	if (!input) throw new Error('test story does not read');
	return buildStory(input);
}

describe('findChartFiles', () => {
	it('offers an SVG always and a PNG only while its bitmap stays reasonable', () => {
		const s = story();
		expect(findChartFiles(s, 'timeline', 960, 2000)?.png).toMatch(/timeline\.png$/);
		expect(findChartFiles(s, 'timeline', 960)?.png).toMatch(/timeline\.png$/);
		// Too wide, or too many pixels (a very tall timeline): the SVG alone.
		const wide = findChartFiles(s, 'timeline', MAX_PNG_WIDTH, 100);
		expect(wide?.svg).toMatch(/timeline\.svg$/);
		expect(wide?.png).toBeUndefined();
		const tall = findChartFiles(s, 'timeline', 800, MAX_PNG_PIXELS / (4 * 800) + 1);
		expect(tall?.svg).toMatch(/timeline\.svg$/);
		expect(tall?.png).toBeUndefined();
	});

	it('gives actors with ties their neighbourhood files, asked once per story', () => {
		const s = story();
		expect(listActorsWithChartFiles(s)).toBe(listActorsWithChartFiles(s));
		expect([...listActorsWithChartFiles(s)].sort()).toEqual(['a', 'b']);
		expect(findChartFiles(s, 'network/a', 960)?.svg).toMatch(/network-a\.svg$|a\.svg$/);
		expect(findChartFiles(s, 'network/nobody', 960)).toBeUndefined();
	});
});
