/**
 * `<offline-save>`: the "Save this story for offline reading" control (OfflineSave.astro).
 * It asks the offline worker for the state of the page's language edition, sends the
 * reader's choices (save, remove) and shows what the worker reports while it downloads.
 * The worker does the downloading, so saving goes on while the reader moves between pages.
 */
import { formatBytes } from '../lib/offline/format';
import type { FromWorker, SaveStatus, ToWorker } from '../lib/offline/messages';
import { readStrings, type Strings } from './strings';

/** Progress is announced to screen readers at these fractions only, not at every file. */
const MILESTONES = [0.25, 0.5, 0.75];

class OfflineSave extends HTMLElement {
	#t: Strings = (key) => key;
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
		this.#t = readStrings(this);
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
			if (!status?.available) {
				// Nothing to save here after all: the footer's fold goes too.
				this.closest<HTMLElement>('[data-offline-fold]')?.setAttribute('hidden', '');
				return;
			}
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
					this.#t('offlineSave.noSpace', {
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
		this.#live(this.#t('offlineSave.started'));
		this.#post({ type: 'offline:save', lang: this.#lang });
	}

	#render(status: SaveStatus): void {
		const previous = this.#status;
		this.#status = status;
		const lang = this.#lang;
		const t = this.#t;
		const size = this.querySelector('[data-size]');
		if (size)
			size.textContent = t('offlineSave.size', {
				size: formatBytes(status.bytes, lang),
				count: status.files,
			});
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
			state = t(saved ? 'offlineSave.updating' : 'offlineSave.saving', {
				done: p.done,
				total: p.total,
				percent: new Intl.NumberFormat(lang, { style: 'percent' }).format(fraction),
			});
			const reached = MILESTONES.filter((m) => fraction >= m).length;
			if (reached > this.#announced) {
				this.#announced = reached;
				this.#live(state);
			}
		} else if (status.error && status.wanted && !status.current) {
			state = t(`offlineSave.error.${status.error}`);
		} else if (saved) {
			const savedOn = date(status.savedAt);
			const updatedOn = date(status.updatedAt);
			state = !status.current
				? t('offlineSave.outdated', { date: savedOn })
				: updatedOn && updatedOn !== savedOn
					? t('offlineSave.savedUpdated', { date: savedOn, updated: updatedOn })
					: t('offlineSave.saved', { date: savedOn });
		} else if (previous?.wanted && !status.wanted) state = t('offlineSave.removed');
		this.#say(state, state !== '' && !p && previous !== null && !sameState(previous, status));

		// While saving or once saved: Remove. Not saved, or stopped short: Save (or go on).
		const stopped = status.wanted && !p && !saved;
		const saveButton = this.querySelector('[data-save]');
		if (saveButton) saveButton.textContent = t(stopped ? 'offlineSave.resume' : 'offlineSave.save');
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
