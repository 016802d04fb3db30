import { describe, expect, test } from 'vitest';
import { measureText, wrapText } from './text';

describe('measureText', () => {
	test('grows with the text, the font size and boldness', () => {
		expect(measureText('abc', 12)).toBeLessThan(measureText('abcd', 12));
		expect(measureText('abc', 12)).toBeLessThan(measureText('abc', 14));
		expect(measureText('abc', 12)).toBeLessThan(measureText('abc', 12, true));
		expect(measureText('', 12)).toBe(0);
	});

	test('counts wide letters wider than narrow ones', () => {
		expect(measureText('WWWW', 12)).toBeGreaterThan(measureText('iiii', 12) * 2);
	});
});

describe('wrapText', () => {
	test('breaks at spaces into lines that fit', () => {
		const text = 'Officials warn the minister not to use the militias';
		const lines = wrapText(text, 120, 13, true);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(text);
		for (const line of lines) expect(measureText(line, 13, true)).toBeLessThanOrEqual(120);
	});

	test('cuts a word longer than a line', () => {
		const lines = wrapText('Supercalifragilisticexpialidocious', 60, 12);
		expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
		for (const line of lines) expect(measureText(line, 12)).toBeLessThanOrEqual(60);
	});

	test('returns one line for short or empty text', () => {
		expect(wrapText('Short', 200, 12)).toEqual(['Short']);
		expect(wrapText('  ', 200, 12)).toEqual(['']);
	});
});
