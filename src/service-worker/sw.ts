/// <reference lib="webworker" />
/**
 * The offline worker, bundled into dist/sw.js by src/integrations/write-service-worker.mjs,
 * which fills in __BUILD__ (this build's version, its shell and its language editions).
 *
 * - Install fetches only the shell: the offline page's styles and scripts, which the page
 *   being read has just loaded, so they come from the browser's HTTP cache.
 * - Pages come from the network first (revalidated, so a host's max-age never hands back an
 *   old page) and are kept as they are read; hashed files are kept and served from the cache;
 *   other files are revalidated and kept. Keys carry no query string.
 * - Saving an edition ("Save this story for offline reading") downloads its list, checking
 *   every file's content hash, so a copy never mixes builds; a new version re-saves only the
 *   files whose hash changed, and only for readers who chose to save.
 * - Each version has its own caches. A new worker deletes an older version's caches only
 *   once no open tab was loaded from them.
 * - Offline, a page not kept is answered with the edition's offline page (503), or, when the
 *   whole edition is saved and the address is none of its pages, with its 404 page (404).
 */
import { cacheKey, isImmutable } from '../lib/offline/keys.ts';
import { fillOfflinePage, pageTitle, type KeptPage } from '../lib/offline/offline-page.ts';
import type { Edition, SaveEntry, SaveManifest } from '../lib/offline/plan.ts';
import type {
	FromWorker,
	SaveError,
	SaveProgress,
	SaveStatus,
	ToWorker,
} from '../lib/offline/messages.ts';

declare const self: ServiceWorkerGlobalScope;
declare const __BUILD__: { version: string; shell: [string, string][]; editions: Edition[] };

const { version: VERSION, shell: SHELL, editions: EDITIONS } = __BUILD__;
const PREFIX = 'explainer-';
const runtimeName = (version: string) => `${PREFIX}${version}`;
const savedName = (version: string, lang: string) => `${PREFIX}${version}-saved-${lang}`;
const RUNTIME = runtimeName(VERSION);
const STATE_CACHE = `${PREFIX}state`;
/** Header on kept responses: the content hash checked when the file was stored. */
const HASH = 'x-explainer-hash';
/** Header on kept pages: their title, for the offline page's list. */
const TITLE = 'x-explainer-title';
/** Saved files downloaded at once. */
const PARALLEL = 6;
/** Pages listed on the offline page, most recently read first. */
const MAX_LISTED = 30;

const scope = new URL(self.registration.scope);
const at = (path: string) => new URL(path, scope).href;
const STATE_URL = at('__offline-state');

/** The version a cache belongs to, for explainer caches only. */
function versionOf(name: string): string | undefined {
	return /^explainer-([0-9a-f]{6,})(?:-saved-.+)?$/.exec(name)?.[1];
}

const isSavedCache = (name: string) => name.includes('-saved-');

// ---------------------------------------------------------------------------------------
// State that outlives the worker: which editions the reader saved, and which version of the
// caches each open tab was loaded from.

interface SavedState {
	savedAt?: string;
	updatedAt?: string;
	/** The version of the last complete copy. */
	version?: string;
	error?: SaveError;
}

interface State {
	saved: Record<string, SavedState>;
	clients: Record<string, string>;
}

let state: Promise<State> | undefined;
let writing: Promise<unknown> = Promise.resolve();

function readState(): Promise<State> {
	state ??= caches
		.open(STATE_CACHE)
		.then((cache) => cache.match(STATE_URL))
		.then(async (response) => {
			const parsed = (response ? await response.json() : {}) as Partial<State>;
			return { saved: parsed.saved ?? {}, clients: parsed.clients ?? {} };
		})
		.catch(() => ({ saved: {}, clients: {} }));
	return state;
}

/** Changes the state and stores it; changes run one after another. */
function updateState(change: (s: State) => void): Promise<void> {
	const next = writing.then(async () => {
		const s = await readState();
		change(s);
		const cache = await caches.open(STATE_CACHE);
		await cache.put(
			STATE_URL,
			new Response(JSON.stringify(s), { headers: { 'Content-Type': 'application/json' } }),
		);
	});
	writing = next.catch(() => undefined);
	return next;
}

async function tag(clientId: string, version: string): Promise<void> {
	if (!clientId || (await readState()).clients[clientId] === version) return;
	await updateState((s) => {
		s.clients[clientId] = version;
	});
}

async function versionFor(clientId: string): Promise<string> {
	return (clientId && (await readState()).clients[clientId]) || VERSION;
}

/**
 * Whether a newer worker is installing, waiting or has taken over. Its caches are not this
 * worker's to judge: an older worker still finishing a page's tasks must not delete them.
 */
function superseded(): boolean {
	const { installing, waiting, active } = self.registration;
	return Boolean(installing || waiting || (active && active !== self.serviceWorker));
}

/**
 * Deletes the caches of versions nothing needs any more: not this one, not one an open tab
 * was loaded from, not a reader's last complete saved copy. Only the newest worker deletes.
 */
async function prune(): Promise<void> {
	if (superseded()) return;
	const open = new Set(
		(await self.clients.matchAll({ includeUncontrolled: true, type: 'all' })).map((c) => c.id),
	);
	const s = await readState();
	const live = new Set([VERSION]);
	for (const [id, version] of Object.entries(s.clients)) if (open.has(id)) live.add(version);
	for (const saved of Object.values(s.saved)) if (saved.version) live.add(saved.version);
	const gone = Object.keys(s.clients).filter((id) => !open.has(id));
	if (gone.length > 0)
		await updateState((st) => {
			st.clients = Object.fromEntries(Object.entries(st.clients).filter(([id]) => open.has(id)));
		});
	const names = await caches.keys();
	// Checked again after listing: a worker that started installing since then is not in
	// the list; one that started before is caught here.
	if (superseded()) return;
	await Promise.all(
		names
			.filter((name) => {
				const version = versionOf(name);
				return version !== undefined && !live.has(version);
			})
			.map((name) => caches.delete(name)),
	);
}

// ---------------------------------------------------------------------------------------
// Finding and storing.

/** Explainer caches, those of `preferred` first, then this version's, then newest first. */
async function ordered(preferred: string): Promise<string[]> {
	const names = (await caches.keys()).filter((n) => versionOf(n) !== undefined);
	const rank = (n: string) => {
		const v = versionOf(n);
		return v === preferred ? 0 : v === VERSION ? 1 : 2;
	};
	return names
		.map((name, i) => ({ name, i }))
		.sort((a, b) => rank(a.name) - rank(b.name) || b.i - a.i)
		.map((x) => x.name);
}

async function lookup(
	key: string,
	preferred = VERSION,
): Promise<{ response: Response; version: string } | undefined> {
	for (const name of await ordered(preferred)) {
		const response = await caches.match(key, { cacheName: name });
		if (response) return { response, version: versionOf(name) ?? VERSION };
	}
	return undefined;
}

const isHtml = (response: Response) =>
	(response.headers.get('Content-Type') ?? '').includes('text/html');
const storable = (response: Response) =>
	response.status === 200 && response.type === 'basic' && !response.headers.has('Content-Range');

/** Keeps a page with its title (for the offline page's list). */
async function storePage(cache: Cache, key: string, response: Response): Promise<void> {
	const text = await response.text();
	const headers = new Headers({ 'Content-Type': 'text/html; charset=utf-8' });
	const title = pageTitle(text);
	if (title) headers.set(TITLE, encodeURIComponent(title));
	await cache.put(key, new Response(text, { headers }));
}

/** The cache for files a tab of `version` uses: that version's, while it exists. */
async function runtimeFor(version: string): Promise<Cache> {
	const name = runtimeName(version);
	return caches.open(version === VERSION || (await caches.has(name)) ? name : RUNTIME);
}

async function digest(body: ArrayBuffer): Promise<string> {
	const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
	return [...bytes.slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

class SaveFailure extends Error {
	constructor(readonly reason: SaveError | 'cancelled') {
		super(reason);
	}
}

function verified(body: ArrayBuffer, type: string | null, hash: string): Response {
	const headers = new Headers({ [HASH]: hash });
	if (type) headers.set('Content-Type', type);
	return new Response(body, { headers });
}

/**
 * Downloads a file of this build and checks its content: first through the HTTP cache
 * (a hashed name cannot be stale; anything else is revalidated), then, if a host or proxy
 * answered with another build's copy, once more with `cache: 'reload'`.
 */
async function fetchVerified(url: string, hash: string): Promise<Response> {
	const modes: RequestCache[] = isImmutable(new URL(url).pathname)
		? ['default', 'reload']
		: ['no-cache', 'reload'];
	for (const mode of modes) {
		const response = await fetch(url, { cache: mode, credentials: 'same-origin' });
		if (!response.ok) throw new SaveFailure('server');
		const body = await response.arrayBuffer();
		if ((await digest(body)) === hash)
			return verified(body, response.headers.get('Content-Type'), hash);
	}
	throw new SaveFailure('stale');
}

/** A copy of `url` with content `hash` already on the device, in any explainer cache. */
async function findCopy(url: string, hash: string, except: string): Promise<Response | undefined> {
	for (const name of await ordered(VERSION)) {
		if (name === except) continue;
		const response = await caches.match(url, { cacheName: name });
		if (!response) continue;
		if (response.headers.get(HASH) === hash) return response;
		const body = await response.arrayBuffer();
		if ((await digest(body)) === hash)
			return verified(body, response.headers.get('Content-Type'), hash);
	}
	return undefined;
}

/** Makes sure `cache` holds `url` with content `hash`, fetching only if no copy is on the device. */
async function fill(cache: Cache, name: string, url: string, hash: string): Promise<void> {
	const have = await cache.match(url);
	if (have?.headers.get(HASH) === hash) return;
	await cache.put(url, (await findCopy(url, hash, name)) ?? (await fetchVerified(url, hash)));
}

// ---------------------------------------------------------------------------------------
// Saving editions.

const syncing = new Map<string, Promise<void>>();
const progress = new Map<string, SaveProgress>();
const cancelled = new Set<string>();
/** Editions whose interrupted save or update this worker has already retried. */
const retried = new Set<string>();

const editionOf = (lang: string) => EDITIONS.find((e) => e.lang === lang);

/** The edition a path belongs to: the one with the longest matching root. */
function editionFor(pathname: string): Edition | undefined {
	return EDITIONS.filter((e) => pathname.startsWith(new URL(e.root, scope).pathname)).sort(
		(a, b) => b.root.length - a.root.length,
	)[0];
}

async function status(lang: string): Promise<SaveStatus> {
	const edition = editionOf(lang);
	const saved = (await readState()).saved[lang];
	return {
		lang,
		available: edition !== undefined,
		files: edition?.files ?? 0,
		bytes: edition?.bytes ?? 0,
		wanted: saved !== undefined,
		savedAt: saved?.savedAt ?? null,
		updatedAt: saved?.updatedAt ?? null,
		current: saved?.version === VERSION,
		progress: progress.get(lang) ?? null,
		error: saved?.error ?? null,
	};
}

async function announce(lang: string): Promise<void> {
	const message: FromWorker = { type: 'offline:status', status: await status(lang) };
	for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message);
}

const announcing = new Map<string, ReturnType<typeof setTimeout>>();
function announceSoon(lang: string): void {
	if (announcing.has(lang)) return;
	announcing.set(
		lang,
		setTimeout(() => {
			announcing.delete(lang);
			void announce(lang);
		}, 200),
	);
}

/** Runs `task` over `items`, `limit` at a time; the first failure stops new tasks. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
	let next = 0;
	let failure: Error | undefined;
	const worker = async () => {
		while (failure === undefined && next < items.length) {
			const item = items[next++] as T;
			try {
				await task(item);
			} catch (error) {
				failure ??= error instanceof Error ? error : new Error('task failed');
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	if (failure) throw failure;
}

function reasonOf(error: unknown): SaveError | 'cancelled' {
	if (error instanceof SaveFailure) return error.reason;
	if (error instanceof TypeError) return 'offline';
	if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'space';
	return 'unknown';
}

/** Hashed assets first: a page stored before them could be served without its styles. */
const assetsFirst = (a: SaveEntry, b: SaveEntry) =>
	Number(!a[0].startsWith('_astro/')) - Number(!b[0].startsWith('_astro/'));

async function saveEdition(lang: string): Promise<void> {
	const edition = editionOf(lang);
	if (!edition) {
		await forget(lang);
		return;
	}
	try {
		const response = await fetch(at(edition.manifest), { cache: 'no-cache' });
		if (!response.ok) throw new SaveFailure('server');
		const manifest = (await response.json()) as SaveManifest;
		// The server already has another build: this worker's update is on its way.
		if (manifest.version !== VERSION) throw new SaveFailure('stale');
		const name = savedName(VERSION, lang);
		const cache = await caches.open(name);
		const entries = [...manifest.files].sort(assetsFirst);
		const p: SaveProgress = {
			done: 0,
			total: entries.length,
			bytes: 0,
			totalBytes: manifest.bytes,
		};
		progress.set(lang, p);
		void announce(lang);
		await pool(entries, PARALLEL, async ([path, bytes, hash]) => {
			if (cancelled.has(lang)) throw new SaveFailure('cancelled');
			await fill(cache, name, at(path), hash);
			p.done++;
			p.bytes += bytes;
			announceSoon(lang);
		});
		await cache.put(at(edition.manifest), new Response(JSON.stringify(manifest)));
		const now = new Date().toISOString();
		await updateState((s) => {
			const saved = s.saved[lang];
			if (!saved) return;
			saved.version = VERSION;
			saved.savedAt ??= now;
			saved.updatedAt = now;
			delete saved.error;
		});
		// The copy of the previous version is no longer needed (unless a tab still uses it).
		await prune();
	} catch (error) {
		const reason = reasonOf(error);
		if (reason !== 'cancelled')
			await updateState((s) => {
				const saved = s.saved[lang];
				if (saved) saved.error = reason;
			});
	}
}

function sync(lang: string): Promise<void> {
	let run = syncing.get(lang);
	if (!run) {
		run = saveEdition(lang).finally(() => {
			syncing.delete(lang);
			progress.delete(lang);
			void announce(lang);
		});
		syncing.set(lang, run);
	}
	return run;
}

/** Brings saved editions up to this version, once per worker (never for editions not saved). */
async function resumeSaves(): Promise<void> {
	const s = await readState();
	await Promise.all(
		Object.entries(s.saved)
			.filter(
				([lang, saved]) =>
					saved.version !== VERSION &&
					!retried.has(lang) &&
					// Not enough space, or a host missing a file: wait for the reader to try again.
					saved.error !== 'space' &&
					saved.error !== 'server',
			)
			.map(([lang]) => {
				retried.add(lang);
				return sync(lang);
			}),
	);
}

/** Drops an edition from what the reader saved. */
function forget(lang: string): Promise<void> {
	return updateState((s) => {
		s.saved = Object.fromEntries(Object.entries(s.saved).filter(([l]) => l !== lang));
	});
}

async function remove(lang: string): Promise<void> {
	cancelled.add(lang);
	await syncing.get(lang);
	cancelled.delete(lang);
	await forget(lang);
	const names = await caches.keys();
	await Promise.all(names.filter((n) => n.endsWith(`-saved-${lang}`)).map((n) => caches.delete(n)));
	await announce(lang);
}

// ---------------------------------------------------------------------------------------
// Answering requests.

/** The offline page of an edition, with what this device keeps listed. */
async function offlinePage(edition: Edition | undefined, requested: string): Promise<Response> {
	const page = edition?.offline ?? EDITIONS.find((e) => e.offline)?.offline;
	const kept = page === undefined || page === null ? undefined : await lookup(at(page));
	if (!kept) return Response.error();
	const s = await readState();
	const html = fillOfflinePage(await kept.response.text(), {
		retry: requested,
		saved: edition !== undefined && s.saved[edition.lang]?.version !== undefined,
		pages: await keptPages(edition),
	});
	return new Response(html, {
		status: 503,
		statusText: 'Service Unavailable',
		headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
	});
}

/** Pages of an edition kept because the reader opened them, most recent first. */
async function keptPages(edition: Edition | undefined): Promise<KeptPage[]> {
	const seen = new Set<string>();
	const out: KeptPage[] = [];
	for (const name of await ordered(VERSION)) {
		if (isSavedCache(name)) continue;
		const cache = await caches.open(name);
		for (const request of [...(await cache.keys())].reverse()) {
			const url = new URL(request.url);
			if (out.length >= MAX_LISTED) return out;
			if (seen.has(url.href) || !url.pathname.endsWith('/')) continue;
			if (editionFor(url.pathname) !== edition || url.href === at(edition?.offline ?? '')) continue;
			seen.add(url.href);
			const title = (await cache.match(request))?.headers.get(TITLE);
			out.push({ href: url.href, title: title ? decodeURIComponent(title) : url.pathname });
		}
	}
	return out;
}

/** Offline: the kept page, or the 404 page of a saved edition that has no such page, or the offline page. */
async function offline(event: FetchEvent, key: string, edition: Edition | undefined) {
	const kept = await lookup(key);
	if (kept) {
		event.waitUntil(tag(event.resultingClientId, kept.version));
		return kept.response;
	}
	const saved = edition ? (await readState()).saved[edition.lang] : undefined;
	if (edition && saved?.version) {
		const list = await caches.match(at(edition.manifest), {
			cacheName: savedName(saved.version, edition.lang),
		});
		const manifest = list ? ((await list.json()) as SaveManifest) : undefined;
		const pages = new Set(manifest?.files.map(([path]) => at(path)));
		const notFound =
			manifest?.files.find(([path]) => path === `${edition.root}404.html`) ??
			manifest?.files.find(([path]) => path === '404.html');
		const page404 = notFound ? await lookup(at(notFound[0]), saved.version) : undefined;
		if (manifest && !pages.has(key) && page404)
			return new Response(page404.response.body, {
				status: 404,
				statusText: 'Not Found',
				headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
			});
	}
	return offlinePage(edition, event.request.url);
}

/** Once per worker and edition: keep its offline page; then retry saves and tidy up. */
const ensured = new Set<string>();
async function afterPage(edition: Edition | undefined): Promise<void> {
	if (edition?.offline && edition.offlineHash && !ensured.has(edition.lang)) {
		ensured.add(edition.lang);
		await fill(await caches.open(RUNTIME), RUNTIME, at(edition.offline), edition.offlineHash).catch(
			() => ensured.delete(edition.lang),
		);
	}
	await resumeSaves();
	await prune();
}

async function navigate(event: FetchEvent): Promise<Response> {
	const { request } = event;
	const key = cacheKey(request.url);
	const edition = editionFor(new URL(request.url).pathname);
	let response: Response;
	try {
		// Revalidated: a host's max-age must not hand back a page of an older build.
		response = await fetch(request.url, {
			cache: 'no-cache',
			redirect: 'manual',
			credentials: request.credentials,
		});
	} catch {
		return offline(event, key, edition);
	}
	if (response.type === 'opaqueredirect') return response;
	if (storable(response) && isHtml(response)) {
		const copy = response.clone();
		event.waitUntil(
			(async () => {
				await storePage(await caches.open(RUNTIME), key, copy);
				await tag(event.resultingClientId, VERSION);
				await afterPage(edition);
			})(),
		);
		return response;
	}
	if (response.status >= 500) {
		const kept = await lookup(key);
		if (kept) return kept.response;
	}
	return response;
}

async function file(event: FetchEvent): Promise<Response> {
	const { request } = event;
	// A check of what the server has now (src/scripts/load-failure.ts): never from a cache.
	if (request.cache === 'no-store') return fetch(request);
	const key = cacheKey(request.url);
	const version = await versionFor(event.clientId);
	const keep = (response: Response) => {
		if (!storable(response)) return;
		const copy = response.clone();
		event.waitUntil(runtimeFor(version).then((cache) => cache.put(key, copy)));
	};
	if (isImmutable(new URL(request.url).pathname)) {
		const kept = await lookup(key, version);
		if (kept) return kept.response;
		const response = await fetch(request);
		keep(response);
		return response;
	}
	try {
		const response = await fetch(request, { cache: 'no-cache' });
		if (response.status >= 500) {
			const kept = await lookup(key, version);
			if (kept) return kept.response;
		}
		keep(response);
		return response;
	} catch (error) {
		const kept = await lookup(key, version);
		if (kept) return kept.response;
		throw error;
	}
}

/** A page that loaded before this worker took over: keep it and what it loaded. */
async function keepLoaded(client: Client | null, urls: readonly string[]): Promise<void> {
	if (client) await tag(client.id, VERSION);
	const cache = await caches.open(RUNTIME);
	for (const url of urls) {
		const u = new URL(url, scope);
		if (u.origin !== scope.origin || !u.pathname.startsWith(scope.pathname)) continue;
		if (u.href === at('sw.js')) continue;
		const key = cacheKey(u.href);
		if (await lookup(key)) continue;
		// The copy the page just loaded, from the browser's HTTP cache.
		const response = await fetch(u.href, { cache: 'force-cache' }).catch(() => undefined);
		if (!response || !storable(response)) continue;
		if (isHtml(response)) await storePage(cache, key, response);
		else await cache.put(key, response);
	}
	const first = urls[0];
	await afterPage(first === undefined ? undefined : editionFor(new URL(first, scope).pathname));
}

// ---------------------------------------------------------------------------------------
// Events.

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(RUNTIME);
			await Promise.all(SHELL.map(([path, hash]) => fill(cache, RUNTIME, at(path), hash)));
			await self.skipWaiting();
		})(),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await self.clients.claim();
			// Tabs open before this worker (the first visit) were loaded from the network now.
			const open = await self.clients.matchAll({ includeUncontrolled: true, type: 'all' });
			const s = await readState();
			const untagged = open.filter((c) => !(c.id in s.clients));
			if (untagged.length > 0)
				await updateState((st) => {
					for (const c of untagged) st.clients[c.id] = VERSION;
				});
			await prune();
		})(),
	);
	// A reader who saved gets the new version saved in the background. Not part of activation
	// (fetches wait for it); open pages ask for the status on the change of worker, which
	// keeps this worker alive until it is done.
	void resumeSaves();
});

self.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (
		request.method !== 'GET' ||
		url.origin !== scope.origin ||
		!url.pathname.startsWith(scope.pathname) ||
		url.href === at('sw.js') ||
		request.headers.has('range')
	)
		return;
	event.respondWith(request.mode === 'navigate' ? navigate(event) : file(event));
});

self.addEventListener('message', (event) => {
	const data = event.data as ToWorker | undefined;
	const client = event.source instanceof Client ? event.source : null;
	switch (data?.type) {
		case 'offline:status':
			event.waitUntil(
				status(data.lang).then((s) => {
					event.ports[0]?.postMessage(s);
					// A reader who saved gets an interrupted save or update carried on.
					return resumeSaves();
				}),
			);
			break;
		case 'offline:save':
			retried.add(data.lang);
			event.waitUntil(
				updateState((s) => {
					const saved = (s.saved[data.lang] ??= {});
					delete saved.error;
				}).then(() => sync(data.lang)),
			);
			break;
		case 'offline:remove':
			event.waitUntil(remove(data.lang));
			break;
		case 'offline:keep':
			event.waitUntil(keepLoaded(client, data.urls));
			break;
		default:
			break;
	}
});
