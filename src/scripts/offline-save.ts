/**
 * `<offline-save>`: the "Save this story for offline reading" control (OfflineSave.astro).
 * It asks the offline worker for the state of the page's language edition, sends the
 * reader's choices (save, remove) and shows what the worker reports while it downloads.
 * The worker does the downloading, so saving goes on while the reader moves between pages.
 */
import { fillTemplate, formatBytes, pluralOf } from '../lib/offline/format';
import type { FromWorker, SaveStatus, ToWorker } from '../lib/offline/messages';

type TextKey =
	| 'sizeOne'
	| 'sizeOther'
	| 'save'
	| 'resume'
	| 'saving'
	| 'updating'
	| 'saved'
	| 'savedUpdated'
	| 'outdated'
	| 'removed'
	| 'started'
	| 'errorOffline'
	| 'errorServer'
	| 'errorSpace'
	| 'errorStale'
	| 'errorUnknown'
	| 'noSpace';

/** Progress is announced to screen readers at these fractions only, not at every file. */
const MILESTONES = [0.25, 0.5, 0.75];

class OfflineSave extends HTMLElement {
	#text = {} as Record<TextKey, string>;
	#lang = document.documentElement.lang.toLowerCase();
	#status: SaveStatus | null = null;
	#announced = 0;
	#worker: () => ServiceWorker | null = () => null;
	#started = false;

	connectedCallback(): void {
		if (this.#started || !location.protocol.startsWith('http')) return;
		this.#started = true;
		// The home page has its own section: the footer's would repeat it.
		if (
			this.dataset['placement'] === 'footer' &&
			document.querySelector('offline-save[data-placement="home"]')
		)
			return;
		if (!('serviceWorker' in navigator) || !('caches' in window)) return;
		let container: ServiceWorkerContainer;
		try {
			container = navigator.serviceWorker;
		} catch {
			return;
		}
		try {
			this.#text = JSON.parse(this.dataset['text'] ?? '{}') as Record<TextKey, string>;
		} catch {
			return;
		}
		void container.ready.then(async (registration) => {
			this.#worker = () => container.controller ?? registration.active;
			container.addEventListener('message', (event: MessageEvent<FromWorker | undefined>) => {
				if (event.data?.type === 'offline:status' && event.data.status.lang === this.#lang)
					this.#render(event.data.status);
			});
			// A new worker (an update) carries on with its own state: ask it.
			container.addEventListener('controllerchange', () => {
				void this.#ask().then((next) => {
					if (next?.available && !this.hidden) this.#render(next);
				});
			});
			const status = await this.#ask();
			if (!status?.available) return;
			this.querySelector('[data-save]')?.addEventListener('click', () => {
				void this.#save();
			});
			this.querySelector('[data-remove]')?.addEventListener('click', () => {
				this.#post({ type: 'offline:remove', lang: this.#lang });
			});
			this.hidden = false;
			this.#render(status);
		});
	}

	#post(message: ToWorker): void {
		this.#worker()?.postMessage(message);
	}

	/** The edition's state, from the worker (undefined if it does not answer). */
	#ask(): Promise<SaveStatus | undefined> {
		const worker = this.#worker();
		if (!worker) return Promise.resolve(undefined);
		const channel = new MessageChannel();
		const reply = new Promise<SaveStatus>((resolve) => {
			channel.port1.onmessage = (event: MessageEvent<SaveStatus>) => {
				resolve(event.data);
			};
		});
		const message: ToWorker = { type: 'offline:status', lang: this.#lang };
		worker.postMessage(message, [channel.port2]);
		return reply;
	}

	async #save(): Promise<void> {
		const status = this.#status;
		if (!status) return;
		// A device without room would fail halfway: say so before downloading anything.
		const estimate = await navigator.storage.estimate().catch(() => undefined);
		if (estimate?.quota !== undefined && estimate.usage !== undefined) {
			const free = estimate.quota - estimate.usage;
			if (free < status.bytes) {
				this.#say(
					fillTemplate(this.#text.noSpace, {
						size: formatBytes(status.bytes, this.#lang),
						free: formatBytes(free, this.#lang),
					}),
					true,
				);
				return;
			}
		}
		// Asks the browser not to evict the copy under storage pressure (no prompt in most).
		void navigator.storage.persist().catch(() => false);
		this.#announced = 0;
		this.#live(this.#text.started);
		this.#post({ type: 'offline:save', lang: this.#lang });
	}

	#render(status: SaveStatus): void {
		const previous = this.#status;
		this.#status = status;
		const lang = this.#lang;
		const t = this.#text;
		const size = this.querySelector('[data-size]');
		if (size)
			size.textContent = fillTemplate(
				pluralOf(status.files, lang) === 'one' ? t.sizeOne : t.sizeOther,
				{
					size: formatBytes(status.bytes, lang),
					count: new Intl.NumberFormat(lang).format(status.files),
				},
			);
		const progress = this.querySelector<HTMLProgressElement>('[data-progress]');
		const p = status.progress;
		if (progress) {
			progress.hidden = p === null;
			progress.value = p && p.totalBytes > 0 ? p.bytes / p.totalBytes : 0;
		}

		const date = (iso: string | null) =>
			iso ? new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso)) : '';
		const saved = status.wanted && status.savedAt !== null;
		let state = '';
		if (p) {
			const fraction = p.total > 0 ? p.done / p.total : 0;
			state = fillTemplate(saved ? t.updating : t.saving, {
				done: new Intl.NumberFormat(lang).format(p.done),
				total: new Intl.NumberFormat(lang).format(p.total),
				percent: new Intl.NumberFormat(lang, { style: 'percent' }).format(fraction),
			});
			const reached = MILESTONES.filter((m) => fraction >= m).length;
			if (reached > this.#announced) {
				this.#announced = reached;
				this.#live(state);
			}
		} else if (status.error && status.wanted && !status.current) {
			state = {
				offline: t.errorOffline,
				server: t.errorServer,
				space: t.errorSpace,
				stale: t.errorStale,
				unknown: t.errorUnknown,
			}[status.error];
		} else if (saved) {
			const savedOn = date(status.savedAt);
			const updatedOn = date(status.updatedAt);
			state = !status.current
				? fillTemplate(t.outdated, { date: savedOn })
				: updatedOn && updatedOn !== savedOn
					? fillTemplate(t.savedUpdated, { date: savedOn, updated: updatedOn })
					: fillTemplate(t.saved, { date: savedOn });
		} else if (previous?.wanted && !status.wanted) state = t.removed;
		this.#say(state, state !== '' && !p && previous !== null && !sameState(previous, status));

		// While saving or once saved: Remove. Not saved, or stopped short: Save (or go on).
		const stopped = status.wanted && !p && !saved;
		const saveButton = this.querySelector('[data-save]');
		if (saveButton) saveButton.textContent = stopped ? t.resume : t.save;
		this.#show({
			'[data-save]':
				!p && (!status.wanted || stopped || (saved && !status.current && status.error !== null)),
			'[data-remove]': status.wanted,
		});
	}

	/**
	 * Shows and hides buttons (shown first), moving focus to a button still shown when the one
	 * that had it goes, so a keyboard reader never lands on nothing.
	 */
	#show(buttons: Record<string, boolean>): void {
		const focused = document.activeElement;
		const entries = Object.entries(buttons).sort((a, b) => Number(b[1]) - Number(a[1]));
		for (const [selector, visible] of entries) {
			const button = this.querySelector<HTMLButtonElement>(selector);
			if (button) button.hidden = !visible;
		}
		if (focused instanceof HTMLButtonElement && this.contains(focused) && focused.hidden)
			this.querySelector<HTMLButtonElement>('button:not([hidden])')?.focus();
	}

	/** The visible state line; `announce` also reads it out. */
	#say(text: string, announce = false): void {
		const line = this.querySelector<HTMLElement>('[data-state]');
		if (line) {
			line.textContent = text;
			line.hidden = text === '';
		}
		if (announce) this.#live(text);
	}

	#live(text: string): void {
		const live = this.querySelector('[data-live]');
		if (live) live.textContent = text;
	}
}

/** Whether two states read the same (so nothing new is announced). */
function sameState(a: SaveStatus, b: SaveStatus): boolean {
	return (
		a.wanted === b.wanted &&
		a.savedAt === b.savedAt &&
		a.updatedAt === b.updatedAt &&
		a.current === b.current &&
		a.error === b.error &&
		(a.progress === null) === (b.progress === null)
	);
}

customElements.define('offline-save', OfflineSave);
