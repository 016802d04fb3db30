/**
 * `<timeline-chart>`: enhances a server-rendered timeline (TimelineChart.astro). Selecting an
 * event shows its details, cloned from the `<template>` rendered for it (never parsed from
 * strings); arrow keys, Home and End move between events and Escape closes the details,
 * only while focus is inside the chart; buttons show one phase or fit the chart to the
 * width; a menu dims events without a chosen actor; the address keeps `#event=<id>` of the
 * selection and a link to it selects the event on load. URLs come from the rendered links.
 */

import { isStaticEmbed } from './embed-mode';
import { readStrings } from './strings';
import { safeDecode } from '../lib/site/safe-url';

interface Mark {
	id: string;
	group: SVGGElement;
	link: SVGAElement;
	/** The hash that selects this event (from the link the server rendered). */
	hash: string;
	phase: string;
	actors: string[];
}

const motion = () => window.matchMedia('(prefers-reduced-motion: no-preference)').matches;

function setUp(root: HTMLElement): void {
	const svg = root.querySelector<SVGSVGElement>('svg.tl-svg');
	const scroller = root.querySelector<HTMLElement>('.tl-scroll');
	const panel = root.querySelector<HTMLElement>('.tl-details');
	const body = panel?.querySelector<HTMLElement>('.tl-details__body');
	const status = root.querySelector<HTMLElement>('.tl-status');
	if (!svg || !scroller || !panel || !body) return;
	const fullBox = svg.getAttribute('viewBox') ?? '';
	const fullWidth = svg.getAttribute('width') ?? '';

	const marks: Mark[] = [...svg.querySelectorAll<SVGGElement>('.tl-mark')].flatMap((group) => {
		const link = group.querySelector<SVGAElement>('a.tl-mark__link');
		const id = group.dataset['event'];
		if (!link || id === undefined) return [];
		const hash = new URL(link.getAttribute('href') ?? '', window.location.href).hash;
		const phase = group.dataset['phase'] ?? '';
		const actors = (group.dataset['actors'] ?? '').split(' ').filter(Boolean);
		return [{ id, group, link, hash, phase, actors }];
	});
	if (marks.length === 0) return;
	const templates = new Map(
		[...root.querySelectorAll<HTMLTemplateElement>('template[data-event]')].map((t) => [
			t.dataset['event'] ?? '',
			t,
		]),
	);

	let selected: Mark | undefined;
	let phase = '';

	const shown = (m: Mark) =>
		(phase === '' || m.phase === phase) && !m.group.classList.contains('is-dimmed');
	const reachable = () => marks.filter(shown);

	/** Keeps exactly one mark in the tab order (roving tabindex). */
	const setCurrent = (current: Mark | undefined) => {
		const target =
			current && shown(current) ? current : selected && shown(selected) ? selected : reachable()[0];
		for (const m of marks) m.link.setAttribute('tabindex', m === target ? '0' : '-1');
	};

	const words = readStrings(root);
	const say = (text: string) => {
		if (status) status.textContent = text;
	};

	/** Scrolls the chart sideways, never the page, so that a mark is in its visible part. */
	const revealInChart = (mark: Mark) => {
		const view = scroller.getBoundingClientRect();
		const box = mark.link.getBoundingClientRect();
		if (box.left >= view.left && box.right <= view.right) return;
		scroller.scrollBy({
			left: box.left - view.left - (view.width - box.width) / 2,
			behavior: motion() ? 'smooth' : 'auto',
		});
	};

	const select = (mark: Mark) => {
		if (!shown(mark)) {
			showPhase('');
			filterActor('');
		}
		selected?.group.classList.remove('is-selected');
		selected?.link.removeAttribute('aria-current');
		selected = mark;
		mark.group.classList.add('is-selected');
		mark.link.setAttribute('aria-current', 'true');
		const template = templates.get(mark.id);
		if (template) {
			body.replaceChildren(template.content.cloneNode(true));
			panel.hidden = false;
		}
		setCurrent(mark);
		if (window.location.hash !== mark.hash)
			history.replaceState(history.state, '', mark.hash || window.location.pathname);
		revealInChart(mark);
	};

	const clear = () => {
		if (!selected) return;
		const was = selected;
		was.group.classList.remove('is-selected');
		was.link.removeAttribute('aria-current');
		selected = undefined;
		panel.hidden = true;
		body.replaceChildren();
		if (window.location.hash === was.hash)
			history.replaceState(history.state, '', window.location.pathname + window.location.search);
		was.link.focus({ preventScroll: true });
	};

	/** Shows one phase at full size (its band only), or every phase with ''. */
	const showPhase = (id: string) => {
		phase = id;
		const band =
			id === ''
				? undefined
				: svg.querySelector(`.tl-band[data-phase="${CSS.escape(id)}"] .tl-band__bg`);
		if (band) {
			const x = band.getAttribute('x') ?? '0';
			const width = band.getAttribute('width') ?? fullWidth;
			const height = svg.viewBox.baseVal.height;
			svg.setAttribute('viewBox', `${x} 0 ${width} ${height}`);
			svg.setAttribute('width', width);
		} else {
			svg.setAttribute('viewBox', fullBox);
			svg.setAttribute('width', fullWidth);
		}
		root.toggleAttribute('data-phase-focus', id !== '');
		for (const b of root.querySelectorAll<HTMLButtonElement>('[data-focus-phase]'))
			b.setAttribute('aria-pressed', String(b.dataset['focusPhase'] === id));
		scroller.scrollLeft = 0;
		setCurrent(undefined);
		updateCue();
		const count = reachable().length;
		say(
			id === ''
				? words('timeline.status.all', { count: marks.length })
				: words('timeline.status.phase', { count }),
		);
	};

	const filterActor = (id: string) => {
		for (const m of marks)
			m.group.classList.toggle('is-dimmed', id !== '' && !m.actors.includes(id));
		const menu = root.querySelector<HTMLSelectElement>('[data-filter-actor]');
		if (menu && menu.value !== id) menu.value = id;
		setCurrent(undefined);
		const name = menu?.selectedOptions[0]?.dataset['name'] ?? id;
		const count = marks.filter((m) => !m.group.classList.contains('is-dimmed')).length;
		say(
			id === ''
				? words('timeline.status.allActors')
				: words('timeline.status.actor', { count, total: marks.length, name }),
		);
	};

	const updateCue = () => {
		const cue = root.querySelector<HTMLElement>('.tl-cue');
		if (cue) cue.hidden = scroller.scrollWidth <= scroller.clientWidth + 1;
		const scale = scroller.clientWidth / (svg.viewBox.baseVal.width || 1);
		root.toggleAttribute('data-overview', root.dataset['zoom'] === 'fit' && scale < 0.6);
	};

	svg.addEventListener('click', (event) => {
		const link = (event.target as Element).closest('a.tl-mark__link');
		const mark = marks.find((m) => m.link === link);
		if (!mark) return;
		event.preventDefault();
		select(mark);
	});

	// Keys act only while focus is on a mark inside this chart; the page keeps its own keys.
	svg.addEventListener('keydown', (event) => {
		const link = (event.target as Element).closest('a.tl-mark__link');
		const current = marks.find((m) => m.link === link);
		if (!current) return;
		const list = reachable();
		const at = list.indexOf(current);
		let next: Mark | undefined;
		switch (event.key) {
			case 'ArrowRight':
			case 'ArrowDown':
				next = list[Math.min(list.length - 1, at + 1)];
				break;
			case 'ArrowLeft':
			case 'ArrowUp':
				next = list[Math.max(0, at - 1)];
				break;
			case 'Home':
				next = list[0];
				break;
			case 'End':
				next = list.at(-1);
				break;
			case ' ':
				select(current);
				break;
			case 'Escape':
				if (!selected) return;
				clear();
				break;
			default:
				return;
		}
		event.preventDefault();
		if (next) {
			setCurrent(next);
			next.link.focus();
		}
	});

	panel.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			event.preventDefault();
			clear();
		}
	});
	panel.querySelector('[data-close]')?.addEventListener('click', clear);

	for (const button of root.querySelectorAll<HTMLButtonElement>('[data-focus-phase]'))
		button.addEventListener('click', () => {
			showPhase(button.dataset['focusPhase'] ?? '');
		});
	root
		.querySelector<HTMLSelectElement>('[data-filter-actor]')
		?.addEventListener('change', (event) => {
			filterActor((event.target as HTMLSelectElement).value);
		});
	const zoom = root.querySelector<HTMLButtonElement>('[data-zoom]');
	zoom?.addEventListener('click', () => {
		const fit = root.dataset['zoom'] !== 'fit';
		if (fit) root.dataset['zoom'] = 'fit';
		else delete root.dataset['zoom'];
		zoom.setAttribute('aria-pressed', String(fit));
		updateCue();
	});

	/** Selects the event a hash names: `#event=<id>` or the id of its mark. */
	const followHash = () => {
		const hash = window.location.hash;
		if (!hash) return;
		const mark = marks.find((m) => m.hash === hash || `#${m.link.id}` === safeDecode(hash));
		if (!mark) return;
		select(mark);
		if (`#${mark.link.id}` === safeDecode(hash)) mark.link.focus();
	};
	// A changed hash selects its event but leaves the page where the reader put it: the list
	// links to its own items with the same `#event=<id>` hashes.
	window.addEventListener('hashchange', followHash);

	for (const el of root.querySelectorAll<HTMLElement>('[data-enhanced-only], [data-script-ui]'))
		el.hidden = false;
	new ResizeObserver(updateCue).observe(scroller);
	setCurrent(undefined);
	updateCue();
	// On load the browser scrolls to the element the hash names (the event in the list) once
	// the page has loaded; select now, and bring the chart into view after that scroll.
	followHash();
	const reveal = () => {
		if (selected) selected.link.scrollIntoView({ block: 'center', inline: 'center' });
	};
	if (document.readyState === 'complete') reveal();
	else
		window.addEventListener('load', () => {
			requestAnimationFrame(reveal);
		});
}

class TimelineChartElement extends HTMLElement {
	connectedCallback(): void {
		if (this.hasAttribute('data-ready') || isStaticEmbed()) return;
		this.setAttribute('data-ready', '');
		setUp(this);
	}
}

if (!customElements.get('timeline-chart'))
	customElements.define('timeline-chart', TimelineChartElement);
