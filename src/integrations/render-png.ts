/**
 * Drawing SVG as PNG with resvg, for the build's chart files and share cards: in a pool of
 * worker threads (png-worker.mjs), one per core, so drawing and PNG encoding (the slow part,
 * synchronous in resvg) run beside the build's own work instead of blocking it.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
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
 * One thread per core, or `size` (while pages render, the build's own thread has a core), each
 * sent up to `perThread` drawings at once.
 */
export function openPngRenderer(
	size = availableParallelism(),
	perThread = PER_THREAD,
): PngRenderer {
	const threads = Math.max(1, size);
	let pool: Piscina | undefined;
	return {
		capacity: threads * perThread,
		async render(svg, options) {
			if (!pool) restorePurgeDelay();
			pool ??= new Piscina({
				filename: new URL('./png-worker.mjs', import.meta.url).href,
				minThreads: threads,
				maxThreads: threads,
				// Each thread draws its drawings in turn (png-worker.mjs).
				concurrentTasksPerWorker: perThread,
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

/**
 * Gives the drawing threads mimalloc's own purge delay back, when the build's launcher set it
 * to 0 for the bundler (scripts/build-options.mjs). resvg reads it when a thread first loads it,
 * from the process's environment, which deleting it here changes for every thread.
 */
function restorePurgeDelay(): void {
	if (process.env['EXPLAINER_BUNDLER_PURGE'] !== '1') return;
	delete process.env['MIMALLOC_PURGE_DELAY'];
	delete process.env['EXPLAINER_BUNDLER_PURGE'];
}

/**
 * Work a build hook leaves under way when it returns, by name: drawings go on in their threads
 * while the hooks after it do their own work on the build's thread, instead of that thread
 * waiting for each hook's drawings in turn. `drawingsDone()`, the last integration, waits for
 * all of it and fails the build on any failure.
 */
const unfinished = new Map<string, Promise<void>>();

/**
 * The drawing threads every hook after the build shares (chart files, share cards): one pool,
 * opened on the first drawing and closed by `drawingsDone()`, so their drawings queue behind
 * each other instead of each hook starting threads of its own.
 */
let afterBuild: PngRenderer | undefined;

/**
 * Drawings sent to each thread at once after the build. The hooks after the build do long
 * stretches of work on the build's thread (reading and rewriting every page), which hears of a
 * finished drawing only after them: a thread with many in hand goes on drawing meanwhile. Each
 * holds one bitmap at a time (png-worker.mjs); the rest wait as SVG text.
 */
const AFTER_BUILD_PER_THREAD = 32;

/** The threads that draw after the build, shared by every hook. */
export function afterBuildRenderer(): PngRenderer {
	if (!afterBuild) {
		afterBuild = openPngRenderer(availableParallelism(), AFTER_BUILD_PER_THREAD);
		// What was asked for while pages rendered and has not started goes to every thread now.
		whilePages?.handOver(afterBuild);
	}
	return afterBuild;
}

/** Drawings asked for while pages render; see `whilePagesRenderer`. */
interface SpareCore extends PngRenderer {
	/** Sends the drawings still waiting, and every one asked for from now on, to `to`. */
	handOver(to: PngRenderer): void;
}

let whilePages: SpareCore | undefined;

/**
 * The thread that draws while the build renders pages (chart files, word cards), on the core
 * the build's own thread leaves free. Drawings wait here, not in the thread's queue, until it
 * has room: those still waiting when the pages are done go to every thread after the build.
 */
export function whilePagesRenderer(): PngRenderer {
	whilePages ??= openSpareCore();
	return whilePages;
}

function openSpareCore(): SpareCore {
	const thread = openPngRenderer(Math.max(1, availableParallelism() - 1));
	const waiting: {
		svg: string;
		options: ResvgRenderOptions;
		settle: (png: Promise<Buffer>) => void;
	}[] = [];
	let sent = 0;
	let late: PngRenderer | undefined;
	const send = () => {
		for (let next = waiting.shift(); next; next = waiting.shift()) {
			if (late) {
				next.settle(late.render(next.svg, next.options));
				continue;
			}
			if (sent >= thread.capacity) {
				waiting.unshift(next);
				return;
			}
			sent++;
			const png = thread.render(next.svg, next.options);
			next.settle(png);
			png
				.finally(() => {
					sent--;
					send();
				})
				.catch(() => undefined);
		}
	};
	return {
		capacity: thread.capacity,
		render: (svg, options) =>
			new Promise<Buffer>((resolve, reject) => {
				waiting.push({ svg, options, settle: (png) => void png.then(resolve, reject) });
				send();
			}),
		handOver(to) {
			late = to;
			send();
		},
		close: () => thread.close(),
	};
}

/** Leaves `work` running past the hook that started it; `drawingsDone()` waits for it. */
export function finishLater(name: string, work: Promise<void>): void {
	// Handled here, so a failure waits for drawingsDone() to report it instead of crashing the
	// build while another hook runs.
	work.catch(() => undefined);
	unfinished.set(name, work);
}

/** Waits for the work left under that name; resolves at once when there is none. */
export async function finished(name: string): Promise<void> {
	await unfinished.get(name);
}

/** The last integration: waits for every drawing the hooks before it left under way. */
export function drawingsDone(): AstroIntegration {
	return {
		name: 'explainer:drawings-done',
		hooks: {
			'astro:build:done': async () => {
				try {
					await Promise.all(unfinished.values());
				} finally {
					unfinished.clear();
					await Promise.all([afterBuild?.close(), whilePages?.close()]);
					afterBuild = undefined;
					whilePages = undefined;
				}
			},
		},
	};
}
