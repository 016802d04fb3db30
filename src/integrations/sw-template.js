// Service worker: keeps the site readable offline after a first visit. The build replaces
// the two placeholders below with this build's version and file list, so every build gets a
// new cache and the old one is dropped once the new worker takes over.
const VERSION = '__VERSION__';
const FILES = __FILES__; // eslint-disable-line no-undef -- a build-time placeholder
const CACHE = `explainer-${VERSION}`;
const scope = new URL(self.registration.scope);

self.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(FILES.map((f) => new URL(f, scope).href)))
			.then(() => self.skipWaiting()),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys
						.filter((k) => k.startsWith('explainer-') && k !== CACHE)
						.map((k) => caches.delete(k)),
				),
			)
			.then(() => self.clients.claim()),
	);
});

/** Pages: network first, so a reader online always gets the latest build; cache when offline. */
async function page(request) {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok) await cache.put(request, response.clone());
		return response;
	} catch {
		const url = new URL(request.url);
		const cached =
			(await cache.match(request, { ignoreSearch: true })) ??
			(url.pathname.endsWith('/')
				? await cache.match(new URL('index.html', url).href)
				: undefined) ??
			(await editionNotFound(cache, url)) ??
			(await cache.match(new URL('404.html', scope).href));
		return cached ?? new Response('Offline, and this page was not saved.', { status: 503 });
	}
}

/** A language edition's own 404 page (`es/404.html`) for an address inside it, if cached. */
async function editionNotFound(cache, url) {
	const first = url.pathname.slice(scope.pathname.length).split('/')[0];
	return first ? cache.match(new URL(`${first}/404.html`, scope).href) : undefined;
}

/** Files: cache first; built assets have content-hashed names, others change with VERSION. */
async function file(request) {
	const cached = await caches.match(request, { ignoreSearch: true });
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok && request.method === 'GET')
		(await caches.open(CACHE)).put(request, response.clone());
	return response;
}

self.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (
		request.method !== 'GET' ||
		url.origin !== scope.origin ||
		!url.pathname.startsWith(scope.pathname)
	)
		return;
	event.respondWith(request.mode === 'navigate' ? page(request) : file(request));
});
