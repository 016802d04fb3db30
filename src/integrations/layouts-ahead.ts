/**
 * Lays out a story's maps before its pages render (src/data/layouts-ahead.ts). Before the
 * pages, a build syncs the content and bundles the site, mostly on one core; a worker thread
 * lays out every actor's neighbourhood and the whole map on the other meanwhile, so the pages
 * read their layouts instead of running a force simulation each. Pages lay out themselves any
 * layout the worker has not written yet, so a worker that is slow, fails or never starts
 * changes nothing but the time. The folder (in the system's temporary folder) lives only as
 * long as the build.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { buildSync } from 'esbuild';
import { contentDir } from '../content-io/collections';
import { LAYOUT_DIR_ENV, layoutCounts } from '../data/layouts-ahead';

/** The worker, started: `result` settles with how many layouts it wrote, or why it failed. */
export interface LayoutWorker {
	result: Promise<{ laidOut: number } | { failure: string }>;
	/** Stops it, finished or not. */
	stop(): Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Starts the worker that lays out the story in `content` into the folder `dir`. */
export function startLayoutWorker(content: string, dir: string): LayoutWorker {
	try {
		// Node runs a worker's file as it is: bundle the worker's TypeScript (and the src/
		// modules it uses) into one file; packages stay imports. Inside the project, so that
		// the packages it imports resolve from node_modules/ (from the system's temporary folder
		// they do not).
		const file = path.resolve(
			`node_modules/.cache/explainer-kit-layout-worker-${process.pid}-${randomUUID()}.mjs`,
		);
		mkdirSync(path.dirname(file), { recursive: true });
		process.once('exit', () => {
			rmSync(file, { force: true });
		});
		const { outputFiles } = buildSync({
			entryPoints: [fileURLToPath(new URL('./layout-worker.ts', import.meta.url))],
			bundle: true,
			platform: 'node',
			format: 'esm',
			packages: 'external',
			write: false,
			logLevel: 'silent',
		});
		writeFileSync(file, outputFiles[0]?.text ?? '');
		const worker = new Worker(file, { workerData: { contentDir: content, dir } });
		const result = new Promise<{ laidOut: number } | { failure: string }>((resolve) => {
			worker.on('message', (m: { laidOut: number }) => {
				resolve({ laidOut: m.laidOut });
			});
			worker.on('error', (error: unknown) => {
				resolve({ failure: messageOf(error) });
			});
			worker.on('exit', (code) => {
				resolve({ failure: `it stopped (exit code ${code})` });
			});
		});
		// The build does not wait for it to end.
		worker.unref();
		return {
			result,
			stop: async () => {
				await worker.terminate();
				rmSync(file, { force: true });
			},
		};
	} catch (error) {
		return { result: Promise.resolve({ failure: messageOf(error) }), stop: async () => {} };
	}
}

export function layoutsAhead(): AstroIntegration {
	let worker: LayoutWorker | undefined;
	let dir: string | undefined;
	let outcome: { laidOut: number } | { failure: string } = { laidOut: 0 };
	return {
		name: 'explainer:layouts-ahead',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command !== 'build') return;
				const folder = mkdtempSync(path.join(tmpdir(), 'explainer-layouts-'));
				dir = folder;
				process.env[LAYOUT_DIR_ENV] = folder;
				// Gone with the build, even one that fails before its end.
				process.once('exit', () => {
					rmSync(folder, { recursive: true, force: true });
				});
				worker = startLayoutWorker(contentDir(), folder);
				void worker.result.then((settled) => {
					outcome = settled;
				});
			},
			'astro:build:done': async ({ logger }) => {
				await worker?.stop();
				worker = undefined;
				const { read, laidOut } = layoutCounts();
				if ('failure' in outcome)
					logger.warn(
						`the pages laid out ${laidOut} map(s) themselves: the worker laying them out ahead failed (${outcome.failure})`,
					);
				else
					logger.info(
						`${read} map layout(s) read by the pages, laid out ahead (${outcome.laidOut} in all), ${laidOut} laid out by the pages`,
					);
				if (dir) rmSync(dir, { recursive: true, force: true });
				process.env[LAYOUT_DIR_ENV] = '';
			},
		},
	};
}
