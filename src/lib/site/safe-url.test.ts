import { describe, expect, it } from 'vitest';
import { readEmbedSecret, readHashValue, safeDecode } from './safe-url';

describe('safeDecode', () => {
	it('decodes valid percent-encoding and keeps malformed text as it is', () => {
		expect(safeDecode('P%C3%A9rez')).toBe('Pérez');
		for (const bad of ['%', '%E0%A4%A', '%zz', 'focus=%', '%C0%80', '%ED%A0%80'])
			expect(safeDecode(bad)).toBe(bad);
	});
});

describe('readHashValue', () => {
	it('reads a value from the hash, whatever a host appended', () => {
		expect(readHashValue('#focus=ana', 'focus')).toBe('ana');
		expect(readHashValue('#focus=ana#?secret=abc', 'focus')).toBe('ana');
		expect(readHashValue('#?secret=abc', 'focus')).toBeUndefined();
		expect(readHashValue('#event=e%20one&x=1', 'event')).toBe('e one');
		expect(readHashValue('', 'focus')).toBeUndefined();
	});

	it('never throws on malformed encoding', () => {
		expect(readHashValue('#focus=%', 'focus')).toBe('%');
		expect(readHashValue('#event=%E0%A4%A', 'event')).toBe('%E0%A4%A');
		expect(readHashValue('#%=%', 'focus')).toBeUndefined();
	});
});

describe('readEmbedSecret', () => {
	it('reads the secret WordPress appends, and only a well-formed one', () => {
		expect(readEmbedSecret('#?secret=a1B2c3D4e5')).toBe('a1B2c3D4e5');
		expect(readEmbedSecret('#focus=x#?secret=a1B2c3D4e5')).toBe('a1B2c3D4e5');
		expect(readEmbedSecret('#?secret=')).toBeUndefined();
		expect(readEmbedSecret('#?secret=a"b')).toBeUndefined();
		expect(readEmbedSecret('#?secret=%')).toBeUndefined();
		expect(readEmbedSecret(`#?secret=${'a'.repeat(65)}`)).toBeUndefined();
		expect(readEmbedSecret('')).toBeUndefined();
	});
});
