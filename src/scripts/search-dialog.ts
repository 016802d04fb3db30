/**
 * `<search-dialog>`: the header's search button and shortcuts (`/`, Ctrl/⌘+K). This module is
 * on every page, so it stays small: the search UI (src/scripts/search-ui.ts) is imported the
 * first time the dialog opens, and Pagefind after that, when the reader searches.
 */

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
		// The UI module defines <search-panel>; the panel inside the dialog then upgrades.
		void import('./search-ui');
	}
}

customElements.define('search-dialog', SearchDialog);
