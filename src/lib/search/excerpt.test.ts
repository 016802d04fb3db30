import { describe, expect, it } from 'vitest';
import { splitExcerpt } from './excerpt';

describe('splitExcerpt', () => {
	it('splits Pagefind’s <mark> runs from plain text', () => {
		expect(splitExcerpt('talks with <mark>Pérez</mark> before <mark>the</mark> end')).toEqual([
			{ text: 'talks with ', mark: false },
			{ text: 'Pérez', mark: true },
			{ text: ' before ', mark: false },
			{ text: 'the', mark: true },
			{ text: ' end', mark: false },
		]);
	});

	it('turns escaped markup back into literal text, never into elements', () => {
		const excerpt =
			'&lt;img src=x onerror=alert(1)&gt; <mark>&lt;script&gt;</mark>steal()&lt;/script&gt;';
		expect(splitExcerpt(excerpt)).toEqual([
			{ text: '<img src=x onerror=alert(1)> ', mark: false },
			{ text: '<script>', mark: true },
			{ text: 'steal()</script>', mark: false },
		]);
	});

	it('decodes only what Pagefind encodes, so an ampersand stays as written', () => {
		expect(splitExcerpt('AT&amp;T &amp; <mark>Co</mark>')).toEqual([
			{ text: 'AT&amp;T &amp; ', mark: false },
			{ text: 'Co', mark: true },
		]);
	});

	it('merges adjacent marks and drops empty runs', () => {
		expect(splitExcerpt('<mark>US</mark><mark>officials</mark>')).toEqual([
			{ text: 'USofficials', mark: true },
		]);
		expect(splitExcerpt('')).toEqual([]);
	});
});
