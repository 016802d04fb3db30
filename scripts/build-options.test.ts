import { describe, expect, it } from 'vitest';
import { astroBuildEnv } from './build-options.mjs';

describe('astroBuildEnv', () => {
	it('sets mimalloc to hand freed memory back at once, and marks that it did', () => {
		const env = astroBuildEnv({ PATH: '/bin' });
		expect(env).toEqual({ PATH: '/bin', MIMALLOC_PURGE_DELAY: '0', EXPLAINER_BUNDLER_PURGE: '1' });
	});

	it("leaves a caller's own purge delay alone, with no mark for the drawing threads to undo", () => {
		const env = astroBuildEnv({ MIMALLOC_PURGE_DELAY: '25' });
		expect(env).toEqual({ MIMALLOC_PURGE_DELAY: '25' });
	});

	it('does not change the environment it is given', () => {
		const base = { HOME: '/root' };
		astroBuildEnv(base);
		expect(base).toEqual({ HOME: '/root' });
	});
});
