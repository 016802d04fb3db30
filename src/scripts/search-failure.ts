/**
 * Why search (its module, Pagefind or the index) failed to load, found out rather than
 * guessed, so each failure gets its own true message: a copy opened from disk, a reader who is
 * offline with search not saved, a page left open across a deploy (a new version: reload), a
 * host missing the index files (HTTP 404), or something else.
 *
 * Pagefind swallows failed index chunks (a search then finds nothing, silently), so the
 * fetches under the index folder are watched while search runs.
 */

import type { Strings } from './strings';

export type Cause = 'file' | 'offline' | 'stale' | 'missing' | 'unknown';

/** A fetch that failed: its URL and HTTP status (0 when no response came at all). */
export interface Failure {
	url: string;
	status: number;
}

const failures: Failure[] = [];
let entry: Promise<string> | undefined;
let watching: string | undefined;

/**
 * Starts recording failed fetches of URLs under `prefix` (once per page), and the index's
 * entry file as it was first loaded, to tell a deploy from a broken host.
 */
export function watchFetches(prefix: string): void {
	if (watching !== undefined) return;
	watching = new URL(prefix, location.href).href;
	// A broken index also rejects a promise inside Pagefind that nothing awaits. The search
	// status reports that failure; the duplicate is not left to surface as an uncaught error.
	window.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
		if (event.reason instanceof Error && event.reason.message.startsWith('Pagefind:'))
			event.preventDefault();
	});
	const original = window.fetch.bind(window);
	window.fetch = async (input, init) => {
		const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
		if (!watching || !url.startsWith(watching)) return original(input, init);
		try {
			const response = await original(input, init);
			if (!response.ok) failures.push({ url, status: response.status });
			else if (url.endsWith('/pagefind-entry.json')) entry ??= response.clone().text();
			return response;
		} catch (error) {
			failures.push({ url, status: 0 });
			throw error;
		}
	};
}

/** The failures recorded since the last call. */
export function takeFailures(): Failure[] {
	return failures.splice(0);
}

/** HEAD, straight to the server (the offline worker answers only GET): its status, or 0 offline. */
async function head(url: string): Promise<number> {
	return (await fetch(url, { method: 'HEAD', cache: 'no-store' })).status;
}

/**
 * Whether the server now has another build than the one this page and its index came from:
 * a script or stylesheet this page uses is gone (a deploy renamed it), or the index's entry
 * file differs from the one loaded. HEAD requests only: a 5 MB page is not downloaded to ask.
 */
async function isStale(): Promise<boolean> {
	const mine = new Set(
		[
			...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>(
				'script[src], link[rel="stylesheet"]',
			),
		]
			.map((el) => (el instanceof HTMLScriptElement ? el.src : el.href))
			.filter((url) => url.includes('/_astro/')),
	);
	const statuses = await Promise.all([...mine].map(head));
	if (statuses.includes(404)) return true;
	const loaded = await entry;
	if (loaded === undefined || !watching) return false;
	const now = await fetch(`${watching}pagefind-entry.json`, { cache: 'no-store' });
	return now.ok && (await now.text()) !== loaded;
}

/** The URL of a module a failed `import()` names in its message, if the browser gives it. */
function moduleUrl(error: unknown): string | undefined {
	return /https?:\/\/\S+?\.js\b/.exec(error instanceof Error ? error.message : '')?.[0];
}

/** Finds out why loading failed; `error` is what the failed import or call threw. */
export async function diagnose(
	error: unknown,
	failed: readonly Failure[],
): Promise<{ cause: Cause; status?: number }> {
	if (location.protocol === 'file:') return { cause: 'file' };
	const list = [...failed];
	try {
		await head(location.href);
		if (await isStale()) return { cause: 'stale' };
		const module = moduleUrl(error);
		if (module && !list.some((f) => f.url === module)) {
			const status = await head(module);
			if (status >= 400) list.push({ url: module, status });
		}
	} catch {
		return { cause: 'offline' };
	}
	const answered = list.find((f) => f.status > 0);
	if (answered) return { cause: 'missing', status: answered.status };
	return { cause: 'unknown' };
}

/** The message for search that could not load at all (`search.failure.*` in src/i18n). */
export function unavailableMessage(
	{ cause, status }: { cause: Cause; status?: number },
	t: Strings,
): string {
	return t(`search.failure.${cause}`, { status: status ?? '' });
}

/** The note after results when part of the index could not be loaded. */
export function partialMessage(
	{ cause, status }: { cause: Cause; status?: number },
	t: Strings,
): string {
	if (cause === 'offline') return t('search.failure.partialOffline');
	if (cause === 'stale') return t('search.failure.stale');
	if (cause === 'missing') return t('search.failure.partialMissing', { status: status ?? '' });
	return t('search.failure.partialUnknown');
}

/** Puts a "Reload" button (`label`) after `anchor`, once, for a page older than the site. */
export function offerReload(anchor: Element, label: string): void {
	const next = anchor.nextElementSibling;
	if (next instanceof HTMLButtonElement && next.dataset['reload'] !== undefined) return;
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'button';
	button.dataset['reload'] = '';
	button.textContent = label;
	button.addEventListener('click', () => {
		location.reload();
	});
	anchor.after(button);
}
