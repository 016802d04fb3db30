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
