import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import {
	EMBED_CHROME_HEIGHT,
	EMBED_CONTROLS_HEIGHT,
	KEY_ENTRY_HEIGHT,
	KEY_HEADING_HEIGHT,
	buildOEmbed,
	oembedSize,
	type OEmbedChart,
} from './oembed';

const CHART: OEmbedChart = {
	title: 'Who is tied to whom: "A" & <B>',
	pageUrl: 'https://s.test/network/',
	embedUrl: 'https://s.test/embed/network/',
	scriptUrl: 'https://s.test/embed.js',
	providerName: 'The story',
	providerUrl: 'https://s.test/',
	width: 640,
	height: 603,
	thumbnail: { url: 'https://s.test/embed/network/network.png', width: 1984, height: 1660 },
};

describe('oEmbed', () => {
	it('answers with a complete rich response', () => {
		const response = buildOEmbed(CHART);
		expect(response).toMatchObject({
			type: 'rich',
			version: '1.0',
			title: CHART.title,
			provider_name: 'The story',
			provider_url: 'https://s.test/',
			width: 640,
			height: 603,
			thumbnail_url: 'https://s.test/embed/network/network.png',
			thumbnail_width: 1984,
			thumbnail_height: 1660,
		});
		expect(response.cache_age).toBeGreaterThan(0);
		expect(buildOEmbed({ ...CHART, thumbnail: undefined })).not.toHaveProperty('thumbnail_url');
	});

	it('gives WordPress a fallback blockquote, then the iframe sized by attributes, then the resizer', () => {
		const { html } = buildOEmbed(CHART);
		expect(
			html.startsWith('<blockquote class="wp-embedded-content"><a href="https://s.test/network/">'),
		).toBe(true);
		const $ = cheerio.load(html);
		expect($('blockquote a').text()).toBe(CHART.title);
		const iframe = $('iframe');
		expect(iframe.attr('src')).toBe(CHART.embedUrl);
		expect(iframe.attr('title')).toBe(CHART.title);
		expect(iframe.attr('width')).toBe('640');
		expect(iframe.attr('height')).toBe('603');
		expect(iframe.attr('frameborder')).toBe('0');
		expect($('script').attr('src')).toBe(CHART.scriptUrl);
		// Nothing a consumer would run or that escapes its attribute.
		expect(html).not.toContain('<B>');
		expect(html).toContain('title="Who is tied to whom: &quot;A&quot; &amp; &lt;B&gt;"');
	});

	it('sizes the iframe from the chart’s aspect ratio at the column width, and what surrounds it', () => {
		const shape = {
			chartWidth: 960,
			chartHeight: 680,
			fit: 'scale' as const,
			controls: false,
			keyEntries: 0,
		};
		expect(oembedSize(shape, 640)).toEqual({
			width: 640,
			height: Math.ceil(680 * (616 / 960) + EMBED_CHROME_HEIGHT),
		});
		// A chart smaller than the column keeps its size; one that scrolls keeps it too.
		expect(oembedSize({ ...shape, chartWidth: 320, chartHeight: 200 }, 640).height).toBe(
			200 + EMBED_CHROME_HEIGHT,
		);
		expect(oembedSize({ ...shape, fit: 'scroll' }, 640).height).toBe(680 + EMBED_CHROME_HEIGHT);
		// Controls and a key add their room.
		expect(oembedSize({ ...shape, controls: true, keyEntries: 2 }, 640).height).toBe(
			oembedSize(shape, 640).height +
				EMBED_CONTROLS_HEIGHT +
				KEY_HEADING_HEIGHT +
				2 * KEY_ENTRY_HEIGHT,
		);
	});
});
