/**
 * Layouts laid out ahead of the pages. A build starts a worker thread
 * (src/integrations/layouts-ahead.ts) that lays out every actor's neighbourhood and the whole
 * map while Astro syncs the content and bundles the site, on the core that is mostly idle
 * then, and writes each into the folder EXPLAINER_LAYOUT_DIR names, under a hash of its graph
 * and options. A page reads its layout there, and lays out itself one that is not there yet.
 * The same graph and options, laid out by the same code, give the same layout either way: the
 * hash is of everything a layout is made from.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LayoutSource } from '../lib/network/graph';
import type { NetworkGraph, NetworkLayoutOptions } from '../lib/network/layout';

/** The environment variable naming the folder of a build's layouts laid out ahead. */
export const LAYOUT_DIR_ENV = 'EXPLAINER_LAYOUT_DIR';

/** How many layouts the pages read from the folder, and how many they laid out themselves. */
export interface LayoutCounts {
	read: number;
	laidOut: number;
}

/**
 * The pages' counts, kept on the process so that the integration, loaded apart from the pages'
 * modules, can report them at the end of the build.
 */
export function layoutCounts(): LayoutCounts {
	const key = Symbol.for('explainer-kit.layouts-ahead');
	const store = globalThis as unknown as Record<symbol, LayoutCounts | undefined>;
	return (store[key] ??= { read: 0, laidOut: 0 });
}

/** The file a layout of this graph and these options is kept in. */
function fileFor(dir: string, graph: NetworkGraph, options: NetworkLayoutOptions): string {
	const hash = createHash('sha256')
		.update(JSON.stringify([graph, options]))
		.digest('hex');
	return path.join(dir, `${hash.slice(0, 40)}.json`);
}

/**
 * A layout source (lib/network/graph.ts) over the folder `dir`: reads a layout kept there, or
 * lays it out. The worker passes `write` and keeps every layout it makes; pages only read.
 */
export function layoutsIn(dir: string, write = false): LayoutSource {
	const counts = layoutCounts();
	return (graph, options, layOut) => {
		const file = fileFor(dir, graph, options);
		if (!write) {
			try {
				const kept = JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof layOut>;
				counts.read++;
				return kept;
			} catch {
				// Not laid out yet: lay it out here.
			}
		}
		const layout = layOut();
		counts.laidOut++;
		if (write) {
			mkdirSync(dir, { recursive: true });
			// Written beside and renamed, so a page never reads half a file.
			writeFileSync(`${file}.partial`, JSON.stringify(layout));
			renameSync(`${file}.partial`, file);
		}
		return layout;
	};
}
