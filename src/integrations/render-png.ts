/**
 * Drawing SVG as PNG with resvg, for the build's chart files and share cards: in a pool of
 * worker threads (png-worker.mjs), one per core, so drawing and PNG encoding (the slow part,
 * synchronous in resvg) run beside the build's own work instead of blocking it.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { Piscina } from 'piscina';

const require = createRequire(import.meta.url);

/** What draws and encodes the PNGs, for the caches of drawn files: a new version draws again. */
export const DRAWING_VERSION = `resvg ${(require('@resvg/resvg-js/package.json') as { version: string }).version}`;

export interface PngRenderer {
	/** The PNG of an SVG. */
	render(svg: string, options: ResvgRenderOptions): Promise<Buffer>;
	/** How many drawings may be asked for at once before the caller should wait for one. */
	readonly capacity: number;
	/** Stops the threads once every drawing asked for has finished. */
	close(): Promise<void>;
}

/**
 * Drawings sent to a thread at once. A thread that finishes a drawing starts the next one it
 * holds, instead of waiting for the build's thread to send it: that thread is busy rendering
 * pages and hears of a finished drawing only between two of them.
 */
const PER_THREAD = 3;

/**
 * A pool of drawing threads, started on the first drawing: a rebuild from the cache starts none.
 * One thread per core, or `size` (while pages render, the build's own thread has a core).
 */
export function openPngRenderer(size = availableParallelism()): PngRenderer {
	const threads = Math.max(1, size);
	let pool: Piscina | undefined;
	return {
		capacity: threads * PER_THREAD,
		async render(svg, options) {
			pool ??= new Piscina({
				filename: new URL('./png-worker.mjs', import.meta.url).href,
				minThreads: threads,
				maxThreads: threads,
				// Each thread draws its drawings in turn (png-worker.mjs).
				concurrentTasksPerWorker: PER_THREAD,
			});
			const png = (await pool.run({ svg, options })) as Uint8Array;
			return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
		},
		async close() {
			await pool?.close();
			pool = undefined;
		},
	};
}
