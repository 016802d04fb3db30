import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { smallGraph } from '../../lib/network/fixture.test-data';
import { computeNetworkLayout } from '../../lib/network/layout';
import NetworkChart from './NetworkChart.astro';

const layout = computeNetworkLayout(smallGraph());
const container = await AstroContainer.create();
const render = (props: Record<string, unknown>) =>
	// eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- typescript-eslint cannot resolve .astro modules' types; astro check does
	container.renderToString(NetworkChart, {
		props: {
			layout,
			idPrefix: 'test',
			title: 'Test map',
			description: 'A map for tests.',
			details: '/embed/network/details.json',
			...props,
		},
	});

describe('NetworkChart', () => {
	it('draws the fixture as the committed SVG', async () => {
		const $ = cheerio.load(await render({ interactive: false }));
		// One tag per line, so a change shows as a readable diff.
		const svg = $.html($('svg.network__canvas'))
			.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ')
			.replace(/></g, '>\n<');
		await expect(`${svg}\n`).toMatchFileSnapshot('__snapshots__/network-chart.svg');
	});

	it('draws every node as a link to its actor with an accessible name, and every edge', async () => {
		const $ = cheerio.load(await render({ interactive: false }));
		const nodes = $('a.network__node');
		expect(nodes).toHaveLength(layout.nodes.length);
		expect($('a.network__node[href="/actors/ana/"]').attr('aria-label')).toBe(
			'Ana Pérez, person, 4 relations',
		);
		expect($('.network__edge')).toHaveLength(layout.edges.length);
		expect($('[data-node="ministry"] .network__shape').attr('d')).toMatch(/H.*V.*H/);
		expect($('svg').attr('role')).toBe('group');
		expect($('svg title').text()).toBe('Test map');
		expect($('svg desc').text()).toBe('A map for tests.');
		// Edges are never links; without a twin on the page they carry their words for the script.
		expect($('a.network__edge')).toHaveLength(0);
		expect($('[data-edge="luis-sofia"]').attr('data-label')).toBe(
			'Luis Núñez talked with Sofía Ibáñez, on the record',
		);
	});

	it('marks directed edges with an arrowhead of their line style, and undirected ones with none', async () => {
		const $ = cheerio.load(await render({ interactive: false }));
		const markers = new Set(
			$('marker')
				.map((_, m) => $(m).attr('id'))
				.get(),
		);
		const directed = layout.edges.filter((e) => e.directed);
		for (const e of directed) {
			const ref = $(`[data-edge="${e.id}"] .network__line`).attr('marker-mid');
			expect(ref).toBe(`url(#test-arrow-${e.line})`);
			expect(markers.has(`test-arrow-${e.line}`)).toBe(true);
		}
		expect($('[data-edge="ana-luis"] .network__line').attr('marker-mid')).toBeUndefined();
		expect($('.network__edge--dotted')).toHaveLength(
			layout.edges.filter((e) => e.line === 'dotted').length,
		);
	});

	it('gives the main chart deep-link ids, and leaves the ties’ words to the twin’s rows', async () => {
		const $ = cheerio.load(await render({ anchors: true, twin: true, idPrefix: 'map' }));
		expect($('[id="focus=ana"]').is('a.network__node')).toBe(true);
		expect($('[id="edge=ana-bank"]').is('g.network__edge')).toBe(true);
		expect($('network-chart').attr('data-anchors')).toBe('');
		// The script names each tie from the row whose id it is told.
		expect($('network-chart').attr('data-twin')).toBe('relation-');
		expect($('.network__edge[aria-label], .network__edge[data-label]')).toHaveLength(0);
		expect($('[data-network-toolbar][data-script-ui][hidden]')).toHaveLength(1);
		expect($('[data-filter="type"] input')).toHaveLength(4);
		expect($('[data-filter="attribution"] input')).toHaveLength(6);
	});

	it('draws a tie whose claims differ as mixed, names every attribution and keys the pattern', async () => {
		const $ = cheerio.load(await render({ interactive: false }));
		const edge = $('[data-edge="sofia-union"]');
		expect(edge.hasClass('network__edge--mixed')).toBe(true);
		expect(edge.attr('data-attributions')).toBe('official-record single-unnamed-source');
		expect(edge.attr('data-label')).toBe(
			'Sofía Ibáñez talked with Union of Workers, mixed sourcing: official record; single unnamed source',
		);
		expect(edge.find('.network__line').attr('marker-mid')).toBe('url(#test-arrow-mixed)');
		expect($('marker#test-arrow-mixed')).toHaveLength(1);
		// Only that tie is mixed; single-sourced ties keep their own style.
		expect($('.network__edge--mixed')).toHaveLength(1);
		expect($('[data-edge="luis-sofia"]').hasClass('network__edge--solid')).toBe(true);
		const key = $('[data-legend-item]')
			.map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
			.get();
		expect(key.filter((k) => /^Dash-dot line: mixed sourcing/.test(k))).toHaveLength(1);
		expect($('.network-legend__line--mixed')).toHaveLength(1);
	});

	it('names its details file, and carries no hidden copy of the details', async () => {
		const $ = cheerio.load(await render({}));
		expect($('network-chart').attr('data-details')).toBe('/embed/network/details.json');
		expect($('template')).toHaveLength(0);
		await expect(render({ details: undefined })).rejects.toThrow(/needs details/);
	});

	it('renders a static chart without the custom element, panel or controls', async () => {
		const $ = cheerio.load(await render({ interactive: false }));
		expect($('network-chart')).toHaveLength(0);
		expect($('div.network')).toHaveLength(1);
		expect($('[data-network-panel], [data-network-toolbar], script')).toHaveLength(0);
	});

	it('lets two charts share a page without an id clash', async () => {
		const html =
			(await render({ idPrefix: 'one', anchors: true, twin: true })) +
			(await render({ idPrefix: 'two' }));
		const $ = cheerio.load(html);
		const ids = $('[id]')
			.map((_, el) => $(el).attr('id'))
			.get();
		expect(ids.length).toBeGreaterThan(layout.nodes.length);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});
});
