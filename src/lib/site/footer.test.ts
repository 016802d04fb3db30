import { describe, expect, it } from 'vitest';
import { FOOTER_NAMES_UP_TO, footerNamed } from './footer';

describe('footerNamed', () => {
	it('names every source of a story of few', () => {
		const few = Array.from({ length: FOOTER_NAMES_UP_TO }, (_, i) => `source-${i}`);
		expect(footerNamed(few)).toEqual(few);
		expect(footerNamed(['only'])).toEqual(['only']);
	});

	it('names none of a story of many, whose footer gives their number instead', () => {
		const many = Array.from({ length: FOOTER_NAMES_UP_TO + 1 }, (_, i) => `source-${i}`);
		expect(footerNamed(many)).toEqual([]);
	});
});
