/**
 * `<search-dialog>`: the header's search button and shortcuts (`/`, Ctrl/⌘+K). This module is
 * on every page, so it stays small. The first time the dialog opens, it fetches the search
 * page and moves that page's `<search-panel>` in, while the search UI
 * (src/scripts/search-ui.ts) loads; Pagefind loads after that, when the reader searches.
 */

/**
 * The dialog's own messages (`data-strings`), whole sentences with nothing to fill in. Read
 * here rather than with ./strings: that module's message formatter is a chunk of its own,
 * which every page would then fetch for sentences that need no formatting.
 */
type Messages = (key: string) => string;

function readMessages(el: HTMLElement): Messages {
	let messages: Record<string, unknown> = {};
	try {
		messages = JSON.parse(el.dataset['strings'] ?? '{}') as Record<string, unknown>;
	} catch {
		// A broken attribute leaves the keys showing, which tests catch.
	}
	return (key) => {
		const message = messages[key];
		return typeof message === 'string' ? message : key;
	};
}

/**
 * Says why the search module did not load, from what the server answers now: nothing
 * (offline), or "not found" for the module this page names (a deploy replaced it), or else
 * an error worth a retry. Both of the latter offer a Reload button.
 */
async function explainMissingModule(status: Element, error: unknown, t: Messages): Promise<void> {
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

/**
 * Adds the stylesheets of `doc` (fetched from `from`) that this page lacks, and resolves once
 * they have loaded or failed, so the panel never shows unstyled.
 */
function adoptStylesheets(doc: Document, from: URL): Promise<unknown> {
	const have = new Set(
		[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href),
	);
	const loads: Promise<unknown>[] = [];
	for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) {
		const href = new URL(link.getAttribute('href') ?? '', from).href;
		if (have.has(href)) continue;
		const sheet = document.createElement('link');
		sheet.rel = 'stylesheet';
		sheet.href = href;
		loads.push(
			new Promise((resolve) => {
				sheet.addEventListener('load', resolve);
				sheet.addEventListener('error', resolve);
			}),
		);
		document.head.append(sheet);
	}
	return Promise.all(loads);
}

/** The search page's own input, when the page has one: shortcuts focus it instead. */
function pageSearchInput(): HTMLInputElement | null {
	return document.querySelector<HTMLInputElement>('search-panel[data-mode="page"] input[name="q"]');
}

class SearchDialog extends HTMLElement {
	#dialog: HTMLDialogElement | null = null;
	/** The panel's search input once the panel is in the dialog; null if it could not load. */
	#panel: Promise<HTMLInputElement | null> | undefined;

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
		this.#panel ??= this.#loadPanel(dialog);
		void this.#panel.then((input) => {
			if (input && dialog.open) input.focus();
		});
	}

	/**
	 * Moves the search page's panel into the dialog, with the stylesheets it needs, while the
	 * module that defines `<search-panel>` loads; the panel upgrades when both are there. If
	 * either cannot load (offline, or gone after a deploy), the dialog says why, and the next
	 * opening tries again.
	 */
	async #loadPanel(dialog: HTMLDialogElement): Promise<HTMLInputElement | null> {
		const t = readMessages(this);
		const say = (error: unknown) => {
			const status = dialog.querySelector('[data-status]');
			if (status) void explainMissingModule(status, error, t);
		};
		// Settles with the error, if any, so a failure is reported once the panel is in.
		const uiError = import('./search-ui').then(
			() => undefined,
			(error: unknown) => error ?? new Error('search-ui'),
		);
		try {
			const from = new URL(this.dataset['searchPage'] ?? '', location.href);
			const response = await fetch(from);
			if (!response.ok) throw new Error(`HTTP ${response.status} for the search page`);
			const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
			const panel = doc.querySelector('search-panel');
			if (!panel) throw new Error('the search page has no search panel');
			await adoptStylesheets(doc, from);
			panel.setAttribute('data-mode', 'dialog');
			panel.querySelector('[data-search-nojs]')?.remove();
			panel.querySelector<HTMLElement>('[data-search-ui]')?.removeAttribute('hidden');
			dialog.querySelector('[data-search-body]')?.replaceChildren(document.adoptNode(panel));
		} catch (error) {
			this.#panel = undefined;
			say(error);
			return null;
		}
		void uiError.then((error) => {
			if (error) say(error);
		});
		return dialog.querySelector<HTMLInputElement>('input[name="q"]');
	}
}

customElements.define('search-dialog', SearchDialog);
