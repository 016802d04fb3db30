import { describe, expect, it } from 'vitest';
import { readContent } from '../../content-io/read-content';
import { validStoryFiles, writeStory } from '../../content-io/test-story';
import { buildSearchManifest, spellingsOf } from './records';
import { buildStory } from '../content/story';
import { urls } from '../site/urls';
import { createI18n } from '../../i18n';

function manifest() {
	const dir = writeStory(validStoryFiles());
	const { story } = readContent(dir, dir);
	if (!story) throw new Error('fixture story does not parse');
	return buildSearchManifest(buildStory(story), createI18n('en'));
}

describe('spellingsOf', () => {
	it('adds the plain spelling of the name and of each alias, without repeats', () => {
		expect(spellingsOf('Ana Pérez', ['Ana', 'Pérez'])).toEqual([
			'Ana',
			'Pérez',
			'Ana Perez',
			'Perez',
		]);
		expect(spellingsOf('José Ruiz', ['Jose Ruiz'])).toEqual(['Jose Ruiz']);
		expect(spellingsOf('DOJ', [])).toEqual([]);
	});
});

describe('buildSearchManifest', () => {
	it('has a record for every actor, event and claim, each with its kind filter', () => {
		const { records } = manifest();
		const kinds = records.map((r) => r.filters['kind']?.[0]);
		expect(kinds.filter((k) => k === 'actor')).toHaveLength(2);
		expect(kinds.filter((k) => k === 'event')).toHaveLength(2);
		expect(kinds.filter((k) => k === 'claim')).toHaveLength(2);
		for (const r of records) {
			expect(r.language).toBe('en');
			expect(r.meta['title']).toBeTruthy();
		}
	});

	it('leads each record to the place that shows it, through urls.ts', () => {
		const { records, replacesPages, base } = manifest();
		const urlsOf = records.map((r) => r.url);
		expect(urlsOf).toContain(urls.actor('a'));
		expect(urlsOf).toContain(urls.timeline('second'));
		expect(urlsOf).toContain(urls.evidence('c-talks'));
		expect(replacesPages).toEqual([urls.actor('a'), urls.actor('b')]);
		for (const url of urlsOf) expect(url.startsWith(base)).toBe(true);
	});

	it('gives actors their aliases and plain spellings as a boosted field', () => {
		const actor = manifest().records.find((r) => r.url === urls.actor('a'));
		expect(actor?.meta).toEqual({ title: 'Ána', names: 'Ána, Ana', detail: 'Person · Role A' });
		expect(actor?.content).toBe('Summary A. Also written as Ana.');
	});

	it('files claims under their attribution, and says how they are sourced', () => {
		const claim = manifest().records.find((r) => r.url === urls.evidence('c-talks'));
		expect(claim?.filters).toEqual({ kind: ['claim'], attribution: ['multiple-unnamed-sources'] });
		expect(claim?.meta['detail']).toBe('Multiple unnamed sources · paragraph 1');
		// The detail line is not written again into the text, where it would end every excerpt.
		expect(claim?.content).not.toContain('Multiple unnamed sources');
	});

	it('describes an event’s time without inventing a date', () => {
		const { records } = manifest();
		const dated = records.find((r) => r.url === urls.timeline('first'));
		const undated = records.find((r) => r.url === urls.timeline('second'));
		expect(dated?.meta['detail']).toBe('2020 (year only)');
		expect(undated?.meta['detail']).toBe('Later (no date given)');
		expect(undated?.content).toContain('Involves Ána and Bee Group');
	});
});
