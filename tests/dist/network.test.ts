import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-io/read-content';
import { describeAttribution } from '../../src/lib/content/attribution';
import { describeSourcing, lineOf } from '../../src/lib/network/graph';
import { buildStory } from '../../src/lib/content/story';
import { createI18n } from '../../src/i18n';
import { urls } from '../../src/lib/site/urls';
import { BASE, DIST } from '../support/paths';

// The built relationship map against the content it was built from: whatever the story,
// every actor and relation is on the page without JavaScript, with its sources.
const contentDir = path.resolve(process.env['EXPLAINER_CONTENT_DIR'] ?? 'content');
const { story: input } = readContent(contentDir);
if (!input) throw new Error(`content in ${contentDir} does not parse`);
const story = buildStory(input);
const i18n = createI18n(story.lang);
const load = (url: string) =>
	cheerio.load(readFileSync(path.join(DIST, url.slice(BASE.length), 'index.html'), 'utf8'));
const $ = load(urls.network());

describe('/network/', () => {
	it('draws every actor as a node linking to its page, with a deep-link id and a name', () => {
		for (const actor of story.actors.values()) {
			const node = $(`a.network__node[data-node="${actor.id}"]`);
			expect(node, actor.id).toHaveLength(1);
			expect(node.attr('href')).toBe(urls.actor(actor.id));
			expect(node.attr('id')).toBe(`focus=${actor.id}`);
			expect(node.attr('aria-label')).toMatch(
				new RegExp(`^${escapeRegExp(actor.data.name)}, ${actor.data.kind}, `),
			);
			expect(node.hasClass(`network__node--${actor.data.kind}`)).toBe(true);
		}
		expect($('.network__node')).toHaveLength(story.actors.size);
	});

	it('draws every relation in its attribution’s line style (mixed when its claims differ), with an arrowhead when directed', () => {
		for (const relation of story.relations.values()) {
			const edge = $(`[data-edge="${relation.id}"]`);
			expect(edge, relation.id).toHaveLength(1);
			const kinds = story.attributionsOf(relation.data);
			const line = lineOf(kinds);
			expect(line === 'mixed', relation.id).toBe(kinds.length > 1);
			expect(edge.hasClass(`network__edge--${line}`), relation.id).toBe(true);
			expect(edge.attr('data-attributions'), relation.id).toBe(kinds.join(' '));
			expect(edge.attr('aria-label'), relation.id).toMatch(
				new RegExp(`, ${describeSourcing(kinds, i18n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
			);
			const marker = edge.find('.network__line').attr('marker-mid');
			if (relation.data.directed) {
				expect(marker).toBe(`url(#map-arrow-${line})`);
				expect($(`marker[id="map-arrow-${line}"]`)).toHaveLength(1);
			} else expect(marker).toBeUndefined();
			expect(edge.attr('id')).toBe(`edge=${relation.id}`);
			expect(edge.attr('href')).toBe(`#relation-${relation.id}`);
		}
		expect($('.network__edge')).toHaveLength(story.relations.size);
	});

	it('lists every relation in the text twin, with its citations and a link to the map', () => {
		for (const relation of story.relations.values()) {
			const row = $(`[id="relation-${relation.id}"]`);
			expect(row, relation.id).toHaveLength(1);
			const text = row.text();
			for (const end of [relation.data.source, relation.data.target])
				expect(text).toContain(story.actors.get(end)?.data.name);
			expect(text).toContain(relation.data.label);
			expect(row.find('cite-ref a[data-note]').length).toBe(relation.data.claims.length);
			expect(row.find(`a[href="#edge=${relation.id}"]`)).toHaveLength(1);
			// Every attribution the tie rests on has its badge, and mixed sourcing says so.
			const kinds = story.attributionsOf(relation.data);
			expect(row.find('.badge').length, relation.id).toBe(kinds.length);
			for (const kind of kinds) expect(text).toContain(describeAttribution(kind, i18n).label);
			expect(text.includes('Mixed sourcing'), relation.id).toBe(kinds.length > 1);
		}
	});

	it('has a details template for every node and edge, listing claims with their paragraphs', () => {
		for (const actor of story.actors.values())
			expect($(`template[data-node-details="${actor.id}"]`), actor.id).toHaveLength(1);
		for (const relation of story.relations.values()) {
			const template = cheerio.load($(`template[data-edge-details="${relation.id}"]`).html() ?? '');
			for (const claimId of relation.data.claims) {
				const claim = story.claims.get(claimId);
				const item = template(`[data-claim="${claimId}"]`);
				expect(item, `${relation.id} → ${claimId}`).toHaveLength(1);
				for (const n of claim?.data.paragraphs ?? [])
					expect(item.find(`a[href="${urls.source(claim?.data.source ?? '', n)}"]`)).toHaveLength(
						1,
					);
				expect(item.text()).toContain(describeAttribution(claim!.data.attribution, i18n).label);
			}
			expect(template(`a[href="#relation-${relation.id}"]`)).toHaveLength(1);
		}
	});

	it('keeps the chart’s furniture out of the search index, and its twin in it', () => {
		expect($('network-chart').attr('data-pagefind-ignore')).toBe('all');
		expect($('.network-twin').closest('[data-pagefind-ignore]')).toHaveLength(0);
	});
});

describe('/actors/<id>/', () => {
	it('shows a neighbourhood map for an actor with relations, centred on that actor', () => {
		for (const actor of story.actors.values()) {
			const page = load(urls.actor(actor.id));
			const relations = story.relationsOf(actor.id);
			if (relations.length === 0) {
				expect(page('.network'), actor.id).toHaveLength(0);
				continue;
			}
			const focal = page('.network__node--focal');
			expect(focal.attr('data-node'), actor.id).toBe(actor.id);
			for (const r of relations) expect(page(`[data-edge="${r.id}"]`), r.id).toHaveLength(1);
			// The page's own deep-link ids stay on /network/ only.
			expect(page('[id^="focus="]')).toHaveLength(0);
		}
	});
});

/** `text` as a literal inside a regular expression. */
function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
