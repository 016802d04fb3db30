/**
 * `<search-panel>`: search as you type over the Pagefind index, as an ARIA combobox (the
 * input keeps focus; arrow keys move through a listbox of results; Enter opens one), with
 * kind and attribution filters, counts, and a polite live status. Loaded only when search
 * opens; Pagefind itself (script, WebAssembly, index) is imported on first use.
 *
 * Pagefind returns titles and text unescaped: everything from the index is inserted with
 * `textContent`, and excerpts are rebuilt as DOM from their `<mark>` runs (search-excerpt.ts).
 */
import { dropShown, splitExcerpt } from '../lib/search/excerpt';
import { readStrings, type Strings } from './strings';
import {
	diagnose,
	offerReload,
	partialMessage,
	takeFailures,
	unavailableMessage,
	watchFetches,
} from './search-failure';
import {
	MAX_QUERY_LENGTH,
	SEARCH_FILTERS,
	SEARCH_KINDS,
	isEmptySearch,
	isExactName,
	readSearchState,
	toPagefindFilters,
	writeSearchState,
	type SearchKind,
	type SearchState,
} from '../lib/search/state';

/** The part of Pagefind's browser API this UI uses (pagefind.js, Pagefind 1.6). */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	filters(): Promise<Counts>;
	search(
		term: string | null,
		options?: { filters?: Record<string, string> },
	): Promise<SearchResponse>;
	debouncedSearch(
		term: string | null,
		options?: { filters?: Record<string, string> },
		timeoutMs?: number,
	): Promise<SearchResponse | null>;
}

type Counts = Record<string, Record<string, number>>;

interface SearchResponse {
	results: { id: string; data: () => Promise<ResultData> }[];
	/** Per filter value: results for the words alone, before the chosen filters apply. */
	totalFilters: Counts;
}

interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[] | undefined>;
	sub_results?: { title: string; url: string; excerpt: string }[];
}

/** Stands for the query while a message is formatted; never typed (a private-use character). */
const QUERY_SLOT = '\uE000';

/**
 * A status message as DOM nodes, with the reader's query (formatted in as QUERY_SLOT) in a
 * <bdi>: right-to-left text or a direction override (U+202E) in it can never reorder the
 * sentence around it.
 */
function withQuery(message: string, query: string): Node[] {
	return message
		.split(QUERY_SLOT)
		.flatMap((text, i): Node[] => [
			...(i > 0 ? [el('bdi', 'search-panel__query', query)] : []),
			...(text ? [document.createTextNode(text)] : []),
		]);
}

/** Results shown at once, and added by "Show more". */
const PAGE_SIZE = 10;
/** Sub-results (matching sections of a page) shown under a result. */
const MAX_SUB_RESULTS = 3;
/** Typing pause before a search runs, in ms (Pagefind preloads index chunks meanwhile). */
const DEBOUNCE_MS = 200;

/**
 * Ranking: an actor's record carries every way to write its name in `names`, which outweighs
 * titles (claims and events often name an actor in theirs) and body text, so typing a name
 * or alias puts the actor first. The `detail` line (role, date,
 * attribution) is searchable but does not boost. See https://pagefind.app/docs/ranking/
 */
const RANKING = { metaWeights: { title: 5, names: 8, detail: 0.5 } };

/** Pagefind, ready, with each filter value's count over the whole index. */
interface Loaded {
	pagefind: Pagefind;
	allCounts: Counts;
}

let bundle: Promise<Loaded> | undefined;
/** Gives every option a unique id for aria-activedescendant. */
let optionCount = 0;

/** Imports and configures Pagefind once per page; the bundle URL comes from the server. */
function loadPagefind(url: string, baseUrl: string): Promise<Loaded> {
	bundle ??= (async () => {
		// Pagefind drops index chunks that fail to load: watch them, to say so (search-failure.ts).
		watchFetches(new URL('./', new URL(url, location.href)).href);
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		// Search runs on the main thread, not in Pagefind's web worker: the worker script is
		// 12 KB more on the first search and starts later (measured by npm run bench), while
		// searching an index this size takes milliseconds. The page's CSP must then allow
		// 'wasm-unsafe-eval' in script-src (see NOTES.md).
		await pagefind.options({ baseUrl, excerptLength: 24, ranking: RANKING, noWorker: true });
		// Loading the filter index up front makes every search report counts per filter value.
		const allCounts = await pagefind.filters();
		return { pagefind, allCounts };
	})().catch((error: unknown) => {
		// The next search tries again (the reader may be back online).
		bundle = undefined;
		throw error;
	});
	return bundle;
}

/** Creates an element with a class and text, the text always as text. */
function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** An excerpt as text nodes and <mark> elements, without what the result already shows. */
function excerptNode(excerpt: string, shown: readonly string[] = []): HTMLElement {
	const node = el('span', 'search-result__excerpt');
	for (const run of dropShown(splitExcerpt(excerpt), shown)) {
		node.append(run.mark ? el('mark', '', run.text) : document.createTextNode(run.text));
	}
	return node;
}

const isKind = (value: string | undefined): value is SearchKind =>
	value !== undefined && (SEARCH_KINDS as readonly string[]).includes(value);

/** A link target from the index, if it is a web address: anything else is dropped. */
function safeHref(url: string): string | undefined {
	try {
		const parsed = new URL(url, location.href);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
	} catch {
		return undefined;
	}
}

class SearchPanel extends HTMLElement {
	#input!: HTMLInputElement;
	#list!: HTMLElement;
	#status!: HTMLElement;
	#more!: HTMLButtonElement;
	#pageLink: HTMLAnchorElement | null = null;
	#results: SearchResponse['results'] = [];
	#shown = 0;
	#active = -1;
	#seq = 0;
	#ready = false;
	#hintId = '';
	#t: Strings = (key) => key;

	connectedCallback(): void {
		if (this.#ready) return;
		const input = this.querySelector<HTMLInputElement>('input[name="q"]');
		const list = this.querySelector<HTMLElement>('[role="listbox"]');
		const status = this.querySelector<HTMLElement>('[data-status]');
		const more = this.querySelector<HTMLButtonElement>('[data-more]');
		if (!input || !list || !status || !more) return;
		this.#ready = true;
		this.#t = readStrings(this);
		[this.#input, this.#list, this.#status, this.#more] = [input, list, status, more];
		this.#pageLink = this.querySelector('[data-search-page-link]');
		this.#hintId = input.getAttribute('aria-describedby') ?? '';

		this.querySelector('[data-search-nojs]')?.remove();
		const ui = this.querySelector<HTMLElement>('[data-search-ui]');
		if (ui) ui.hidden = false;

		input.addEventListener('input', () => {
			this.#noteLength(input.value);
			void this.#run();
		});
		// Opening search is the moment to fetch Pagefind: on focus, or now if the dialog that
		// loaded this module has already focused the input.
		const warm = () => void this.#pagefind().catch(() => undefined);
		input.addEventListener('focus', warm);
		if (document.activeElement === input) warm();
		input.addEventListener('keydown', this.#onKey);
		this.querySelector('form')?.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#submit();
		});
		for (const radio of this.querySelectorAll<HTMLInputElement>('[data-filter] input')) {
			radio.addEventListener('change', () => {
				if (radio.name.endsWith('-kind')) this.#setAttribution('');
				else if (radio.value) this.#setKind('claim');
				this.#syncAttributionFilter();
				void this.#run(true);
			});
		}
		more.addEventListener('click', () => {
			void this.#showMore();
		});
		// Following a result closes the dialog, so a link to this same page shows its target.
		list.addEventListener('click', (event) => {
			if (event.target instanceof Element && event.target.closest('a[role="option"]'))
				this.closest('dialog')?.close();
		});

		if (this.dataset['mode'] === 'page') {
			const params = new URLSearchParams(location.search);
			const state = readSearchState(params);
			input.value = state.query;
			this.#noteLength(params.get('q') ?? '');
			this.#setKind(state.kind ?? '');
			this.#setAttribution(state.attribution ?? '');
			this.#syncAttributionFilter();
			if (!isEmptySearch(state)) void this.#run(true);
		} else if (input.value.trim() !== '') void this.#run(true);
	}

	/** Shows the note that a query is cut, when what the reader typed, pasted or linked is too long. */
	#noteLength(query: string): void {
		const note = this.querySelector<HTMLElement>('[data-too-long]');
		if (!note) return;
		note.hidden = query.length < MAX_QUERY_LENGTH;
		if (note.hidden) this.#input.setAttribute('aria-describedby', this.#hintId);
		else this.#input.setAttribute('aria-describedby', `${this.#hintId} ${note.id}`);
	}

	#pagefind(): Promise<Loaded> {
		return loadPagefind(this.dataset['bundle'] ?? '', this.dataset['base'] ?? '/');
	}

	#state(): SearchState {
		const checked = (filter: string) =>
			this.querySelector<HTMLInputElement>(`[data-filter="${filter}"] input:checked`)?.value ||
			undefined;
		const kind = checked('kind');
		return {
			query: this.#input.value.trim(),
			kind: isKind(kind) ? kind : undefined,
			attribution: checked('attribution'),
		};
	}

	#setKind(value: string): void {
		this.#check('kind', value);
	}

	#setAttribution(value: string): void {
		this.#check('attribution', value);
	}

	#check(filter: string, value: string): void {
		for (const radio of this.querySelectorAll<HTMLInputElement>(`[data-filter="${filter}"] input`))
			radio.checked = radio.value === value;
	}

	/** The attribution filter applies to claims only: it shows when claims are chosen. */
	#syncAttributionFilter(): void {
		const group = this.querySelector<HTMLElement>('[data-filter="attribution"]');
		if (group) group.hidden = this.#state().kind !== 'claim';
	}

	/** Keeps the address (search page) or the "open on the search page" link in step. */
	#syncUrl(state: SearchState): void {
		const params = writeSearchState(state).toString();
		const page = new URL(this.dataset['searchPage'] ?? location.pathname, location.href);
		page.search = params;
		if (this.dataset['mode'] === 'page') {
			history.replaceState(history.state, '', page.pathname + page.search + location.hash);
		} else if (this.#pageLink) {
			this.#pageLink.href = page.pathname + page.search;
			this.#pageLink.hidden = isEmptySearch(state);
		}
	}

	async #run(immediate = false): Promise<void> {
		const seq = ++this.#seq;
		const state = this.#state();
		this.#syncUrl(state);
		if (isEmptySearch(state)) {
			this.#clear();
			this.#say('');
			this.#showCounts(null);
			return;
		}
		let loaded: Loaded;
		try {
			loaded = await this.#pagefind();
		} catch (error) {
			if (seq === this.#seq) await this.#unavailable(error);
			return;
		}
		const term = state.query === '' ? null : state.query;
		const options = { filters: toPagefindFilters(state) };
		const { pagefind, allCounts } = loaded;
		let response: SearchResponse | null;
		try {
			response = immediate
				? await pagefind.search(term, options)
				: await pagefind.debouncedSearch(term, options, DEBOUNCE_MS);
		} catch (error) {
			if (seq === this.#seq) await this.#unavailable(error);
			return;
		}
		if (response === null || seq !== this.#seq) return;
		this.#results = response.results;
		this.#shown = 0;
		await this.#showMore(seq, true);
		if (seq !== this.#seq) return;
		// Browsing by filter alone (no words): the counts are those of the whole index.
		this.#showCounts(term === null ? allCounts : response.totalFilters);
		this.#say(this.#describe(state, response.results.length));
		await this.#noteFailures(seq);
	}

	/** Says so when part of the index failed to load (offline, a deploy, a host's 404). */
	async #noteFailures(seq: number): Promise<void> {
		const failed = takeFailures();
		if (failed.length === 0) return;
		const found = await diagnose(undefined, failed);
		if (seq !== this.#seq) return;
		// After what the status says (its query kept in its own element): the caveat.
		this.#status.append(` ${partialMessage(found, this.#t)}`);
		if (found.cause === 'stale') offerReload(this.#status, this.#t('search.reload'));
	}

	/** Loads and renders the next page of results, or the first page in place of the last. */
	async #showMore(seq = this.#seq, replace = false): Promise<void> {
		const next = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
		// A result whose text is not on the device (offline) is left out, and noted after.
		const settled = await Promise.allSettled(next.map((r) => r.data()));
		let data = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
		if (seq !== this.#seq) return;
		if (replace) {
			this.#clear();
			// Typing a name or alias exactly puts its actor first, ahead of records that only
			// contain those words (Pagefind scores words, not whole names). Stable otherwise.
			const query = this.#input.value;
			const exact = (d: ResultData) => isExactName(query, d.meta['names']);
			data = [...data.filter(exact), ...data.filter((d) => !exact(d))];
		}
		for (const d of data) this.#list.append(...this.#options(d));
		this.#shown += next.length;
		this.#more.hidden = this.#shown >= this.#results.length;
		this.#list.hidden = this.#shown === 0;
		this.#input.setAttribute('aria-expanded', String(this.#shown > 0));
		if (!replace) {
			this.#say(
				this.#t('search.status.showing', { shown: this.#shown, count: this.#results.length }),
			);
			await this.#noteFailures(seq);
		}
	}

	/** One result as listbox options: the result, then its best-matching sections. */
	#options(data: ResultData): HTMLAnchorElement[] {
		const href = safeHref(data.url);
		if (!href) return [];
		const kind = data.filters?.[SEARCH_FILTERS.kind]?.[0];
		const detail = data.meta['detail'];
		const main = this.#option(href, false, [
			el('span', 'search-result__kind', this.#t(`search.badge.${isKind(kind) ? kind : 'page'}`)),
			el('span', 'search-result__title', data.meta['title'] ?? data.url),
			...(detail ? [el('span', 'search-result__detail', detail)] : []),
			excerptNode(data.excerpt, [data.meta['title'] ?? '', detail ?? '']),
		]);
		const subs = (data.sub_results ?? [])
			.map((sub) => ({ ...sub, href: safeHref(sub.url) }))
			.filter((sub) => sub.href !== undefined && sub.href !== href && sub.href.includes('#'))
			.slice(0, MAX_SUB_RESULTS)
			.map((sub) =>
				this.#option(sub.href ?? href, true, [
					el('span', 'visually-hidden', this.#t('search.section')),
					el('span', 'search-result__title', sub.title),
					excerptNode(sub.excerpt),
				]),
			);
		return [main, ...subs];
	}

	/**
	 * An option that is itself the link (ARIA allows `option` on `a[href]`): nothing
	 * interactive is nested in the listbox, and the browser's own link behaviour (new tab,
	 * copy address) still works.
	 */
	#option(href: string, sub: boolean, content: HTMLElement[]): HTMLAnchorElement {
		const option = el('a', sub ? 'search-result search-result--sub' : 'search-result');
		option.id = `${this.#list.id}-${++optionCount}`;
		option.href = href;
		option.setAttribute('role', 'option');
		option.setAttribute('aria-selected', 'false');
		// The input keeps focus (aria-activedescendant); options are reached with the arrow keys.
		option.tabIndex = -1;
		option.append(...content);
		return option;
	}

	#clear(): void {
		this.#list.replaceChildren();
		this.#list.hidden = true;
		this.#shown = 0;
		this.#more.hidden = true;
		this.#setActive(-1);
		this.#input.setAttribute('aria-expanded', 'false');
	}

	#describe(state: SearchState, count: number): Node[] {
		const t = this.#t;
		const lang = document.documentElement.lang;
		const scope = state.attribution
			? t('search.scope.attribution', {
					attribution: this.#label('attribution', state.attribution).toLocaleLowerCase(lang),
				})
			: state.kind
				? t('search.scope.kind', { kind: t(`search.kind.${state.kind}`).toLocaleLowerCase(lang) })
				: '';
		const query = QUERY_SLOT;
		if (state.query === '') return withQuery(t('search.status.items', { count, scope }), '');
		return withQuery(
			t(count === 0 ? 'search.status.none' : 'search.status.found', { count, query, scope }),
			state.query,
		);
	}

	/** A filter value's label, as its radio shows it (without its symbol or count). */
	#label(filter: string, value: string): string {
		const radio = this.querySelector<HTMLInputElement>(
			`[data-filter="${filter}"] input[value="${CSS.escape(value)}"]`,
		);
		return radio?.parentElement?.querySelector('[data-label]')?.textContent.trim() ?? value;
	}

	/** Writes each filter value's count: results for the words, before filters apply. */
	#showCounts(counts: Counts | null): void {
		const total = (values: Record<string, number> | undefined) =>
			Object.values(values ?? {}).reduce((a, b) => a + b, 0);
		for (const group of this.querySelectorAll<HTMLElement>('[data-filter]')) {
			const filter = group.dataset['filter'] ?? '';
			const values = counts?.[filter];
			// Every item has one kind, so the kinds add up to all results; "any attribution" is
			// every claim.
			const all =
				filter === SEARCH_FILTERS.kind
					? total(values)
					: (counts?.[SEARCH_FILTERS.kind]?.['claim'] ?? 0);
			for (const radio of group.querySelectorAll<HTMLInputElement>('input')) {
				const out = radio.parentElement?.querySelector('[data-count]');
				if (!out) continue;
				const n = radio.value === '' ? all : (values?.[radio.value] ?? 0);
				out.textContent = counts ? String(n) : '';
			}
		}
	}

	#say(text: string | Node[]): void {
		if (typeof text === 'string') this.#status.textContent = text;
		else this.#status.replaceChildren(...text);
	}

	async #unavailable(error: unknown): Promise<void> {
		this.#clear();
		if (this.dataset['dev'] !== undefined) {
			this.#say(this.#t('search.unavailableDev'));
			return;
		}
		// Each failure its own true message (search-failure.ts): disk, offline, deploy, host.
		const found = await diagnose(error, takeFailures());
		this.#say(unavailableMessage(found, this.#t));
		if (found.cause === 'stale') offerReload(this.#status, this.#t('search.reload'));
	}

	#submit(): void {
		const active = this.#optionsList()[this.#active];
		if (active) {
			active.click();
			return;
		}
		const state = this.#state();
		if (this.dataset['mode'] === 'page' || isEmptySearch(state)) {
			void this.#run(true);
			return;
		}
		// From the dialog, Enter with no result chosen opens the full search page.
		const page = new URL(this.dataset['searchPage'] ?? '', location.href);
		page.search = writeSearchState(state).toString();
		location.assign(page.href);
	}

	#optionsList(): HTMLElement[] {
		return [...this.#list.querySelectorAll<HTMLElement>('[role="option"]')];
	}

	#setActive(index: number): void {
		const options = this.#optionsList();
		for (const [i, option] of options.entries())
			option.setAttribute('aria-selected', String(i === index));
		const active = options[index];
		this.#active = active ? index : -1;
		if (active) {
			this.#input.setAttribute('aria-activedescendant', active.id);
			active.scrollIntoView({ block: 'nearest' });
		} else this.#input.removeAttribute('aria-activedescendant');
	}

	#onKey = (event: KeyboardEvent): void => {
		const count = this.#optionsList().length;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			if (count === 0) return;
			event.preventDefault();
			const step = event.key === 'ArrowDown' ? 1 : -1;
			const from = this.#active === -1 && step === -1 ? count : this.#active;
			this.#setActive((from + step + count) % count);
		} else if (event.key === 'Escape') {
			// Browsers differ (Chrome clears a search field first): decide here. In the dialog,
			// Escape closes it and keeps the query for next time; on the page, it drops the
			// chosen result, then the words.
			event.preventDefault();
			const dialog = this.closest('dialog');
			if (dialog) dialog.close();
			else if (this.#active !== -1) this.#setActive(-1);
			else if (this.#input.value !== '') {
				this.#input.value = '';
				void this.#run(true);
			}
		}
	};
}

customElements.define('search-panel', SearchPanel);
