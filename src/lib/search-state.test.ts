import { describe, expect, it } from 'vitest';
import {
	foldDiacritics,
	isExactName,
	isEmptySearch,
	readSearchState,
	toPagefindFilters,
	writeSearchState,
} from './search-state';

const read = (query: string) => readSearchState(new URLSearchParams(query));

describe('readSearchState and writeSearchState', () => {
	it('reads words and filters from a shared URL', () => {
		expect(read('q=%20chavez%20&kind=actor')).toEqual({ query: 'chavez', kind: 'actor' });
		expect(read('q=talks&kind=claim&attribution=multiple-unnamed-sources')).toEqual({
			query: 'talks',
			kind: 'claim',
			attribution: 'multiple-unnamed-sources',
		});
	});

	it('ignores an unknown kind and a malformed attribution', () => {
		expect(read('q=x&kind=script')).toEqual({ query: 'x' });
		expect(read('q=x&attribution=<img>')).toEqual({ query: 'x' });
	});

	it('treats an attribution as a claim filter, whatever kind the URL says', () => {
		expect(read('kind=event&attribution=denied')).toEqual({
			query: '',
			kind: 'claim',
			attribution: 'denied',
		});
		expect(writeSearchState({ query: '', kind: 'event', attribution: 'denied' }).toString()).toBe(
			'kind=claim&attribution=denied',
		);
	});

	it('round-trips and omits what is empty', () => {
		const state = { query: 'Rodríguez & co', kind: 'actor' as const };
		expect(read(writeSearchState(state).toString())).toEqual(state);
		expect(writeSearchState({ query: '  ' }).toString()).toBe('');
	});
});

describe('toPagefindFilters', () => {
	it('maps a state to Pagefind’s filter option', () => {
		expect(toPagefindFilters({ query: 'x' })).toEqual({});
		expect(toPagefindFilters({ query: 'x', kind: 'event' })).toEqual({ kind: 'event' });
		expect(toPagefindFilters({ query: 'x', attribution: 'denied' })).toEqual({
			kind: 'claim',
			attribution: 'denied',
		});
	});
});

describe('isEmptySearch', () => {
	it('is empty with neither words nor filters', () => {
		expect(isEmptySearch({ query: ' ' })).toBe(true);
		expect(isEmptySearch({ query: '', kind: 'claim' })).toBe(false);
		expect(isEmptySearch({ query: 'a' })).toBe(false);
	});
});

describe('foldDiacritics', () => {
	it('gives the plain spelling a reader types', () => {
		expect(foldDiacritics('Hugo Chávez')).toBe('Hugo Chavez');
		expect(foldDiacritics('Delcy Rodríguez')).toBe('Delcy Rodriguez');
		expect(foldDiacritics('Nicolás Maduro')).toBe('Nicolas Maduro');
		expect(foldDiacritics('São Tomé, Zürich, Ñuñoa')).toBe('Sao Tome, Zurich, Nunoa');
	});
});

describe('isExactName', () => {
	it('matches a whole name or alias, whatever the accents, case and spacing', () => {
		const names = 'Delcy Rodríguez, Delcy Rodriguez, Rodríguez';
		expect(isExactName('rodriguez', names)).toBe(true);
		expect(isExactName('  DELCY   rodríguez ', names)).toBe(true);
		expect(isExactName('delcy rod', names)).toBe(false);
		expect(isExactName('trump', 'Trump administration officials, US officials')).toBe(false);
		expect(isExactName('', names)).toBe(false);
		expect(isExactName('x', undefined)).toBe(false);
	});
});
