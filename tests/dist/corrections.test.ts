import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content-io/collections';
import { readContent } from '../../src/content-io/read-content';
import type { PageKey } from '../../src/lib/content/corrections';
import { buildStory } from '../../src/lib/content/story';
import { ATOM_NS, checkAtom, parseXml, type XmlElement } from '../support/atom';
import { BASE, DIST } from '../support/paths';

// The corrections log as built: the /corrections/ page, the Atom feed, and the "Updated" note
// on every page and embed a correction changed, and on no other.

const { story: input } = readContent(contentDir());
if (!input) throw new Error(`the content in ${contentDir()} does not parse`);
const story = buildStory(input);
const html = (rel: string) => cheerio.load(readFileSync(path.join(DIST, rel), 'utf8'));
const feedXml = readFileSync(path.join(DIST, 'corrections.xml'), 'utf8');

/** The built file of a page key. */
function fileOf(key: PageKey): string {
	const [kind, id = ''] = key.split(/:(.*)/s);
	const folder: Record<string, string> = {
		home: '',
		actor: `actors/${id}/`,
		explainer: `explainers/${id}/`,
		source: `sources/${id}/`,
		embed:
			id === 'timeline'
				? 'embed/timeline/'
				: id === 'network'
					? 'embed/network/'
					: `embed/network/${id.replace(/^network:/, '')}/`,
		embeds: 'embed/',
	};
	return `${folder[kind ?? ''] ?? `${kind ?? ''}/`}index.html`;
}

const allKeys: PageKey[] = [
	'home',
	'explainers',
	'actors',
	'timeline',
	'network',
	'evidence',
	'sources',
	'data',
	'embeds',
	'embed:timeline',
	'embed:network',
	...story.actorList.flatMap((a): PageKey[] => [`actor:${a.id}`, `embed:network:${a.id}`]),
	...story.explainerList.map((e): PageKey => `explainer:${e.id}`),
	...story.sourceList.map((s): PageKey => `source:${s.id}`),
];
const pageKeys = allKeys.filter((key) => existsSync(path.join(DIST, fileOf(key))));

describe('/corrections/', () => {
	const $ = html('corrections/index.html');

	it('lists every correction, newest first, with what changed, why and where', () => {
		const items = $('.corrections-log > li');
		expect(items.map((_, li) => $(li).attr('id')).get()).toEqual(
			story.corrections.map((c) => `correction-${c.id}`),
		);
		for (const c of story.corrections) {
			const item = $(`[id="correction-${c.id}"]`);
			expect(item.find('time').attr('datetime')).toBe(c.data.date);
			const text = item.text().replace(/\s+/g, ' ');
			for (const part of [c.data.summary, c.data.changed, c.data.why])
				expect(text).toContain(part.replace(/\s+/g, ' ').trim());
			expect(item.find('dd a').length, c.id).toBeGreaterThan(0);
		}
		if (story.corrections.length === 0) expect($('[data-corrections-empty]')).toHaveLength(1);
	});

	it('is linked from every page footer, and every page points feed readers at the feed', () => {
		for (const key of pageKeys.filter((k) => !k.startsWith('embed:'))) {
			const page = html(fileOf(key));
			expect(page(`footer a[href="${BASE}corrections/"]`), key).toHaveLength(1);
			expect(
				page(`link[rel="alternate"][type="application/atom+xml"][href="${BASE}corrections.xml"]`),
				key,
			).toHaveLength(1);
		}
	});
});

describe('/corrections.xml', () => {
	let feed: XmlElement;

	it('is well-formed XML and a valid Atom 1.0 feed', () => {
		feed = parseXml(feedXml);
		expect(checkAtom(feed)).toEqual([]);
	});

	it('has one entry per correction, newest first, linking to its place on the page', () => {
		feed = parseXml(feedXml);
		const entries = feed.children.filter((c) => c.name === 'entry');
		expect(entries).toHaveLength(story.corrections.length);
		for (const [i, c] of story.corrections.entries()) {
			const entry = entries[i]!;
			const child = (name: string) => entry.children.find((k) => k.name === name);
			expect(child('title')?.text).toBe(c.data.summary);
			expect(child('updated')?.text).toBe(`${c.data.date}T00:00:00Z`);
			const href = new URL(child('link')?.attributes['href'] ?? '');
			expect(href.pathname).toBe(`${BASE}corrections/`);
			expect(href.hash).toBe(`#correction-${c.id}`);
		}
		const updated = feed.children.find(
			(c) => c.name === 'updated' && c.attributes['xmlns:uri'] === ATOM_NS,
		);
		if (story.corrections[0])
			expect(updated?.text).toBe(`${story.corrections[0].data.date}T00:00:00Z`);
	});
});

describe('the "Updated" note', () => {
	it('is on every page and embed a correction changed, with each of its corrections, and on no other', () => {
		const wrong: string[] = [];
		for (const key of pageKeys) {
			const page = html(fileOf(key));
			const expected = story.correctionsFor(key);
			if (key.startsWith('embed:')) {
				const shown = page('.embed-updated[data-corrections] a').attr('href');
				const latest = expected[0];
				if ((shown ?? null) !== (latest ? `${BASE}corrections/#correction-${latest.id}` : null))
					wrong.push(`${key}: shows ${shown ?? 'nothing'}, expected ${latest?.id ?? 'nothing'}`);
			} else {
				const shown = page('.correction-note [data-correction]')
					.map((_, li) => page(li).attr('data-correction'))
					.get();
				if (shown.join(' ') !== expected.map((c) => c.id).join(' '))
					wrong.push(
						`${key}: shows [${shown.join(', ')}], expected [${expected.map((c) => c.id).join(', ')}]`,
					);
			}
			const modified = page('meta[property="article:modified_time"]').attr('content');
			if ((modified ?? null) !== (story.modifiedOn(key) ?? null))
				wrong.push(
					`${key}: article:modified_time ${modified ?? 'none'}, expected ${story.modifiedOn(key) ?? 'none'}`,
				);
		}
		expect(wrong).toEqual([]);
		expect(pageKeys.length).toBeGreaterThan(story.actorList.length * 2);
		const noted = pageKeys.filter((key) => story.correctionsFor(key).length > 0);
		expect(noted.length > 0).toBe(story.corrections.length > 0);
	});

	it('reaches the pages that show a corrected entry', () => {
		for (const c of story.corrections) {
			const pages = story.pagesOfCorrection(c.id);
			for (const id of c.data.affects.claims)
				expect(pages, `${c.id} → claim ${id}`).toContain('evidence');
			for (const id of c.data.affects.events)
				expect(pages, `${c.id} → event ${id}`).toContain('timeline');
			for (const id of c.data.affects.actors) expect(pages).toContain(`actor:${id}`);
			for (const id of c.data.affects.relations) expect(pages, id).toContain('network');
			for (const page of c.data.affects.pages) expect(pages).toContain(page);
		}
	});
});
