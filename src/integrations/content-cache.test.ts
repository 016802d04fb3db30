import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, openContentCache } from './content-cache';

describe('content cache', () => {
	it('keys entries by every input and reads back what was stored, counting hits and misses', () => {
		const root = mkdtempSync(path.join(tmpdir(), 'content-cache-'));
		const key = contentHash('<svg/>', 'css');
		expect(contentHash('<svg/>', 'css')).toBe(key);
		expect(contentHash('<svg/>', 'css2')).not.toBe(key);
		// Parts are delimited: moving text from one part to the next changes the key.
		expect(contentHash('ab', 'c')).not.toBe(contentHash('a', 'bc'));

		const cache = openContentCache('charts', root);
		expect(cache.get(key, ['a.svg'])).toBeUndefined();
		cache.set(
			key,
			new Map<string, string | Uint8Array>([
				['a.svg', '<svg/>'],
				['a.png', new Uint8Array([1, 2, 3])],
			]),
		);
		const again = openContentCache('charts', root);
		const files = again.get(key, ['a.svg', 'a.png']);
		expect(files?.get('a.svg')?.toString()).toBe('<svg/>');
		expect([...(files?.get('a.png') ?? [])]).toEqual([1, 2, 3]);
		// An entry missing one of the files asked for is a miss, never a half answer.
		expect(again.get(key, ['a.svg', 'b.png'])).toBeUndefined();
		expect([cache.hits, cache.misses, again.hits, again.misses]).toEqual([0, 1, 1, 1]);
		again.prune();
		expect(again.get(key, ['a.svg'])).toBeDefined();
	});
});
