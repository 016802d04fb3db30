import { describe, expect, it } from 'vitest';
import {
	actorData,
	articleData,
	datasetData,
	serializeJsonLd,
	websiteData,
} from './structured-data';

describe('structured data', () => {
	it('gives the site a WebSite with a SearchAction', () => {
		const site = websiteData({
			name: 'S',
			url: 'https://s.test/',
			description: 'D',
			inLanguage: 'en',
			searchUrlTemplate: 'https://s.test/search/?q={search_term_string}',
		});
		expect(site['@type']).toBe('WebSite');
		expect(site['potentialAction']).toEqual({
			'@type': 'SearchAction',
			target: {
				'@type': 'EntryPoint',
				urlTemplate: 'https://s.test/search/?q={search_term_string}',
			},
			'query-input': 'required name=search_term_string',
		});
	});

	it('names a publisher or license only when content gives one', () => {
		const base = {
			headline: 'H',
			description: 'D',
			url: 'https://s.test/e/',
			inLanguage: 'en',
			dateModified: '2026-01-02',
			isBasedOn: [{ name: 'A report', url: 'https://s.test/sources/r/' }],
			citation: ['https://s.test/sources/r/#p1', 'https://s.test/sources/r/#p1'],
		};
		const article = articleData(base);
		expect(article['publisher']).toBeUndefined();
		expect(article['citation']).toEqual(['https://s.test/sources/r/#p1']);
		expect(articleData({ ...base, publisher: 'P' })['publisher']).toEqual({
			'@type': 'Organization',
			name: 'P',
		});
		const dataset = datasetData({
			name: 'N',
			description: 'D',
			url: 'https://s.test/data/',
			inLanguage: 'en',
			version: 'abc',
			dateModified: '2026-01-02',
			distribution: [
				{
					name: 'actors.csv',
					contentUrl: 'https://s.test/data/actors.csv',
					encodingFormat: 'text/csv',
				},
			],
			isBasedOn: [],
		});
		expect(dataset['license']).toBeUndefined();
		expect(dataset['distribution']).toEqual([
			{
				'@type': 'DataDownload',
				name: 'actors.csv',
				contentUrl: 'https://s.test/data/actors.csv',
				encodingFormat: 'text/csv',
			},
		]);
	});

	it('types actors as people or organizations, with their other names', () => {
		const person = actorData({
			kind: 'person',
			name: 'Ána',
			alternateName: ['Ana'],
			description: 'R',
			url: 'u',
		});
		expect(person).toMatchObject({ '@type': 'Person', alternateName: ['Ana'] });
		expect(
			actorData({ kind: 'group', name: 'G', alternateName: [], description: 'R', url: 'u' }),
		).not.toHaveProperty('alternateName');
		expect(
			actorData({ kind: 'group', name: 'G', alternateName: [], description: 'R', url: 'u' })[
				'@type'
			],
		).toBe('Organization');
	});

	it('serializes to JSON that cannot close its script, whatever the names', () => {
		const hostile = '</script><script>alert(1)</script><!-- & \u2028';
		const text = serializeJsonLd({ name: hostile });
		expect(text).not.toMatch(/[<>&\u2028]/);
		expect(JSON.parse(text)).toEqual({ name: hostile });
	});
});
