import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import { computeTimelineLayouts } from '../../lib/timeline/layout';
import { timelineFixture } from '../../lib/timeline/fixture';
import TimelineChart from './TimelineChart.astro';

const fixture = timelineFixture();
const { narrow: layout, wide } = computeTimelineLayouts(fixture.events, fixture.phases);

/**
 * The chart's SVG as a standalone file, one tag per line so that a diff points at the element
 * that changed (it opens in a browser too, unstyled).
 */
const standaloneSvg = (html: string) => {
	const svg = load(html)('svg.tl-svg--narrow');
	svg.attr('xmlns', 'http://www.w3.org/2000/svg');
	return `${load('').html(svg).replace(/>\s*</g, '>\n<').trim()}\n`;
};

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

const render = (props: Record<string, unknown>) =>
	// typescript-eslint cannot read the types of .astro modules; `astro check` covers this call.
	// eslint-disable-next-line @typescript-eslint/no-unsafe-argument
	container.renderToString(TimelineChart, { props: { layout, idPrefix: 'fx', ...props } });

describe('<TimelineChart>', () => {
	test('draws the fixture as SVG, matching the committed snapshot', async () => {
		const html = await render({ interactive: false });
		await expect(standaloneSvg(html)).toMatchFileSnapshot(
			'./__snapshots__/TimelineChart.fixture.svg',
		);
	});

	test('links every mark to its event on the timeline, with a text alternative', async () => {
		const $ = load(await render({ interactive: false }));
		for (const m of layout.marks) {
			const link = $(`a#fx-event-${m.id}`);
			expect(link.attr('href'), m.id).toBe(`/timeline/#event=${m.id}`);
			expect(link.attr('aria-label')).toBe(m.description);
			expect(link.find('text').text()).toBe(m.titleLines.map((l) => l.text).join(' '));
		}
	});

	test('marks the disputed date with a symbol and words, and links its note', async () => {
		const $ = load(await render({ interactive: false }));
		const raid = $('g.tl-mark[data-event="fx-raid"]');
		expect(raid.find('path.tl-disputed')).toHaveLength(1);
		expect(raid.find('.tl-mark__meta').text()).toMatch(/disputed/);
		expect(raid.find('a.tl-note').attr('href')).toBe('/explainers/fx-note/');
		expect($('svg.tl-svg path.tl-disputed')).toHaveLength(1);
	});

	test('uses no inline style and no unscoped ids', async () => {
		const html = await render({ interactive: true });
		const $ = load(html);
		expect($('[style]')).toHaveLength(0);
		for (const el of $('[id]').toArray()) expect($(el).attr('id')).toMatch(/^fx(-|$)/);
		expect($('[data-pagefind-ignore="all"]').first().is('timeline-chart')).toBe(true);
	});

	test('renders controls, details panel and the custom element only when interactive', async () => {
		const on = load(await render({ interactive: true }));
		expect(on('timeline-chart')).toHaveLength(1);
		expect(on('.tl-controls[data-script-ui][hidden]')).toHaveLength(1);
		expect(on('.tl-details[hidden]')).toHaveLength(1);
		const phases = new Set(layout.bands.filter((b) => b.id).map((b) => b.id));
		expect(on('[data-filter-phase] option')).toHaveLength(phases.size + 1);
		expect(on('[data-filter-actor] option')).toHaveLength(layout.actors.length + 1);
		const off = load(await render({ interactive: false }));
		expect(off('timeline-chart, .tl-controls, .tl-details, script')).toHaveLength(0);
	});

	test('draws the wide drawing too when given, with ids of its own', async () => {
		const $ = load(await render({ interactive: true, wide }));
		expect($('svg.tl-svg--narrow .tl-mark')).toHaveLength(layout.marks.length);
		expect($('svg.tl-svg--wide .tl-mark')).toHaveLength(wide.marks.length);
		// The wide drawing comes first: chart downloads take the first large SVG.
		expect($('svg.tl-svg').first().hasClass('tl-svg--wide')).toBe(true);
		const ids = $('[id]')
			.toArray()
			.map((el) => $(el).attr('id'));
		expect(new Set(ids).size).toBe(ids.length);
		expect($('svg.tl-svg--wide a#fx-w-event-fx-raid')).toHaveLength(1);
	});

	test('explains only the keys it uses', async () => {
		const $ = load(await render({ interactive: false }));
		expect($('.tl-legend li')).toHaveLength(layout.keys.length);
		expect($('.tl-legend li').text()).not.toMatch(/Zigzag/);
		const dated = load(
			await render({ interactive: false, layout: { ...layout, keys: ['day', 'axis-time'] } }),
		);
		expect(dated('.tl-legend li')).toHaveLength(2);
		expect(dated('.tl-legend').text()).not.toMatch(/disputed/i);
	});

	test('draws the events not placed in time in their own labelled box', async () => {
		const $ = load(await render({ interactive: false }));
		expect($('.tl-unplaced__title').text()).toBe('Not placed in time');
		const apart = $('.tl-mark[data-lane="unplaced"]')
			.toArray()
			.map((el) => $(el).attr('data-event'));
		expect(apart.sort()).toEqual(['fx-feud', 'fx-feud-ends']);
	});
});
