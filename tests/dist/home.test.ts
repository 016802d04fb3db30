import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-io/read-content';
import { buildStory } from '../../src/lib/content/story';
import { BASE, DIST } from '../support/paths';

// The home page opens with the story at a glance: previews of the map and the timeline, drawn
// in the HTML at build time, each with a text alternative and a link to its full chart.
const contentDir = path.resolve(process.env['EXPLAINER_CONTENT_DIR'] ?? 'content');
const { story: input } = readContent(contentDir);
if (!input) throw new Error(`content in ${contentDir} does not parse`);
const story = buildStory(input);
const $ = cheerio.load(readFileSync(path.join(DIST, 'index.html'), 'utf8'));
const previews = $('main figure.preview');

describe('the home page’s chart previews', () => {
	it('come before the brief, the explainers and the sources', () => {
		expect(previews.length).toBe(2);
		const html = $('main').html() ?? '';
		const firstPreview = html.indexOf('class="preview"');
		expect(firstPreview).toBeGreaterThan(html.indexOf('<h1'));
		expect(firstPreview).toBeLessThan(html.indexOf('class="brief"'));
		expect(firstPreview).toBeLessThan(html.indexOf('class="notes"'));
	});

	for (const [chart, page] of [
		['map', 'network/'],
		['timeline', 'timeline/'],
	] as const) {
		it(`draw the ${chart} as SVG with a text alternative and a link to the full chart`, () => {
			const figure = previews.filter((_, el) => $(el).find(`a[href="${BASE}${page}"]`).length > 0);
			expect(figure.length, `a preview linking to /${page}`).toBe(1);
			const svg = figure.find('svg[role="img"]');
			expect(svg.length).toBe(1);
			const labelledBy = (svg.attr('aria-labelledby') ?? '').split(' ');
			const alt = labelledBy.map((id) => $(`[id="${id}"]`).text().trim());
			expect(alt.every((text) => text.length > 0)).toBe(true);
			expect(alt.join(' ').split(/\s+/).length).toBeGreaterThan(8);
			expect(svg.find('path').length).toBeGreaterThan(3);
		});
	}

	it('name on the map preview only actors of the story, every one of them in its text alternative', () => {
		const map = previews.first();
		const names = new Set([...story.actors.values()].map((a) => a.data.name));
		const drawn = map
			.find('svg text')
			.map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
			.get();
		expect(drawn.length).toBeGreaterThan(2);
		for (const name of drawn) expect(names, name).toContain(name);
		const desc = map.find('svg desc').text();
		for (const name of drawn) expect(desc).toContain(name);
	});

	it('show the timeline’s disputed date as reported, flagged, and never on a scale of its own', () => {
		const disputed = [...story.events.values()].filter((e) => e.data.flags.includes('disputed'));
		const timeline = previews.last();
		if (disputed.length === 0) return;
		expect(timeline.find('.tp-disputed').length).toBe(disputed.length);
		expect(timeline.find('.tp-disputed').text()).toMatch(/⚠/);
	});
});
