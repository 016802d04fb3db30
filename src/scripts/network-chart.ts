/**
 * `<network-chart>`: enhances the server-rendered relationship map (NetworkChart.astro).
 * Hover and focus highlight an actor's neighbourhood; selecting a node or edge opens its
 * details (from the chart's details file, fetched the first time, see network-details.ts,
 * drawn as text, never parsed); filters by relation type
 * and sourcing; zoom and pan by buttons, keys, Ctrl + wheel, drag and pinch; `#focus=<id>`
 * and `#edge=<id>` deep links on the page's main chart. Every key handler is on the chart's
 * own elements. Plain DOM: d3-zoom and d3-selection would weigh more than all of this.
 */
import { isStaticEmbed } from './embed-mode';
import { edgeDetails, h, loadDetails, nodeDetails, type Details } from './network-details';
import { readStrings } from './strings';
import { safeDecode } from '../lib/site/safe-url';
import { directionOf, pickNeighbour } from '../lib/network/nav';
import {
	IDENTITY,
	between,
	levelIndex,
	panBy,
	revealPoint,
	zoomAt,
	type ZoomTransform,
} from '../lib/network/zoom';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Arrowhead size on screen, in pixels. */
const MARKER_PX = 9;
/** A coordinate for an attribute: two decimals are finer than a pixel at any zoom. */
const f = (v: number) => v.toFixed(2);
const FOCUS = 'focus=';
const EDGE = 'edge=';
const STEP = Math.SQRT2;
/** A wheel or pinch gesture has paused after this long without a step (ms). */
const SETTLE_MS = 120;

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
	/** Every attribution among the tie's claims. */
	attributions: string[];
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
	const nodeLayer = root.querySelector<SVGGElement>('[data-network-nodes]');
	const panel = root.querySelector<HTMLElement>('[data-network-panel]');
	const panelBody = root.querySelector<HTMLElement>('[data-network-panel-body]');
	const toolbar = root.querySelector<HTMLElement>('[data-network-toolbar]');
	const status = root.querySelector<HTMLElement>('[data-network-status]');
	if (!svg || !viewport || !nodeLayer || !panel || !panelBody || !toolbar || !status) return;
	// What a wheel or pinch gesture moves (see glide()): the box around the drawing.
	const stage = svg.closest<HTMLElement>('.network__stage') ?? svg;
	const frame = { width: Number(root.dataset['width']), height: Number(root.dataset['height']) };
	const levels = (root.dataset['levels'] ?? '1').split(' ').map(Number);
	const anchors = root.hasAttribute('data-anchors');
	const detailsUrl = root.dataset['details'] ?? '';
	// Ids of the text twin's rows on the page (prefix + relation id), when there is a twin.
	const twinRow = root.dataset['twin'];
	const panelTitleId = panel.getAttribute('aria-labelledby') ?? '';
	const t = readStrings(root);

	const nodes = new Map<string, NodeItem>();
	for (const el of svg.querySelectorAll<SVGElement>('[data-node]')) {
		const label = el.querySelector<SVGElement>('.network__label');
		const level = Number(label?.dataset['level']);
		// Its place on the map, from the transform the server drew it at.
		const [x = NaN, y = NaN] = (el.getAttribute('transform') ?? '').match(/-?[\d.]+/g) ?? [];
		const item: NodeItem = {
			kind: 'node',
			id: el.dataset['node'] ?? '',
			el,
			x: Number(x),
			y: Number(y),
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
	/**
	 * An edge's accessible name: its own (charts without a twin), else made from its twin row,
	 * as describeEdge (lib/network/graph.ts) words it: the row's sentence, "A label B"
	 * (RelationText.astro), and its badges' labels (AttributionBadge.astro).
	 */
	const edgeName = (el: SVGElement, id: string) => {
		const own = el.dataset['label'];
		const row = twinRow ? document.getElementById(twinRow + id) : null;
		const sentence = row?.querySelector('.relation-text');
		if (own || !row || !sentence) return own ?? id;
		const names = sentence.querySelectorAll('a');
		// Everything between the two names: text, or a span marking the label's language.
		const label = [...sentence.childNodes]
			.filter((n) => !(n instanceof HTMLAnchorElement))
			.map((n) => n.textContent)
			.join(' ');
		const lang = document.documentElement.lang;
		const kinds = [...row.querySelectorAll('[data-sourcing] .badge')].map((b) =>
			(b.lastChild?.textContent ?? '').trim().toLocaleLowerCase(lang),
		);
		return t('network.edge', {
			source: names[0]?.textContent ?? '',
			label: label.replace(/\s+/g, ' ').trim(),
			target: names[names.length - 1]?.textContent ?? '',
			sourcing:
				kinds.length > 1
					? t('network.mixedSourcing', { labels: kinds.join('; ') })
					: (kinds[0] ?? ''),
		});
	};
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
			attributions: (el.dataset['attributions'] ?? '').split(' '),
			hidden: false,
		};
		edges.set(item.id, item);
		source.edges.push(item);
		target.edges.push(item);
		el.setAttribute('role', 'button');
		el.setAttribute('aria-pressed', 'false');
		el.setAttribute('aria-controls', panel.id);
		el.setAttribute('aria-label', edgeName(el, item.id));
		el.tabIndex = -1;
		// A wide, invisible stroke to point at: drawn here, as only a script acts on it.
		const line = el.querySelector('.network__line');
		if (line) {
			const hit = line.cloneNode() as SVGElement;
			hit.setAttribute('class', 'network__hit');
			hit.removeAttribute('marker-mid');
			el.prepend(hit);
		}
	}

	let selected: Item | undefined;
	let preview: NodeItem | undefined;
	let roving = nodes.values().next().value;
	if (roving) roving.el.tabIndex = 0;
	// The zoom the reader asked for, and the one the map's elements are drawn at. They differ
	// while a wheel or pinch gesture runs: see glide().
	let transform: ZoomTransform = IDENTITY;
	let shown: ZoomTransform = IDENTITY;
	/** The CSS transform glide() has put on the stage around the drawing, in the SVG's units. */
	let scaled: ZoomTransform = IDENTITY;
	let settleLater = 0;
	/** Whether a wheel or pinch gesture is moving the stage and the map waits to be drawn again. */
	let gliding = false;
	let level = -1;
	// The canvas's width on screen, kept by the resize observer (reading it would force layout).
	let width = 0;
	let near = new Set<SVGElement>();
	// Arrowheads keep their size on screen: sized in map units, resized on each zoom.
	const markers = [...svg.querySelectorAll<SVGMarkerElement>('marker')];
	for (const m of markers) m.setAttribute('markerUnits', 'userSpaceOnUse');

	// Above the map: the veil that fades it, and copies of the highlighted items.
	const veil = document.createElementNS(SVG_NS, 'rect');
	veil.setAttribute('class', 'network__veil');
	veil.setAttribute('width', String(frame.width));
	veil.setAttribute('height', String(frame.height));
	veil.setAttribute('display', 'none');
	const lift = document.createElementNS(SVG_NS, 'g');
	lift.setAttribute('class', 'network__lift');
	lift.setAttribute('aria-hidden', 'true');
	const liftEdges = document.createElementNS(SVG_NS, 'g');
	const liftNodes = document.createElementNS(SVG_NS, 'g');
	lift.append(liftEdges, liftNodes);
	svg.append(veil, lift);
	let lifted: { node: NodeItem; el: SVGElement }[] = [];

	const itemOf = (target: EventTarget | null): Item | undefined => {
		const el = target instanceof Element ? target.closest('[data-node],[data-edge]') : null;
		if (!(el instanceof SVGElement)) return undefined;
		const node = el.dataset['node'];
		return node === undefined ? edges.get(el.dataset['edge'] ?? '') : nodes.get(node);
	};
	const announce = (text: string) => {
		status.textContent = text;
	};

	const placeNode = (el: SVGElement, n: NodeItem) => {
		const t = shown;
		el.setAttribute('transform', `translate(${f(t.k * n.x + t.x)} ${f(t.k * n.y + t.y)})`);
	};
	/** A copy of an item for the highlight layer: same classes and drawing, no ids or roles. */
	const copyOf = (item: Item) => {
		const copy = document.createElementNS(SVG_NS, 'g');
		copy.setAttribute('class', item.el.getAttribute('class') ?? '');
		if (item.el === document.activeElement && item.el.matches(':focus-visible'))
			copy.classList.add('is-focused');
		const part = item.el.querySelector(item.kind === 'node' ? '.network__glyph' : '.network__line');
		if (part) copy.append(part.cloneNode(true));
		return copy;
	};

	/**
	 * Fades everything outside the previewed or selected item's neighbourhood under the veil,
	 * and draws that neighbourhood again above it, labelling the item's own actors even where
	 * their labels were thinned out. Neighbours keep the labels that fit: showing them all
	 * would pile names on each other on a crowded map. Only the few items concerned change.
	 */
	const paintHighlight = () => {
		const focus = preview ?? selected;
		const nearEdges: EdgeItem[] = [];
		const nearNodes = new Set<NodeItem>();
		const named = new Set<NodeItem>();
		if (focus?.kind === 'node') {
			nearNodes.add(focus);
			named.add(focus);
			for (const e of focus.edges)
				if (!e.hidden) {
					nearEdges.push(e);
					nearNodes.add(e.source);
					nearNodes.add(e.target);
				}
		} else if (focus) {
			nearEdges.push(focus);
			for (const n of [focus.source, focus.target]) {
				nearNodes.add(n);
				named.add(n);
			}
		}
		const next = new Set<SVGElement>([...nearEdges, ...nearNodes].map((item) => item.el));
		for (const el of near) if (!next.has(el)) el.classList.remove('is-near');
		for (const el of next) el.classList.add('is-near');
		near = next;
		liftEdges.replaceChildren(...nearEdges.map(copyOf));
		lifted = [...nearNodes].map((node) => {
			const el = copyOf(node);
			if (named.has(node)) el.classList.add('is-named');
			placeNode(el, node);
			return { node, el };
		});
		liftNodes.replaceChildren(...lifted.map((l) => l.el));
		if (next.size > 0) veil.removeAttribute('display');
		else veil.setAttribute('display', 'none');
		root.toggleAttribute('data-highlight', next.size > 0);
	};

	// Zoomed in, the canvas takes one-finger drags and shows a grab cursor (NetworkChart.astro,
	// `[data-zoomed]`). Flipping that restyles the whole map, since the browser works the
	// effective touch action and the cursor out down the tree: at 800 actors a zoom step that
	// crosses the full view took three times as long. So the flip waits until zooming pauses,
	// except while a finger or the mouse is down on the map, where the next drag needs it set.
	let pressed = false;
	let zoomedLater = 0;
	const markZoomed = () => {
		const zoomed = transform.k > 1;
		clearTimeout(zoomedLater);
		if (root.hasAttribute('data-zoomed') === zoomed) return;
		if (pressed) root.toggleAttribute('data-zoomed', zoomed);
		else
			zoomedLater = window.setTimeout(() => {
				root.toggleAttribute('data-zoomed', zoomed);
			}, 200);
	};

	/** Draws the current zoom; picks the glyph scale and the labels that fit at it. */
	const draw = () => {
		clearTimeout(settleLater);
		gliding = false;
		shown = transform;
		scaled = IDENTITY;
		stage.style.removeProperty('transform');
		const edgesAt = `translate(${f(transform.x)} ${f(transform.y)}) scale(${transform.k.toFixed(4)})`;
		viewport.setAttribute('transform', edgesAt);
		liftEdges.setAttribute('transform', edgesAt);
		for (const n of nodes.values()) placeNode(n.el, n);
		for (const l of lifted) placeNode(l.el, l.node);
		markZoomed();
		if (!width) return;
		const u = frame.width / width;
		const size = ((MARKER_PX * u) / transform.k).toFixed(3);
		for (const m of markers) {
			m.setAttribute('markerWidth', size);
			m.setAttribute('markerHeight', size);
		}
		const index = levelIndex(u / transform.k, levels);
		if (index === level) return;
		// Only labels whose level lies between the old and the new one change.
		const [low, high] =
			level < 0 ? [-Infinity, Infinity] : [Math.min(level, index), Math.max(level, index)];
		level = index;
		for (const n of nodes.values())
			if (n.level >= low && n.level <= high)
				n.label?.classList.toggle('is-shown', n.level <= index);
	};
	const setTransform = (next: ZoomTransform) => {
		transform = next;
		draw();
	};

	// While a wheel or pinch gesture runs, each step scales the drawing as it is: a CSS
	// transform on the box around it, its own compositor layer (NetworkChart.astro), so a
	// step neither restyles nor repaints the map's thousands of elements. Glyphs, labels and
	// strokes grow and shrink with it, and zooming out shows an empty margin, until the
	// gesture pauses (SETTLE_MS) or the fingers lift; then the map is drawn at the new zoom,
	// once. Buttons, keys, drags and selection draw at once, as before.
	const glide = (next: ZoomTransform) => {
		gliding = true;
		transform = next;
		scaled = between(shown, transform);
		const px = width ? width / frame.width : 1;
		stage.style.transform = `translate(${f(scaled.x * px)}px, ${f(scaled.y * px)}px) scale(${scaled.k.toFixed(4)})`;
		clearTimeout(settleLater);
		settleLater = window.setTimeout(draw, SETTLE_MS);
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
	/** A pointer's position in the SVG's own units, as if no gesture were scaling it. */
	const toSvg = (clientX: number, clientY: number) => {
		const box = svg.getBoundingClientRect();
		// Under glide()'s transform on the stage, the box is moved by `scaled` and scaled by its k.
		const w = box.width / scaled.k;
		const h = box.height / scaled.k;
		const left = box.left - (scaled.x * w) / frame.width;
		const top = box.top - (scaled.y * h) / frame.height;
		return {
			x: ((clientX - left) * frame.width) / w,
			y: ((clientY - top) * frame.height) / h,
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

	/** An item's name while its details load: the label drawn on the map, or the edge's name. */
	const nameOf = (item: Item) =>
		item.kind === 'node'
			? [...(item.label?.querySelectorAll('tspan') ?? [])].map((s) => s.textContent).join(' ') ||
				item.id
			: (item.el.getAttribute('aria-label') ?? item.id);
	/** What the panel shows when the details file cannot be read: where the same details are. */
	const fallback = (item: Item) => {
		const out = h('p', null, `${t('network.loadFailed')} `);
		const pageLink = (node: NodeItem) => {
			const a = h('a', null, t('network.openPage', { name: nameOf(node) }));
			a.setAttribute('href', node.el.getAttribute('href') ?? '');
			return a;
		};
		if (item.kind === 'node') out.append(pageLink(item));
		else if (twinRow) {
			const a = h('a', null, t('network.inTwin'));
			a.setAttribute('href', `#${twinRow}${item.id}`);
			out.append(a);
		} else out.append(pageLink(item.source), ', ', pageLink(item.target));
		return out;
	};
	/** The panel's contents for an item: from the details file, loaded or not. */
	const panelFor = (item: Item, details: Details | undefined | null) => {
		if (details === undefined) {
			const title = h('p', 'network__panel-title', nameOf(item));
			title.dataset['panelTitle'] = '';
			return [title, h('p', 'muted', t('network.loading'))];
		}
		const body = details
			? item.kind === 'node'
				? nodeDetails(details, item.id)
				: edgeDetails(details, item.id, twinRow && twinRow + item.id)
			: undefined;
		if (body) return [body];
		const title = h('p', 'network__panel-title', nameOf(item));
		title.dataset['panelTitle'] = '';
		return [title, fallback(item)];
	};
	const showPanel = (item: Item, details: Details | undefined | null) => {
		panelBody.replaceChildren(...panelFor(item, details));
		const title = panelBody.querySelector('[data-panel-title]');
		if (title) title.id = panelTitleId;
		return title?.textContent.trim() ?? item.id;
	};

	const select = (item: Item, options: { focus?: boolean; hash?: boolean } = {}) => {
		if (item.kind === 'edge' && item.hidden) showFiltered(item);
		if (selected) {
			selected.el.classList.remove('is-selected');
			selected.el.setAttribute('aria-pressed', 'false');
		}
		selected = item;
		item.el.classList.add('is-selected');
		item.el.setAttribute('aria-pressed', 'true');
		showPanel(item, undefined);
		panel.hidden = false;
		if (item.kind === 'node') setRoving(item);
		if (options.hash !== false) setHash((item.kind === 'node' ? FOCUS : EDGE) + item.id);
		reveal(item);
		if (options.focus) item.el.focus();
		paintHighlight();
		const shown = (details: Details | null) => {
			// Another item may have been selected, or the panel closed, while the file loaded.
			if (selected !== item) return;
			announce(t('network.status.details', { name: showPanel(item, details) }));
		};
		loadDetails(detailsUrl).then(shown, () => {
			shown(null);
		});
	};

	// Filters: an edge shows when its type and one of its attributions are ticked.
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
			e.hidden =
				!(types?.has(e.type) ?? true) ||
				!(sourcing ? e.attributions.some((a) => sourcing.has(a)) : true);
			e.el.classList.toggle('is-filtered', e.hidden);
			if (!e.hidden) shown++;
		}
		for (const n of nodes.values())
			n.el.classList.toggle('is-isolated', n.edges.length > 0 && n.edges.every((e) => e.hidden));
		if (selected?.kind === 'edge' && selected.hidden) clear();
		paintHighlight();
		announce(t('network.status.shown', { count: shown, total: edges.size }));
	};
	/** Ticks the filters an edge needs, so selecting it from elsewhere always shows it. */
	const showFiltered = (edge: EdgeItem) => {
		for (const box of [...boxes('type'), ...boxes('attribution')])
			if (box.value === edge.type || edge.attributions.includes(box.value)) box.checked = true;
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
	// Under a still pointer, a zoom gesture slides actor after actor by, and the map drawn at
	// the new zoom puts another one there: previewing each would flash highlights across the
	// map and lay it out and paint it again at every step. So from a wheel step until the
	// pointer moves, entering and leaving actors changes nothing; the first move previews the
	// actor under the pointer, if any.
	let still: { x: number; y: number } | undefined;
	const moved = (event: PointerEvent) => {
		if (!still || (event.clientX === still.x && event.clientY === still.y)) return;
		still = undefined;
		window.removeEventListener('pointermove', moved);
		const target = event.target instanceof Node && svg.contains(event.target) ? event.target : null;
		const item = itemOf(target);
		const next = item?.kind === 'node' ? item : undefined;
		if (next === preview) return;
		preview = next;
		paintHighlight();
	};
	const holdStill = (event: WheelEvent) => {
		if (!still) window.addEventListener('pointermove', moved, { passive: true });
		still = { x: event.clientX, y: event.clientY };
	};
	svg.addEventListener('pointerover', (event) => {
		if (gliding || still) return;
		const item = itemOf(event.target);
		if (item?.kind !== 'node' || item === preview) return;
		preview = item;
		paintHighlight();
	});
	svg.addEventListener('pointerout', (event) => {
		if (still || !preview || itemOf(event.relatedTarget) === preview) return;
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
			holdStill(event);
			const factor = 2 ** (-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002));
			glide(zoomAt(transform, factor, toSvg(event.clientX, event.clientY), frame));
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
		pressed = true;
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
			glide(panBy(zoomed, (a.x + b.x) / 2 - mid0.x, (a.y + b.y) / 2 - mid0.y, frame));
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
		pressed = pointers.size > 0;
		start = pointers.size ? snapshot() : undefined;
		// A pinch ends: draw the map at its new zoom now, not after the pause.
		if (scaled !== IDENTITY) draw();
		if (event.type === 'pointercancel') dragged = false;
	};
	svg.addEventListener('pointerup', release);
	svg.addEventListener('pointercancel', release);

	new ResizeObserver(([entry]) => {
		width = entry?.contentRect.width ?? 0;
		// Glyphs and labels keep their size on screen: set once per width, never per zoom.
		if (width) svg.style.setProperty('--u', (frame.width / width).toFixed(4));
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
