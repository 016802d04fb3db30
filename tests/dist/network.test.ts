import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-io/read-content';
import { describeAttribution } from '../../src/lib/content/attribution';
import type { NetworkDetailsData } from '../../src/lib/network/details';
import { lineOf } from '../../src/lib/network/graph';
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
/** A chart's details file, from its address. */
const readDetails = (url: string) =>
	JSON.parse(readFileSync(path.join(DIST, url.slice(BASE.length)), 'utf8')) as NetworkDetailsData;

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
			// Its words are its twin row's, where the map's script reads them (the browser tests
			// check the names it makes).
			expect(edge.attr('aria-label') ?? edge.attr('data-label'), relation.id).toBeUndefined();
			expect($(`[id="relation-${relation.id}"] .relation-text`), relation.id).toHaveLength(1);
			const marker = edge.find('.network__line').attr('marker-mid');
			if (relation.data.directed) {
				expect(marker).toBe(`url(#map-arrow-${line})`);
				expect($(`marker[id="map-arrow-${line}"]`)).toHaveLength(1);
			} else expect(marker).toBeUndefined();
			expect(edge.attr('id')).toBe(`edge=${relation.id}`);
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
			expect(row.find('cite-ref a').length).toBe(relation.data.claims.length);
			expect(row.find(`a[href="#edge=${relation.id}"]`)).toHaveLength(1);
			// Every attribution the tie rests on has its badge, and mixed sourcing says so.
			const kinds = story.attributionsOf(relation.data);
			expect(row.find('.badge').length, relation.id).toBe(kinds.length);
			for (const kind of kinds) expect(text).toContain(describeAttribution(kind, i18n).label);
			expect(text.includes('Mixed sourcing'), relation.id).toBe(kinds.length > 1);
		}
	});

	it('leaves the details to its details file: every node and edge, claims with their paragraphs', () => {
		expect($('template')).toHaveLength(0);
		expect($('network-chart').attr('data-details')).toBe(urls.networkDetails());
		const details = readDetails(urls.networkDetails());
		expect(Object.keys(details.actors).sort()).toEqual([...story.actors.keys()].sort());
		for (const relation of story.relations.values()) {
			const entry = details.relations[relation.id];
			expect(entry?.claims, relation.id).toEqual(relation.data.claims);
			expect(entry?.attributions, relation.id).toEqual(story.attributionsOf(relation.data));
			for (const claimId of relation.data.claims) {
				const claim = story.claims.get(claimId);
				const item = details.claims[claimId];
				expect(item?.s, `${relation.id} → ${claimId}`).toBe(claim?.data.statement);
				expect(item?.p).toEqual(claim?.data.paragraphs);
				const [, , page] = details.sources[item?.src ?? ''] ?? [];
				for (const n of item?.p ?? [])
					expect(`${page}#p${n}`).toBe(urls.source(claim?.data.source ?? '', n));
				expect(details.kinds[claim!.data.attribution]?.[0]).toBe(
					describeAttribution(claim!.data.attribution, i18n).label,
				);
			}
		}
		// Each page links only its own addresses: the file's links stay inside the site.
		for (const [, href] of Object.values(details.names)) expect(href.startsWith(BASE)).toBe(true);
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
			// Its details come from the file the actor's embed shares, which holds this map only.
			expect(page('network-chart').attr('data-details')).toBe(urls.networkDetails(actor.id));
			const details = readDetails(urls.networkDetails(actor.id));
			expect(Object.keys(details.relations).sort()).toEqual(
				page('[data-edge]')
					.map((_, e) => page(e).attr('data-edge'))
					.get()
					.sort(),
			);
			expect(details.actors[actor.id]?.claims).toEqual(actor.data.claims);
		}
	});
});

/** `text` as a literal inside a regular expression. */
function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
