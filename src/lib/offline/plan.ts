/**
 * What the offline worker fetches, decided at build time from the built files alone, so it
 * holds for whatever pages and language editions a build has:
 *
 * - the shell, fetched when the worker installs: only the styles and scripts the offline
 *   page needs (its static imports followed), which the page a reader opened has loaded too;
 * - one edition per page language (`<html lang>`): every page of that language, the files
 *   its pages load or link to (styles, scripts, chart and data downloads), and the search
 *   index for that language. A reader saves an edition on request, never by default.
 */
import { filePathToUrlPath } from './keys.ts';

/** A built file: its path in the build folder, its size in bytes and a hash of its content. */
export interface BuiltFile {
	path: string;
	size: number;
	hash: string;
}

/** One entry of a saved edition: URL path (relative to the site root), bytes, content hash. */
export type SaveEntry = [path: string, bytes: number, hash: string];

/** A language edition as the worker sees it. Paths are relative to the site root. */
export interface Edition {
	lang: string;
	/** The edition's home, e.g. "" or "es/". */
	root: string;
	/** Its offline page ("offline/"), shown for pages not kept on the device. */
	offline: string | null;
	/** Its offline page's content hash, so the worker never keeps another build's copy. */
	offlineHash: string | null;
	/** Where its save list (SaveManifest) is written. */
	manifest: string;
	files: number;
	bytes: number;
}

/** The list a reader's "Save" downloads: written as JSON next to the site. */
export interface SaveManifest {
	version: string;
	lang: string;
	root: string;
	bytes: number;
	files: SaveEntry[];
}

export interface OfflinePlan {
	/** Fetched at install: [URL path, hash]. */
	shell: [string, string][];
	editions: (Edition & { entries: SaveEntry[] })[];
}

/** Pagefind's `pagefind-entry.json`: one index per language. */
export interface PagefindEntry {
	languages: Record<string, { hash: string; wasm?: string | null }>;
}

export interface PlanInput {
	files: readonly BuiltFile[];
	/** The text of a built HTML or JS file, by path. */
	read: (path: string) => string;
	/** The site's base path, "/" or "/some/folder/". */
	base: string;
	pagefind?: PagefindEntry | undefined;
}

/** Files that are never fetched for offline use: server settings, the worker, save lists. */
const NEVER = /^(?:sw\.js|_headers|nginx-headers\.conf|sitemap[^/]*\.xml|offline\/[^/]+\.json)$/;
/** Chrome-less embed pages: made for other sites' iframes, not for reading here. */
const EMBED_PAGE = /(?:^|\/)embed\/.+\/index\.html$/;
const OFFLINE_PAGE = /(?:^|\/)offline\/index\.html$/;

/** The language of a built page, from `<html lang>`. */
export function htmlLang(html: string): string | undefined {
	return /<html\b[^>]*\slang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase();
}

/**
 * Files a page refers to, as build paths: every `src` and `href` that points inside the site
 * (a folder as its index.html), without query or fragment. `src` and `href` are told apart
 * because a link to another page is not something the page loads.
 */
export function htmlRefs(
	html: string,
	page: string,
	base: string,
): { path: string; attr: 'src' | 'href' }[] {
	const pageUrl = new URL(`${base}${filePathToUrlPath(page)}`, 'http://site');
	const refs: { path: string; attr: 'src' | 'href' }[] = [];
	for (const tag of html.matchAll(/<[a-zA-Z][\w-]*\b[^>]*>/g))
		for (const m of tag[0].matchAll(/\s(src|href)="([^"]*)"/g)) {
			const value = m[2] ?? '';
			if (value === '' || value.startsWith('#') || /^[a-z][a-z\d+.-]*:/i.test(value)) continue;
			const url = new URL(value.replace(/&amp;/g, '&'), pageUrl);
			if (url.origin !== pageUrl.origin || !url.pathname.startsWith(base)) continue;
			let path: string;
			try {
				path = decodeURIComponent(url.pathname.slice(base.length));
			} catch {
				continue;
			}
			refs.push({
				path: path === '' || path.endsWith('/') ? `${path}index.html` : path,
				attr: m[1] === 'src' ? 'src' : 'href',
			});
		}
	return refs;
}

/** A JS module's static imports (not `import()`), as build paths. */
export function jsImports(code: string, file: string): string[] {
	const from = new URL(file, 'http://site/');
	return [...code.matchAll(/\b(?:import|from)\s*["']([^"']+)["']/g)].flatMap((m) => {
		const spec = m[1] ?? '';
		if (!spec.startsWith('.')) return [];
		return [new URL(spec, from).pathname.slice(1)];
	});
}

/** Decides the shell and the editions (see the module comment). */
export function planOffline({ files, read, base, pagefind }: PlanInput): OfflinePlan {
	const byPath = new Map(files.map((f) => [f.path, f]));
	const isPage = (path: string) => path.endsWith('.html') && !path.startsWith('pagefind/');
	const pages = files.filter((f) => isPage(f.path));
	const info = new Map(
		pages.map((p) => {
			const html = read(p.path);
			return [p.path, { lang: htmlLang(html) ?? 'und', refs: htmlRefs(html, p.path, base) }];
		}),
	);

	/** Adds a JS file and everything it statically imports. */
	const withImports = (start: Iterable<string>): Set<string> => {
		const out = new Set<string>();
		const queue = [...start];
		for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
			if (out.has(path) || !byPath.has(path)) continue;
			out.add(path);
			if (path.endsWith('.js')) queue.push(...jsImports(read(path), path));
		}
		return out;
	};

	const offlinePages = pages.filter((p) => OFFLINE_PAGE.test(p.path));
	const shellFiles = withImports(
		offlinePages.flatMap((p) =>
			(info.get(p.path)?.refs ?? [])
				.filter((r) => !isPage(r.path) && !NEVER.test(r.path))
				.map((r) => r.path),
		),
	);

	const langs = [...new Set([...info.values()].map((i) => i.lang))].sort();
	const assets = files.filter((f) => f.path.startsWith('_astro/')).map((f) => f.path);
	const editions = langs.map((lang) => {
		const own = pages.filter((p) => info.get(p.path)?.lang === lang && !EMBED_PAGE.test(p.path));
		const chosen = new Set<string>([...own.map((p) => p.path), ...assets]);
		for (const page of own)
			for (const ref of info.get(page.path)?.refs ?? [])
				// Files a page loads or links to; other pages only when loaded (iframes), and then
				// with the files they load themselves (an embed's scripts and styles).
				if (!isPage(ref.path)) chosen.add(ref.path);
				else if (ref.attr === 'src') {
					chosen.add(ref.path);
					for (const inner of info.get(ref.path)?.refs ?? [])
						if (!isPage(inner.path)) chosen.add(inner.path);
				}
		for (const path of pagefindFiles(files, lang, pagefind)) chosen.add(path);
		const entries: SaveEntry[] = [...chosen]
			.filter((path) => byPath.has(path) && !NEVER.test(path))
			.sort()
			.map((path) => {
				const f = byPath.get(path) as BuiltFile;
				return [filePathToUrlPath(path), f.size, f.hash];
			});
		const root =
			own.map((p) => filePathToUrlPath(p.path)).sort((a, b) => a.length - b.length)[0] ?? '';
		const offline = own.find((p) => OFFLINE_PAGE.test(p.path));
		return {
			lang,
			root,
			offline: offline ? filePathToUrlPath(offline.path) : null,
			offlineHash: offline?.hash ?? null,
			manifest: `offline/${lang}.json`,
			files: entries.length,
			bytes: entries.reduce((sum, e) => sum + e[1], 0),
			entries,
		};
	});

	return {
		shell: [...shellFiles].sort().map((path) => [path, byPath.get(path)?.hash ?? '']),
		editions: editions.filter((e) => e.entries.some((entry) => entry[0] === e.root)),
	};
}

/** The search index files for one language: Pagefind's script, its WebAssembly and chunks. */
function pagefindFiles(
	files: readonly BuiltFile[],
	lang: string,
	entry: PagefindEntry | undefined,
): string[] {
	if (!entry) return [];
	const keys = Object.keys(entry.languages);
	const key =
		keys.find((k) => k.toLowerCase() === lang) ??
		keys.find((k) => k.toLowerCase().split('-')[0] === lang.split('-')[0]);
	const index = key === undefined ? undefined : entry.languages[key];
	if (!index) return [];
	const prefix = index.hash.slice(0, index.hash.lastIndexOf('_') + 1);
	const chunk = new RegExp(
		`^pagefind/(?:index|fragment|filter)/${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
	);
	return [
		'pagefind/pagefind.js',
		'pagefind/pagefind-entry.json',
		`pagefind/wasm.${index.wasm ?? 'unknown'}.pagefind`,
		`pagefind/pagefind.${index.hash}.pf_meta`,
		...files.filter((f) => chunk.test(f.path)).map((f) => f.path),
	];
}
