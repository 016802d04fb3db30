import { createHash } from 'node:crypto';
import {
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const RESVG_VERSION = (require('@resvg/resvg-js/package.json') as { version: string }).version;

/** Where rendered PNGs are kept between builds, by the hash of what they were drawn from. */
const CACHE_DIR = path.resolve('node_modules/.cache/explainer-png');
/** Entries unused for this long are removed (a build touches every entry it uses). */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/**
 * An SVG rendered to PNG by resvg, or the PNG an earlier build rendered from the very same
 * SVG, options, fonts and resvg version: a build where nothing changed redraws nothing.
 * Returns the PNG and whether it came from the cache.
 */
export async function renderPng(
	svg: string,
	options: ResvgRenderOptions,
): Promise<{ png: Buffer; cached: boolean }> {
	const key = createHash('sha256')
		.update(`${RESVG_VERSION}\u0000${JSON.stringify(options)}\u0000${svg}`)
		.digest('hex');
	const file = path.join(CACHE_DIR, `${key}.png`);
	try {
		const png = readFileSync(file);
		const now = new Date();
		utimesSync(file, now, now);
		return { png, cached: true };
	} catch {
		// Not drawn before: draw it. Rendered off the main thread, and awaited: resvg's pixels
		// live in native memory, freed only when V8 finalizes their handles, which needs the
		// event loop to turn.
		const png = (await renderAsync(svg, options)).asPng();
		mkdirSync(CACHE_DIR, { recursive: true });
		writeFileSync(file, png);
		return { png, cached: false };
	}
}

/** Removes cached PNGs no build has used for a month. */
export function pruneRenderCache(): void {
	let names: string[];
	try {
		names = readdirSync(CACHE_DIR);
	} catch {
		return;
	}
	const limit = Date.now() - MAX_AGE_MS;
	for (const name of names) {
		const file = path.join(CACHE_DIR, name);
		if (statSync(file).mtimeMs < limit) rmSync(file, { force: true });
	}
}
