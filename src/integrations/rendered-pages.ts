/**
 * Each page's HTML as `astro build` renders it, for integrations with work to do per page
 * that need not wait for the whole build (share cards: integrations/share-cards.ts). Pages
 * render in the build's own process, so the middleware (rendered-pages-middleware.ts) and the
 * integrations meet on a global, under a registered symbol. Nothing listens outside a build.
 */

/** Called with a page's path and its HTML, while the build renders the next page. */
export type PageListener = (pathname: string, html: string) => void;

const KEY = Symbol.for('explainer-kit.rendered-pages');

function listeners(): Set<PageListener> {
	const scope = globalThis as { [KEY]?: Set<PageListener> | undefined };
	return (scope[KEY] ??= new Set());
}

/** Starts calling `listener` for every page rendered from now on; returns how to stop. */
export function onRenderedPage(listener: PageListener): () => void {
	listeners().add(listener);
	return () => listeners().delete(listener);
}

/**
 * Hands a rendered page to every listener. A listener that throws is one page's problem, never
 * the build's: what it would have done is done after the build instead.
 */
export function renderedPage(pathname: string, html: string): void {
	for (const listener of listeners()) {
		try {
			listener(pathname, html);
		} catch {
			// the listener's own fallback runs at astro:build:done
		}
	}
}

/** Whether anything listens: when not, pages are not read at all. */
export function listening(): boolean {
	return listeners().size > 0;
}
