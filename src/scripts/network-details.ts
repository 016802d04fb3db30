/**
 * The map's details panel, drawn in the browser from the chart's details file
 * (src/lib/network/details.ts), which is fetched once, the first time a reader opens a
 * detail. The same markup the server draws for claims elsewhere (ClaimItem, AttributionBadge,
 * ClaimSource, QuoteText), built with createElement and textContent only: nothing from the
 * file is ever parsed as HTML, and only same-origin links are kept.
 */
import type { AttributionKind } from '../schemas/attribution';
import { formatMessage, messageParts, type MessageParams } from '../i18n/message';
import type { ClaimDetails, NetworkDetailsData, RelationDetails } from '../lib/network/details';

/** The file's version this code reads; typed so that a bump in lib/network/details.ts fails here. */
const VERSION: NetworkDetailsData['v'] = 1;

/** A chart's details, ready to draw. */
export interface Details {
	data: NetworkDetailsData;
	t: (key: keyof NetworkDetailsData['strings'], params?: MessageParams) => string;
}

const loaded = new Map<string, Promise<Details>>();

/** The details file at `url`, fetched once per page; rejects when it cannot be read. */
export function loadDetails(url: string): Promise<Details> {
	let details = loaded.get(url);
	if (!details) {
		details = fetch(url)
			.then((response) => {
				if (!response.ok) throw new Error(`${url}: ${response.status}`);
				return response.json() as Promise<unknown>;
			})
			.then((json): Details => {
				const data = json as Partial<NetworkDetailsData> | null;
				if (data?.v !== VERSION || !data.actors || !data.strings)
					throw new Error(`${url}: not a details file`);
				const strings: Partial<NetworkDetailsData['strings']> = data.strings;
				const lang = data.lang ?? document.documentElement.lang;
				return {
					data: data as NetworkDetailsData,
					t: (key, params) => formatMessage(strings[key] ?? key, lang, params),
				};
			});
		// A failed fetch (offline, say) is tried again on the next open.
		details.catch(() => loaded.delete(url));
		loaded.set(url, details);
	}
	return details;
}

type Child = Node | string | null | undefined | false;

/** An element with a class (or none) and children; strings become text nodes. */
export function h(tag: string, className: string | null, ...children: Child[]): HTMLElement {
	const el = document.createElement(tag);
	if (className) el.className = className;
	for (const child of children) if (child) el.append(child);
	return el;
}

/** A link, or its text alone when the address would leave the site. */
function link(href: string, ...children: Child[]): HTMLElement {
	const a = h('a', null, ...children);
	let url: URL | undefined;
	try {
		url = new URL(href, location.href);
	} catch {
		url = undefined;
	}
	if (url?.origin === location.origin) a.setAttribute('href', href);
	return a;
}

/** An attribution badge: symbol (hidden from screen readers) and label, described by a title. */
function badge(details: Details, kind: AttributionKind): HTMLElement {
	const [label, symbol, description, line] = details.data.kinds[kind] ?? [kind, '', '', 'solid'];
	const el = h('span', `badge badge--${line}`, h('span', 'badge__symbol', symbol), label);
	el.title = description;
	el.firstElementChild?.setAttribute('aria-hidden', 'true');
	return el;
}

/** Every attribution a tie rests on, marked "Mixed sourcing" in words when they differ. */
function sourcing(details: Details, kinds: readonly AttributionKind[]): HTMLElement {
	const mixed = kinds.length > 1;
	const el = h('span', mixed ? 'sourcing sourcing--mixed' : 'sourcing');
	el.dataset['sourcing'] = '';
	if (mixed) el.append(h('span', 'sourcing__mixed', details.t('sourcing.mixed')));
	for (const kind of kinds) {
		if (mixed) el.append(' ');
		el.append(badge(details, kind));
	}
	return el;
}

/** A claim with its quotation, attribution, speakers, source paragraphs and evidence link. */
function claimItem(details: Details, id: string, claim: ClaimDetails): HTMLElement {
	const { data, t } = details;
	const statement = h('p', 'claim__statement', claim.s);
	if (claim.q) {
		const { o, l, t: translation, n } = claim.q;
		const quote = h('span', 'quote', ` ${t('quote.quoted')} `);
		const [open, close] = [t('quote.open'), t('quote.close')];
		if (translation !== undefined) {
			const original = h('span', null, o);
			original.lang = l;
			quote.append(
				`${open}${translation}${close} `,
				h(
					'span',
					'quote__note',
					`(${t('quote.translated', { language: n ?? l })}; ${t('quote.original')}: ${open}`,
					original,
					`${close})`,
				),
			);
		} else {
			const words = h('span', null, o);
			if (l !== data.lang) words.lang = l;
			quote.append(open, words, close);
		}
		statement.append(quote);
	}
	const meta = h('p', 'claim__meta', badge(details, claim.a));
	if (claim.by?.length) {
		const speakers = h('span', null);
		for (const part of messageParts(data.strings['claim.attributedTo'], data.lang, ['names']))
			if (typeof part === 'string') speakers.append(part);
			else
				claim.by.forEach((a, i) => {
					const [name, href] = data.names[a] ?? [a, ''];
					speakers.append(i > 0 ? ', ' : '', link(href, name));
				});
		meta.append(' ', speakers);
	}
	const [label, title, page] = data.sources[claim.src] ?? [claim.src, claim.src, ''];
	const source = h('span', 'claim-source', `${label} `);
	claim.p.forEach((n, i) => {
		// The paragraph's anchor on its source page, as urls.source(id, n) writes it.
		const a = link(`${page}#p${n}`, `¶${n}`);
		a.setAttribute('aria-label', t('claim.paragraph', { number: n, title }));
		source.append(i > 0 ? ', ' : '', a);
	});
	// The claim's entry on the evidence page, as urls.evidence(id) writes it.
	meta.append(' ', source, ' ', link(`${data.evidence}#claim-${id}`, t('claim.evidence')));
	const li = h('li', 'claim', statement, meta);
	li.dataset['claim'] = id;
	return li;
}

/** A list of claims, as the panel shows them. */
function claimList(details: Details, ids: readonly string[]): HTMLElement {
	const ul = h('ul', 'claim-list');
	for (const id of ids) {
		const claim = details.data.claims[id];
		if (claim) ul.append(claimItem(details, id, claim));
	}
	return ul;
}

/** The panel's title: the element the panel is named by. */
function title(text: string): HTMLElement {
	const p = h('p', 'network__panel-title', text);
	p.dataset['panelTitle'] = '';
	return p;
}

/** A button that selects an item of the chart. */
function selectButton(kind: 'node' | 'edge', id: string, ...children: Child[]): HTMLElement {
	const button = h('button', 'network__select', ...children);
	button.setAttribute('type', 'button');
	button.dataset[kind === 'node' ? 'selectNode' : 'selectEdge'] = id;
	return button;
}

/** An actor's name in the file. */
const nameIn = (data: NetworkDetailsData, id: string) => data.names[id]?.[0] ?? id;

/** A tie as it reads between its actors' names: "A label B". */
function titleOf(data: NetworkDetailsData, relation: RelationDetails): string {
	return `${nameIn(data, relation.source)} ${relation.label} ${nameIn(data, relation.target)}`;
}

/** An actor's panel, or undefined when the file does not know it. */
export function nodeDetails(details: Details, id: string): DocumentFragment | undefined {
	const { data, t } = details;
	const actor = data.actors[id];
	if (!actor) return undefined;
	const [name, href] = data.names[id] ?? [id, ''];
	const out = document.createDocumentFragment();
	out.append(
		title(name),
		h('p', 'muted', actor.meta),
		h('p', null, actor.summary),
		h('p', null, link(href, t('network.openPage', { name }))),
		h('p', 'network__panel-sub', t('network.whatReportSays')),
		claimList(details, actor.claims),
		h('p', 'network__panel-sub', actor.ties),
	);
	if (actor.edges.length) {
		const ul = h('ul', null);
		for (const e of actor.edges) {
			const relation = data.relations[e];
			if (!relation) continue;
			ul.append(
				h(
					'li',
					null,
					selectButton('edge', e, titleOf(data, relation)),
					' ',
					sourcing(details, relation.attributions),
				),
			);
		}
		out.append(ul);
	}
	return out;
}

/**
 * A tie's panel, or undefined when the file does not know it. `twinRow` is the id of the
 * tie's row in a text twin on the page, when there is one.
 */
export function edgeDetails(
	details: Details,
	id: string,
	twinRow?: string,
): DocumentFragment | undefined {
	const { data, t } = details;
	const relation = data.relations[id];
	if (!relation) return undefined;
	const [source, target] = [nameIn(data, relation.source), nameIn(data, relation.target)];
	const direction = relation.directed
		? t('network.oneWay', { source, target })
		: t('network.noDirection');
	const drawn =
		relation.line === 'mixed'
			? t('network.drawnMixed')
			: t('network.drawnAs', { line: t(`network.line.${relation.line}`) });
	const out = document.createDocumentFragment();
	out.append(
		title(titleOf(data, relation)),
		h('p', 'muted', `${direction} ${drawn} `, sourcing(details, relation.attributions)),
		h('p', 'network__panel-sub', relation.behind),
		claimList(details, relation.claims),
		h(
			'p',
			null,
			`${t('network.showOnMap')} `,
			selectButton('node', relation.source, source),
			', ',
			selectButton('node', relation.target, target),
		),
	);
	if (twinRow) out.append(h('p', null, link(`#${twinRow}`, t('network.inTwin'))));
	return out;
}
