// How the build runs Astro, shared by `npm run build` and the bench so both measure the same.

/**
 * Node's heap for the Astro build, in MB (BUILD_HEAP_MB overrides). A cap makes V8 collect
 * garbage before the process grows: on a story 50 times the size of a typical one the build
 * then peaks near 1.1 GB instead of 1.3 GB, while a typical story uses a fraction of it.
 */
export const BUILD_HEAP_MB = Number(process.env.BUILD_HEAP_MB ?? 768);

/**
 * Arguments for `node` to run `astro build`. `--expose-gc` lets the drawing of PNGs free
 * the bitmaps it no longer needs (src/integrations/render-png.ts).
 */
export function astroBuildArgs() {
	return [
		`--max-old-space-size=${BUILD_HEAP_MB}`,
		'--expose-gc',
		'node_modules/astro/bin/astro.mjs',
		'build',
	];
}

/**
 * The environment `astro build` runs in: `base` with mimalloc told to hand freed memory back
 * at once. The bundler (Rolldown, a native module with its own mimalloc) frees several hundred
 * MB when it finishes bundling, but mimalloc returns freed memory to the system only after a
 * delay, on a later call into the same allocator, and nothing calls the bundler again. So that
 * memory stayed resident for the whole page phase: on the 50× story a 365 MB region, and the
 * build peaked at 1,163 MB; with the delay at 0, 181 MB and 956 MB, in the same time. The
 * drawing threads' resvg has a mimalloc of its own, for which the delay is worth keeping (at 0
 * its pixmaps are handed back and faulted in again for every drawing, and the 50× build took
 * 46 s instead of 34 s): render-png.ts takes the setting out again before it loads resvg,
 * when `EXPLAINER_BUNDLER_PURGE` says it was set here. A MIMALLOC_PURGE_DELAY of the caller's
 * own is left as it is, for both.
 *
 * @param {NodeJS.ProcessEnv} base
 * @returns {NodeJS.ProcessEnv}
 */
export function astroBuildEnv(base) {
	if (base.MIMALLOC_PURGE_DELAY !== undefined) return base;
	return { ...base, MIMALLOC_PURGE_DELAY: '0', EXPLAINER_BUNDLER_PURGE: '1' };
}
