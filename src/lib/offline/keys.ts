/**
 * How the offline cache names what it keeps. Shared by the build (which lists the files) and
 * the service worker (which stores and finds them), so both agree on every key.
 */

/**
 * The cache key of a URL: the address without its query string or fragment, a folder's
 * `index.html` as the folder. Matching already ignored the query; storing without it keeps
 * one entry per file however many query strings readers arrive with.
 */
export function cacheKey(url: string): string {
	const u = new URL(url);
	return u.origin + u.pathname.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Whether a path names content that never changes under that name: Vite's hashed assets in
 * `_astro/` and Pagefind's hashed index files. Those are served from the cache without asking
 * the server; everything else is asked for again (a cheap 304 when unchanged).
 */
export function isImmutable(pathname: string): boolean {
	return /\/_astro\/[^/]+$/.test(pathname) || /\.pf_(?:meta|index|fragment|filter)$/.test(pathname);
}

/** A built file's path ("actors/x/index.html") as the URL path readers use ("actors/x/"). */
export function filePathToUrlPath(file: string): string {
	return file.replace(/(^|\/)index\.html$/, '$1');
}
