/**
 * `<network-chart>`: enhances the server-rendered relationship map (NetworkChart.astro).
 * Hover and focus highlight an actor's neighbourhood; selecting a node or edge opens its
 * details (cloned from server-rendered templates, never parsed); filters by relation type
 * and sourcing; zoom and pan by buttons, keys, Ctrl + wheel, drag and pinch; `#focus=<id>`
 * and `#edge=<id>` deep links on the page's main chart. Every key handler is on the chart's
 * own elements. Plain DOM: d3-zoom and d3-selection would weigh more than all of this.
 */
import { isStaticEmbed } from './embed-mode';
import { safeDecode } from '../lib/site/safe-url';
import { directionOf, pickNeighbour } from '../lib/network/nav';
import {
	IDENTITY,
	levelIndex,
	panBy,
	revealPoint,
	zoomAt,
	type ZoomTransform,
} from '../lib/network/zoom';

const FOCUS = 'focus=';
const EDGE = 'edge=';
const STEP = Math.SQRT2;

interface NodeItem {
	kind: 'node';
	id: string;
	el: SVGElement;
	x: number;
	y: number;
	label: SVGElement | null;
	/** Index of the label level from which the label fits; Infinity when it never does. */
	level: number;
	edges: EdgeItem[];
}

interface EdgeItem {
	kind: 'edge';
	id: string;
	el: SVGElement;
	source: NodeItem;
	target: NodeItem;
	type: string;
	attribution: string;
	hidden: boolean;
}

type Item = NodeItem | EdgeItem;

class NetworkChartElement extends HTMLElement {
	connectedCallback(): void {
		if (!this.hasAttribute('data-enhanced') && !isStaticEmbed()) enhance(this);
	}
}

if (!customElements.get('network-chart'))
	customElements.define('network-chart', NetworkChartElement);

function enhance(root: HTMLElement): void {
	const svg = root.querySelector<SVGSVGElement>('.network__canvas');
	const viewport = root.querySelector<SVGGElement>('[data-network-viewport]');
	const panel = root.querySelector<HTMLElement>('[data-network-panel]');
	const panelBody = root.querySelector<HTMLElement>('[data-network-panel-body]');
	const toolbar = root.querySelector<HTMLElement>('[data-network-toolbar]');
	const status = root.querySelector<HTMLElement>('[data-network-status]');
	if (!svg || !viewport || !panel || !panelBody || !toolbar || !status) return;
	const frame = { width: Number(root.dataset['width']), height: Number(root.dataset['height']) };
	const levels = (root.dataset['levels'] ?? '1').split(' ').map(Number);
	const anchors = root.hasAttribute('data-anchors');
	const panelTitleId = panel.getAttribute('aria-labelledby') ?? '';

	const nodes = new Map<string, NodeItem>();
	for (const el of svg.querySelectorAll<SVGElement>('[data-node]')) {
		const label = el.querySelector<SVGElement>('.network__label');
		const level = Number(label?.dataset['level']);
		const item: NodeItem = {
			kind: 'node',
			id: el.dataset['node'] ?? '',
			el,
			x: Number(el.dataset['x']),
			y: Number(el.dataset['y']),
			label,
			level: Number.isFinite(level) ? level : Infinity,
			edges: [],
		};
		nodes.set(item.id, item);
		el.setAttribute('role', 'button');
		el.setAttribute('aria-pressed', 'false');
		el.setAttribute('aria-controls', panel.id);
		el.tabIndex = -1;
	}
	const edges = new Map<string, EdgeItem>();
	for (const el of svg.querySelectorAll<SVGElement>('[data-edge]')) {
		const source = nodes.get(el.dataset['source'] ?? '');
		const target = nodes.get(el.dataset['target'] ?? '');
		if (!source || !target) continue;
		const item: EdgeItem = {
			kind: 'edge',
			id: el.dataset['edge'] ?? '',
			el,
			source,
			target,
			type: el.dataset['type'] ?? '',
			attribution: el.dataset['attribution'] ?? '',
			hidden: false,
		};
		edges.set(item.id, item);
		source.edges.push(item);
		target.edges.push(item);
		el.setAttribute('role', 'button');
		el.setAttribute('aria-pressed', 'false');
		el.setAttribute('aria-controls', panel.id);
		if (!el.hasAttribute('aria-label')) el.setAttribute('aria-label', el.dataset['label'] ?? '');
		el.tabIndex = -1;
	}

	let selected: Item | undefined;
	let preview: NodeItem | undefined;
	let roving = nodes.values().next().value;
	if (roving) roving.el.tabIndex = 0;
	let transform: ZoomTransform = IDENTITY;
	let level = -1;
	// The canvas's width on screen, kept by the resize observer (reading it would force layout).
	let width = 0;
	let near = new Set<SVGElement>();
	let labelled = new Set<SVGElement>();

	const itemOf = (target: EventTarget | null): Item | undefined => {
		const el = target instanceof Element ? target.closest('[data-node],[data-edge]') : null;
		if (!(el instanceof SVGElement)) return undefined;
		const node = el.dataset['node'];
		return node === undefined ? edges.get(el.dataset['edge'] ?? '') : nodes.get(node);
	};
	const announce = (text: string) => {
		status.textContent = text;
	};

	/**
	 * Fades everything outside the previewed or selected item's neighbourhood, and labels the
	 * item's own actors even where their labels were thinned out. Neighbours keep the labels
	 * that fit: showing them all would pile names on each other on a crowded map.
	 */
	const paintHighlight = () => {
		const focus = preview ?? selected;
		const next = new Set<SVGElement>();
		const named = new Set<SVGElement>();
		if (focus?.kind === 'node') {
			next.add(focus.el);
			named.add(focus.el);
			for (const e of focus.edges)
				if (!e.hidden) {
					next.add(e.el);
					next.add(e.source.el);
					next.add(e.target.el);
				}
		} else if (focus) {
			for (const el of [focus.el, focus.source.el, focus.target.el]) next.add(el);
			named.add(focus.source.el);
			named.add(focus.target.el);
		}
		for (const el of near) if (!next.has(el)) el.classList.remove('is-near');
		for (const el of next) el.classList.add('is-near');
		for (const el of labelled) if (!named.has(el)) el.classList.remove('is-named');
		for (const el of named) el.classList.add('is-named');
		near = next;
		labelled = named;
		root.toggleAttribute('data-highlight', next.size > 0);
	};

	/** Draws the current zoom; picks the glyph scale and the labels that fit at it. */
	const draw = () => {
		viewport.setAttribute(
			'transform',
			`translate(${transform.x.toFixed(2)} ${transform.y.toFixed(2)}) scale(${transform.k.toFixed(4)})`,
		);
		root.toggleAttribute('data-zoomed', transform.k > 1);
		if (!width) return;
		const index = levelIndex(frame.width / (width * transform.k), levels);
		if (index === level) return;
		level = index;
		svg.style.setProperty('--u', String(levels[index]));
		for (const n of nodes.values()) n.label?.classList.toggle('is-shown', n.level <= index);
	};
	const setTransform = (next: ZoomTransform) => {
		transform = next;
		draw();
	};
	const centreOf = (item: Item) =>
		item.kind === 'node'
			? item
			: { x: (item.source.x + item.target.x) / 2, y: (item.source.y + item.target.y) / 2 };
	const reveal = (item: Item) => {
		if (transform.k > 1) setTransform(revealPoint(transform, centreOf(item), frame));
	};
	const zoomBy = (factor: number, around?: Item) => {
		const p = around
			? {
					x: transform.k * centreOf(around).x + transform.x,
					y: transform.k * centreOf(around).y + transform.y,
				}
			: { x: frame.width / 2, y: frame.height / 2 };
		setTransform(zoomAt(transform, factor, p, frame));
	};
	/** A pointer's position in the SVG's own units. */
	const toSvg = (clientX: number, clientY: number) => {
		const box = svg.getBoundingClientRect();
		return {
			x: ((clientX - box.left) * frame.width) / box.width,
			y: ((clientY - box.top) * frame.height) / box.height,
		};
	};

	const setRoving = (node: NodeItem) => {
		if (roving) roving.el.tabIndex = -1;
		roving = node;
		node.el.tabIndex = 0;
	};
	const setHash = (hash: string) => {
		if (anchors)
			history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
	};

	const templates = new Map<string, HTMLTemplateElement>();
	for (const t of root.querySelectorAll<HTMLTemplateElement>('template[data-node-details]'))
		templates.set(`node ${t.dataset['nodeDetails'] ?? ''}`, t);
	for (const t of root.querySelectorAll<HTMLTemplateElement>('template[data-edge-details]'))
		templates.set(`edge ${t.dataset['edgeDetails'] ?? ''}`, t);
	const templateOf = (kind: Item['kind'], id: string) => templates.get(`${kind} ${id}`);

	const clear = () => {
		if (selected) {
			selected.el.classList.remove('is-selected');
			selected.el.setAttribute('aria-pressed', 'false');
		}
		selected = undefined;
		panel.hidden = true;
		panelBody.replaceChildren();
		if (/^#(focus|edge)=/.test(location.hash)) setHash('');
		paintHighlight();
	};

	/** A list entry that selects an edge: its title and badge, cloned from its template. */
	const listEdge = (id: string) => {
		const details = templateOf('edge', id)?.content;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'network__select';
		button.dataset['selectEdge'] = id;
		button.textContent = details?.querySelector('[data-panel-title]')?.textContent.trim() ?? id;
		const li = document.createElement('li');
		li.append(button, ' ');
		const badge = details?.querySelector('.badge');
		if (badge) li.append(badge.cloneNode(true));
		return li;
	};

	const select = (item: Item, options: { focus?: boolean; hash?: boolean } = {}) => {
		if (item.kind === 'edge' && item.hidden) showFiltered(item);
		const template = templateOf(item.kind, item.id);
		if (selected) {
			selected.el.classList.remove('is-selected');
			selected.el.setAttribute('aria-pressed', 'false');
		}
		selected = item;
		item.el.classList.add('is-selected');
		item.el.setAttribute('aria-pressed', 'true');
		panelBody.replaceChildren(template ? template.content.cloneNode(true) : '');
		for (const list of panelBody.querySelectorAll<HTMLElement>('[data-edge-list]'))
			list.replaceChildren(...(list.dataset['edgeList'] ?? '').split(' ').map(listEdge));
		const title = panelBody.querySelector('[data-panel-title]');
		if (title) title.id = panelTitleId;
		panel.hidden = false;
		if (item.kind === 'node') setRoving(item);
		if (options.hash !== false) setHash((item.kind === 'node' ? FOCUS : EDGE) + item.id);
		reveal(item);
		if (options.focus) item.el.focus();
		announce(`Showing details of ${title?.textContent.trim() ?? item.id}.`);
		paintHighlight();
	};

	// Filters: an edge shows when its type and its sourcing are both ticked.
	const boxes = (name: string) => [
		...toolbar.querySelectorAll<HTMLInputElement>(`[data-filter="${name}"] input`),
	];
	const ticked = (name: string) => {
		const list = boxes(name);
		return list.length ? new Set(list.filter((b) => b.checked).map((b) => b.value)) : undefined;
	};
	const applyFilters = () => {
		const types = ticked('type');
		const sourcing = ticked('attribution');
		let shown = 0;
		for (const e of edges.values()) {
			e.hidden = !(types?.has(e.type) ?? true) || !(sourcing?.has(e.attribution) ?? true);
			e.el.classList.toggle('is-filtered', e.hidden);
			if (!e.hidden) shown++;
		}
		for (const n of nodes.values())
			n.el.classList.toggle('is-isolated', n.edges.length > 0 && n.edges.every((e) => e.hidden));
		if (selected?.kind === 'edge' && selected.hidden) clear();
		paintHighlight();
		announce(`Showing ${shown} of ${edges.size} relations.`);
	};
	/** Ticks the filters an edge needs, so selecting it from elsewhere always shows it. */
	const showFiltered = (edge: EdgeItem) => {
		for (const box of [...boxes('type'), ...boxes('attribution')])
			if (box.value === edge.type || box.value === edge.attribution) box.checked = true;
		applyFilters();
	};
	toolbar.addEventListener('change', applyFilters);

	toolbar.addEventListener('click', (event) => {
		const button = event.target instanceof Element ? event.target.closest('[data-zoom]') : null;
		const action = button?.getAttribute('data-zoom');
		if (action === 'in') zoomBy(STEP);
		else if (action === 'out') zoomBy(1 / STEP);
		else if (action === 'reset') setTransform(IDENTITY);
	});

	panel.addEventListener('click', (event) => {
		const target = event.target instanceof Element ? event.target : null;
		const button = target?.closest('[data-select-node],[data-select-edge],[data-network-close]');
		if (!button) return;
		if (button.hasAttribute('data-network-close')) {
			const previous = selected;
			clear();
			(previous?.el ?? svg).focus();
			return;
		}
		const node = button.getAttribute('data-select-node');
		const item = node ? nodes.get(node) : edges.get(button.getAttribute('data-select-edge') ?? '');
		if (item) select(item, { focus: true });
	});
	panel.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || !selected) return;
		const previous = selected;
		clear();
		previous.el.focus();
	});

	// Clicks select; a modified or middle click still follows the link (actor page).
	let dragged = false;
	svg.addEventListener('click', (event) => {
		if (dragged) {
			dragged = false;
			event.preventDefault();
			return;
		}
		if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
			return;
		const item = itemOf(event.target);
		if (!item) return;
		event.preventDefault();
		select(item);
	});

	svg.addEventListener('keydown', (event) => {
		if (event.ctrlKey || event.metaKey || event.altKey) return;
		const item = itemOf(event.target);
		const key = event.key;
		if (key === 'Escape') {
			if (!selected) return;
			clear();
		} else if (key === 'Enter' || key === ' ') {
			if (!item) return;
			select(item);
		} else if (key === '+' || key === '=') zoomBy(STEP, item);
		else if (key === '-' || key === '_') zoomBy(1 / STEP, item);
		else if (key === '0') setTransform(IDENTITY);
		else {
			const direction = directionOf(key);
			if (!direction) return;
			if (item?.kind === 'node') {
				const neighbours = item.edges
					.filter((e) => !e.hidden)
					.map((e) => (e.source === item ? e.target : e.source));
				pickNeighbour(item, neighbours, direction)?.el.focus();
			} else if (item) {
				(direction === 'left' || direction === 'up' ? item.source : item.target).el.focus();
			} else {
				const step = frame.width * 0.1;
				const dx = direction === 'left' ? step : direction === 'right' ? -step : 0;
				const dy = direction === 'up' ? step : direction === 'down' ? -step : 0;
				setTransform(panBy(transform, dx, dy, frame));
			}
		}
		event.preventDefault();
	});

	svg.addEventListener('focusin', (event) => {
		const item = itemOf(event.target);
		preview = item?.kind === 'node' ? item : undefined;
		if (item?.kind === 'node') setRoving(item);
		if (item) reveal(item);
		paintHighlight();
	});
	svg.addEventListener('focusout', () => {
		preview = undefined;
		paintHighlight();
	});
	svg.addEventListener('pointerover', (event) => {
		const item = itemOf(event.target);
		if (item?.kind !== 'node' || item === preview) return;
		preview = item;
		paintHighlight();
	});
	svg.addEventListener('pointerout', (event) => {
		if (!preview || itemOf(event.relatedTarget) === preview) return;
		preview = undefined;
		paintHighlight();
	});

	// Zoom with Ctrl (or ⌘) + wheel, which is also what trackpad pinches send; a plain wheel
	// scrolls the page as usual.
	svg.addEventListener(
		'wheel',
		(event) => {
			if (!event.ctrlKey && !event.metaKey) return;
			event.preventDefault();
			const factor = 2 ** (-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002));
			setTransform(zoomAt(transform, factor, toSvg(event.clientX, event.clientY), frame));
		},
		{ passive: false },
	);

	// Drag to pan once zoomed in; two pointers pinch.
	const pointers = new Map<number, { x: number; y: number }>();
	let start: { transform: ZoomTransform; points: { x: number; y: number }[] } | undefined;
	const snapshot = () => ({
		transform,
		points: [...pointers.values()].map((p) => toSvg(p.x, p.y)),
	});
	svg.addEventListener('pointerdown', (event) => {
		if (event.pointerType === 'mouse' && event.button !== 0) return;
		dragged = false;
		pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
		start = snapshot();
	});
	svg.addEventListener('pointermove', (event) => {
		if (!pointers.has(event.pointerId) || !start) return;
		pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
		const now = [...pointers.values()].map((p) => toSvg(p.x, p.y));
		const [a, b] = now;
		const [a0, b0] = start.points;
		if (!a || !a0) return;
		if (b && b0) {
			const factor = Math.hypot(b.x - a.x, b.y - a.y) / (Math.hypot(b0.x - a0.x, b0.y - a0.y) || 1);
			const mid0 = { x: (a0.x + b0.x) / 2, y: (a0.y + b0.y) / 2 };
			const zoomed = zoomAt(start.transform, factor, mid0, frame);
			setTransform(panBy(zoomed, (a.x + b.x) / 2 - mid0.x, (a.y + b.y) / 2 - mid0.y, frame));
			dragged = true;
			return;
		}
		if (!dragged && (start.transform.k === 1 || Math.hypot(a.x - a0.x, a.y - a0.y) < 4)) return;
		if (!dragged) svg.setPointerCapture(event.pointerId);
		dragged = true;
		setTransform(panBy(start.transform, a.x - a0.x, a.y - a0.y, frame));
	});
	const release = (event: PointerEvent) => {
		if (!pointers.delete(event.pointerId)) return;
		start = pointers.size ? snapshot() : undefined;
		if (event.type === 'pointercancel') dragged = false;
	};
	svg.addEventListener('pointerup', release);
	svg.addEventListener('pointercancel', release);

	new ResizeObserver(([entry]) => {
		width = entry?.contentRect.width ?? 0;
		level = -1;
		draw();
	}).observe(svg);

	const applyHash = (focus: boolean) => {
		const hash = safeDecode(location.hash.slice(1));
		const item = hash.startsWith(FOCUS)
			? nodes.get(hash.slice(FOCUS.length))
			: hash.startsWith(EDGE)
				? edges.get(hash.slice(EDGE.length))
				: undefined;
		if (item) select(item, { focus, hash: false });
	};
	if (anchors) {
		window.addEventListener('hashchange', () => {
			applyHash(true);
		});
	}

	svg.tabIndex = 0;
	svg.setAttribute(
		'aria-describedby',
		`${svg.getAttribute('aria-describedby') ?? ''} ${toolbar.querySelector('.network__help')?.id ?? ''}`.trim(),
	);
	toolbar.hidden = false;
	root.setAttribute('data-enhanced', '');
	// The first draw comes from the resize observer, after the browser's own layout: measuring
	// here would force a layout of the whole page before it is ready.
	if (anchors) applyHash(false);
}
