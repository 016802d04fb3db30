/**
 * A build cache of drawn files keyed by a hash of everything that goes into them, kept
 * between builds in `node_modules/.cache/explainer-kit/<name>/` (CONTENT_CACHE_DIR moves it).
 * A rebuild whose inputs did not change reads each file back instead of drawing it again.
 * Shared by the integrations that draw (chart SVG/PNG files, share images).
 */
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
import path from 'node:path';

/** Entries unused for this long are dropped, so the cache does not grow without end. */
const KEEP_MS = 7 * 24 * 3600 * 1000;

/** A SHA-256 of the parts, in order, as hex: the key of a cached entry. */
export function contentHash(...parts: readonly (string | Uint8Array)[]): string {
	const hash = createHash('sha256');
	for (const part of parts) {
		hash.update(part);
		hash.update('\u0000');
	}
	return hash.digest('hex');
}

/** A named cache: files per key, and counts of hits and misses for the build log. */
export interface ContentCache {
	/** The files stored under a key (by file name), or undefined when not all are there. */
	get(key: string, names: readonly string[]): Map<string, Buffer> | undefined;
	/** Stores files under a key. */
	set(key: string, files: ReadonlyMap<string, string | Uint8Array>): void;
	hits: number;
	misses: number;
	/** Drops entries unused for a week. */
	prune(): void;
}

/** Opens (creating if needed) the cache called `name`. */
export function openContentCache(name: string, root = contentCacheRoot()): ContentCache {
	const dir = path.join(root, name);
	mkdirSync(dir, { recursive: true });
	const entry = (key: string) => path.join(dir, key.slice(0, 2), key);
	const cache: ContentCache = {
		hits: 0,
		misses: 0,
		get(key, names) {
			const folder = entry(key);
			try {
				const files = new Map(names.map((n) => [n, readFileSync(path.join(folder, n))]));
				const now = new Date();
				utimesSync(folder, now, now);
				cache.hits++;
				return files;
			} catch {
				cache.misses++;
				return undefined;
			}
		},
		set(key, files) {
			const folder = entry(key);
			mkdirSync(folder, { recursive: true });
			for (const [n, content] of files) writeFileSync(path.join(folder, n), content);
		},
		prune() {
			const cutoff = Date.now() - KEEP_MS;
			for (const shard of readdirSync(dir))
				for (const key of readdirSync(path.join(dir, shard))) {
					const folder = path.join(dir, shard, key);
					if (statSync(folder).mtimeMs < cutoff) rmSync(folder, { recursive: true, force: true });
				}
		},
	};
	return cache;
}

/** The folder the caches are kept in. */
export function contentCacheRoot(): string {
	return path.resolve(process.env['CONTENT_CACHE_DIR'] ?? 'node_modules/.cache/explainer-kit');
}
