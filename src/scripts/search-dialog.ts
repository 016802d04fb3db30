/**
 * `<search-dialog>`: the header's search button and shortcuts (`/`, Ctrl/⌘+K). This module is
 * on every page, so it stays small: the search UI (src/scripts/search-ui.ts) is imported the
 * first time the dialog opens, and Pagefind after that, when the reader searches.
 */
import { readStrings, type Strings } from './strings';

/**
 * Says why the search module did not load, from what the server answers now: nothing
 * (offline), or "not found" for the module this page names (a deploy replaced it), or else
 * an error worth a retry. Both of the latter offer a Reload button.
 */
async function explainMissingModule(status: Element, error: unknown, t: Strings): Promise<void> {
	const module = /https?:\/\/\S+?\.js\b/.exec(error instanceof Error ? error.message : '')?.[0];
	let gone = false;
	try {
		await fetch(location.href, { cache: 'no-store', method: 'HEAD' });
		if (module) gone = (await fetch(module, { cache: 'no-store', method: 'HEAD' })).status === 404;
	} catch {
		status.textContent = t('search.failure.offline');
		return;
	}
	status.textContent = t(gone ? 'search.failure.stale' : 'search.failure.module');
	if (status.nextElementSibling?.matches('[data-reload]')) return;
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'button';
	button.dataset['reload'] = '';
	button.textContent = t('search.reload');
	button.addEventListener('click', () => {
		location.reload();
	});
	status.after(button);
}

/** Whether a key press is aimed at a field the reader is typing in. */
function isTyping(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return (
		target.isContentEditable ||
		target instanceof HTMLInputElement ||
		target instanceof HTMLTextAreaElement ||
		target instanceof HTMLSelectElement
	);
}

/** The search page's own input, when the page has one: shortcuts focus it instead. */
function pageSearchInput(): HTMLInputElement | null {
	return document.querySelector<HTMLInputElement>('search-panel[data-mode="page"] input[name="q"]');
}

class SearchDialog extends HTMLElement {
	#dialog: HTMLDialogElement | null = null;

	connectedCallback(): void {
		const link = this.querySelector<HTMLElement>('[data-search-link]');
		const button = this.querySelector<HTMLButtonElement>('[data-search-open]');
		const dialog = this.querySelector('dialog');
		if (!link || !button || !dialog || typeof dialog.showModal !== 'function') return;
		this.#dialog = dialog;
		link.hidden = true;
		button.hidden = false;
		button.addEventListener('click', () => {
			this.open();
		});
		this.querySelector('[data-search-close]')?.addEventListener('click', () => {
			dialog.close();
		});
		// A click on the backdrop lands on the dialog element, outside its box: close, like Escape.
		dialog.addEventListener('click', (event) => {
			const box = dialog.getBoundingClientRect();
			const outside =
				event.clientX < box.left ||
				event.clientX > box.right ||
				event.clientY < box.top ||
				event.clientY > box.bottom;
			if (event.target === dialog && outside) dialog.close();
		});
		document.addEventListener('keydown', this.#onKey);
	}

	disconnectedCallback(): void {
		document.removeEventListener('keydown', this.#onKey);
	}

	#onKey = (event: KeyboardEvent): void => {
		if (event.defaultPrevented || event.altKey) return;
		const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
		const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
		if (!commandK && !slash) return;
		event.preventDefault();
		this.open();
	};

	/** Opens search: the page's own form on /search/, the dialog everywhere else. */
	open(): void {
		const onPage = pageSearchInput();
		if (onPage) {
			onPage.focus();
			onPage.select();
			return;
		}
		const dialog = this.#dialog;
		if (!dialog) return;
		if (!dialog.open) dialog.showModal();
		dialog.querySelector<HTMLInputElement>('input[name="q"]')?.focus();
		// The UI module defines <search-panel>; the panel inside the dialog then upgrades. If it
		// cannot load (offline, or gone after a deploy), the panel's status says why.
		import('./search-ui').catch((error: unknown) => {
			const status = dialog.querySelector('[data-status]');
			if (status) void explainMissingModule(status, error, readStrings(this));
		});
	}
}

customElements.define('search-dialog', SearchDialog);
