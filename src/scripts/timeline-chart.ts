/**
 * `<timeline-chart>`: enhances a server-rendered timeline (TimelineChart.astro). The chart may
 * hold two drawings (narrow and wide, one shown by the stylesheet); an event's marks in both
 * act as one. Selecting an event shows its details, cloned from the `<template>` rendered for
 * it (never parsed from strings); arrow keys, Home and End move between the events of the
 * drawing in view and Escape closes the details, only while focus is inside the chart; menus
 * dim events outside a phase or without an actor; the address keeps `#event=<id>` of the
 * selection and a link to it selects the event on load. URLs come from the rendered links.
 */

import { isStaticEmbed } from './embed-mode';
import { readStrings } from './strings';
import { safeDecode } from '../lib/site/safe-url';

interface Mark {
	id: string;
	group: SVGGElement;
	link: SVGAElement;
	svg: SVGSVGElement;
	/** The hash that selects this event (from the link the server rendered). */
	hash: string;
	phase: string;
	actors: string[];
}

const motion = () => window.matchMedia('(prefers-reduced-motion: no-preference)').matches;
const shownOnScreen = (el: Element) => el.getClientRects().length > 0;

function setUp(root: HTMLElement): void {
	const svgs = [...root.querySelectorAll<SVGSVGElement>('svg.tl-svg')];
	const panel = root.querySelector<HTMLElement>('.tl-details');
	const body = panel?.querySelector<HTMLElement>('.tl-details__body');
	const status = root.querySelector<HTMLElement>('.tl-status');
	const phaseMenu = root.querySelector<HTMLSelectElement>('[data-filter-phase]');
	const actorMenu = root.querySelector<HTMLSelectElement>('[data-filter-actor]');
	if (svgs.length === 0 || !panel || !body) return;

	const marks: Mark[] = svgs.flatMap((svg) =>
		[...svg.querySelectorAll<SVGGElement>('.tl-mark')].flatMap((group) => {
			const link = group.querySelector<SVGAElement>('a.tl-mark__link');
			const id = group.dataset['event'];
			if (!link || id === undefined) return [];
			const hash = new URL(link.getAttribute('href') ?? '', window.location.href).hash;
			const phase = group.dataset['phase'] ?? '';
			const actors = (group.dataset['actors'] ?? '').split(' ').filter(Boolean);
			return [{ id, group, link, svg, hash, phase, actors }];
		}),
	);
	if (marks.length === 0) return;
	const events = [...new Set(marks.map((m) => m.id))];
	const templates = new Map(
		[...root.querySelectorAll<HTMLTemplateElement>('template[data-event]')].map((t) => [
			t.dataset['event'] ?? '',
			t,
		]),
	);

	let selected: string | undefined;
	const twins = (id: string | undefined) => marks.filter((m) => m.id === id);
	/** The drawing in view (the stylesheet shows one). */
	const visibleSvg = () => svgs.find(shownOnScreen) ?? svgs[0];
	const inView = (id: string | undefined) => {
		const svg = visibleSvg();
		return marks.find((m) => m.id === id && m.svg === svg);
	};
	const shown = (m: Mark) => !m.group.classList.contains('is-dimmed');
	const reachable = (svg: SVGSVGElement | undefined) =>
		marks.filter((m) => m.svg === svg && shown(m));

	/** Keeps exactly one mark of each drawing in the tab order (roving tabindex). */
	const setCurrent = (current: string | undefined) => {
		for (const svg of svgs) {
			const own = (id: string | undefined) =>
				marks.find((m) => m.id === id && m.svg === svg && shown(m));
			const target = own(current) ?? own(selected) ?? reachable(svg)[0];
			for (const m of marks)
				if (m.svg === svg) m.link.setAttribute('tabindex', m === target ? '0' : '-1');
		}
	};

	const words = readStrings(root);
	const say = (text: string) => {
		if (status) status.textContent = text;
	};

	const select = (id: string) => {
		if (!twins(id).some(shown)) filter('', '');
		for (const m of twins(selected)) {
			m.group.classList.remove('is-selected');
			m.link.removeAttribute('aria-current');
		}
		selected = id;
		for (const m of twins(id)) {
			m.group.classList.add('is-selected');
			m.link.setAttribute('aria-current', 'true');
		}
		const template = templates.get(id);
		if (template) {
			body.replaceChildren(template.content.cloneNode(true));
			panel.hidden = false;
		}
		setCurrent(id);
		const hash = twins(id)[0]?.hash ?? '';
		if (window.location.hash !== hash)
			history.replaceState(history.state, '', hash || window.location.pathname);
	};

	const clear = () => {
		if (selected === undefined) return;
		const was = selected;
		for (const m of twins(was)) {
			m.group.classList.remove('is-selected');
			m.link.removeAttribute('aria-current');
		}
		selected = undefined;
		panel.hidden = true;
		body.replaceChildren();
		if (window.location.hash === twins(was)[0]?.hash)
			history.replaceState(history.state, '', window.location.pathname + window.location.search);
		inView(was)?.link.focus({ preventScroll: true });
	};

	/** Dims events outside a phase or without an actor ('' for all). */
	const filter = (phase: string, actor: string) => {
		for (const m of marks)
			m.group.classList.toggle(
				'is-dimmed',
				(phase !== '' && m.phase !== phase) || (actor !== '' && !m.actors.includes(actor)),
			);
		if (phaseMenu && phaseMenu.value !== phase) phaseMenu.value = phase;
		if (actorMenu && actorMenu.value !== actor) actorMenu.value = actor;
		setCurrent(undefined);
		const count = events.filter((id) => twins(id).some(shown)).length;
		say(
			phase === '' && actor === ''
				? words('timeline.status.all', { count: events.length })
				: words('timeline.status.filtered', { count, total: events.length }),
		);
		return count;
	};
	const applyMenus = () => filter(phaseMenu?.value ?? '', actorMenu?.value ?? '');

	root.addEventListener('click', (event) => {
		const link = (event.target as Element).closest('a.tl-mark__link');
		const mark = marks.find((m) => m.link === link);
		if (!mark) return;
		event.preventDefault();
		select(mark.id);
	});

	// Keys act only while focus is on a mark inside this chart; the page keeps its own keys.
	root.addEventListener('keydown', (event) => {
		const link = (event.target as Element).closest('a.tl-mark__link');
		const current = marks.find((m) => m.link === link);
		if (!current) return;
		const list = reachable(current.svg);
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
				select(current.id);
				break;
			case 'Escape':
				if (selected === undefined) return;
				clear();
				break;
			default:
				return;
		}
		event.preventDefault();
		if (next) {
			setCurrent(next.id);
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

	phaseMenu?.addEventListener('change', () => {
		applyMenus();
		// Bring the phase's first event into view: on a phone the chart is tall.
		const first = reachable(visibleSvg())[0];
		if (phaseMenu.value !== '' && first)
			first.group.scrollIntoView({ block: 'center', behavior: motion() ? 'smooth' : 'auto' });
	});
	actorMenu?.addEventListener('change', applyMenus);

	/** Selects the event a hash names: `#event=<id>` or the id of one of its marks. */
	const followHash = () => {
		const hash = window.location.hash;
		if (!hash) return;
		const decoded = safeDecode(hash);
		const mark = marks.find((m) => m.hash === hash || `#${m.link.id}` === decoded);
		if (!mark) return;
		select(mark.id);
		if (`#${mark.link.id}` === decoded) inView(mark.id)?.link.focus();
	};
	// A changed hash selects its event but leaves the page where the reader put it: the list
	// links to its own items with the same `#event=<id>` hashes.
	window.addEventListener('hashchange', followHash);

	for (const el of root.querySelectorAll<HTMLElement>('[data-enhanced-only], [data-script-ui]'))
		el.hidden = false;
	setCurrent(undefined);
	// On load the browser scrolls to the element the hash names (the event in the list) once
	// the page has loaded; select now, and bring the chart's mark into view after that scroll.
	followHash();
	const reveal = () => {
		inView(selected)?.group.scrollIntoView({ block: 'center' });
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
