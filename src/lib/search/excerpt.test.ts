import { describe, expect, it } from 'vitest';
import { dropShown, splitExcerpt } from './excerpt';

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

describe('dropShown', () => {
	const text = (runs: ReturnType<typeof dropShown>) => runs.map((r) => r.text).join('');

	it('drops the end of the title and the time line the result already shows', () => {
		const runs = splitExcerpt(
			'$25 million. Later than the 2020 <mark>bounty</mark>; no date given. The United States later raises its <mark>bounty</mark> on Cabello',
		);
		const out = dropShown(runs, [
			'Bounty on Cabello raised to $25 million',
			'Later than the 2020 bounty; no date given',
		]);
		expect(text(out)).toBe('The United States later raises its bounty on Cabello');
		expect(out.filter((r) => r.mark).map((r) => r.text)).toEqual(['bounty']);
	});

	it('leaves nothing when the excerpt only repeats the title and the detail line', () => {
		const runs = splitExcerpt(
			'In 2020 the US put a $10 million <mark>bounty</mark> on Cabello. Official record',
		);
		expect(
			dropShown(runs, [
				'In 2020 the US put a $10 million bounty on Cabello.',
				'Official record · paragraph 7',
			]),
		).toEqual([]);
	});

	it('keeps sentences the result does not show, whatever their case or spacing', () => {
		const runs = splitExcerpt(
			'Talks went on. <mark>Cabello</mark> kept  in touch; through intermediaries.',
		);
		expect(text(dropShown(runs, ['TALKS WENT ON']))).toBe(
			'Cabello kept  in touch; through intermediaries.',
		);
	});
});
