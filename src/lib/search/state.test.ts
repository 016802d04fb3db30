import { describe, expect, it } from 'vitest';
import {
	MAX_QUERY_LENGTH,
	capQuery,
	foldDiacritics,
	isExactName,
	isEmptySearch,
	readSearchState,
	toPagefindFilters,
	writeSearchState,
} from './state';

const read = (query: string) => readSearchState(new URLSearchParams(query));

describe('readSearchState and writeSearchState', () => {
	it('reads words and filters from a shared URL', () => {
		expect(read('q=%20perez%20&kind=actor')).toEqual({ query: 'perez', kind: 'actor' });
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
		const state = { query: 'Pérez & co', kind: 'actor' as const };
		expect(read(writeSearchState(state).toString())).toEqual(state);
		expect(writeSearchState({ query: '  ' }).toString()).toBe('');
	});
});

describe('capQuery', () => {
	it('caps the query in the address and when read, never splitting a character', () => {
		const long = 'a'.repeat(MAX_QUERY_LENGTH + 50);
		expect(read(`q=${long}`).query).toHaveLength(MAX_QUERY_LENGTH);
		expect(writeSearchState({ query: long }).get('q')).toHaveLength(MAX_QUERY_LENGTH);
		const emoji = `${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`;
		expect(capQuery(emoji)).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
		expect(capQuery('short')).toBe('short');
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
		expect(foldDiacritics('José Pérez')).toBe('Jose Perez');
		expect(foldDiacritics('Zoë Ångström')).toBe('Zoe Angstrom');
		expect(foldDiacritics('Łukasz')).toBe('Łukasz'); // a stroke is a letter, not a mark
		expect(foldDiacritics('São Tomé, Zürich, Ñuñoa')).toBe('Sao Tome, Zurich, Nunoa');
	});
});

describe('isExactName', () => {
	it('matches a whole name or alias, whatever the accents, case and spacing', () => {
		const names = 'Ana Pérez, Ana Perez, Pérez';
		expect(isExactName('perez', names)).toBe(true);
		expect(isExactName('  ANA   pérez ', names)).toBe(true);
		expect(isExactName('ana pe', names)).toBe(false);
		expect(isExactName('smith', 'Smith family trust, the trust')).toBe(false);
		expect(isExactName('', names)).toBe(false);
		expect(isExactName('x', undefined)).toBe(false);
	});
});
