/**
 * Drawing SVG as PNG with resvg, for the build's chart files and share cards: in a pool of
 * worker threads (png-worker.mjs), one per core, so drawing and PNG encoding (the slow part,
 * synchronous in resvg) run beside the build's own work instead of blocking it.
 */
import { availableParallelism } from 'node:os';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { Piscina } from 'piscina';

export interface PngRenderer {
	/** The PNG of an SVG. */
	render(svg: string, options: ResvgRenderOptions): Promise<Buffer>;
	/** How many drawings may be asked for at once before the caller should wait for one. */
	readonly capacity: number;
	/** Stops the threads once every drawing asked for has finished. */
	close(): Promise<void>;
}

/**
 * A pool of drawing threads, started on the first drawing: a rebuild from the cache starts none.
 * One thread per core, or `size` (while pages render, the build's own thread has a core).
 */
export function openPngRenderer(size = availableParallelism()): PngRenderer {
	const threads = Math.max(1, size);
	let pool: Piscina | undefined;
	return {
		capacity: threads * 2,
		async render(svg, options) {
			pool ??= new Piscina({
				filename: new URL('./png-worker.mjs', import.meta.url).href,
				minThreads: threads,
				maxThreads: threads,
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
