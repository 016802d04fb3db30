/**
 * Opens a citation's note in a popover next to its marker instead of jumping to the notes.
 * The note's nodes are cloned, never parsed from strings, so content stays text.
 */
import { safeDecode } from '../lib/site/safe-url';

let popover: HTMLElement | undefined;
let opener: HTMLAnchorElement | undefined;

function getPopover(): HTMLElement {
	if (popover) return popover;
	// The label comes from the page's notes, in the page's language.
	const label =
		document.querySelector<HTMLElement>('[data-popover-label]')?.dataset['popoverLabel'];
	const el = document.createElement('div');
	el.className = 'cite-popover';
	el.id = 'cite-popover';
	el.setAttribute('popover', 'auto');
	el.setAttribute('role', 'dialog');
	if (label) el.setAttribute('aria-label', label);
	el.tabIndex = -1;
	el.addEventListener('toggle', (event) => {
		if (event.newState === 'closed') opener?.focus();
	});
	document.body.append(el);
	popover = el;
	return el;
}

/** Makes each footnote link in `root` open its note in a popover. */
export function enhanceCitation(root: HTMLElement): void {
	if (typeof HTMLElement.prototype.showPopover !== 'function') return;
	for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-note]')) {
		const hash = link.hash.slice(1);
		if (!hash) continue;
		link.setAttribute('aria-haspopup', 'dialog');
		link.addEventListener('click', (event) => {
			const note = document.getElementById(safeDecode(hash));
			if (!note) return; // no note on this page: follow the link
			event.preventDefault();
			const pop = getPopover();
			pop.replaceChildren(...[...note.childNodes].map((n) => n.cloneNode(true)));
			// A note in a folded row of the sources list takes its attribution from the row.
			const badge = note.closest('details')?.querySelector('summary .badge');
			if (badge) pop.querySelector('.note__meta')?.before(badge.cloneNode(true), ' ');
			for (const el of pop.querySelectorAll('[id]')) el.removeAttribute('id');
			opener = link;
			pop.showPopover();
			const box = link.getBoundingClientRect();
			const width = pop.offsetWidth;
			const left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8));
			const below = box.bottom + 6;
			const top =
				below + pop.offsetHeight > window.innerHeight
					? Math.max(8, box.top - pop.offsetHeight - 6)
					: below;
			pop.style.position = 'fixed';
			pop.style.inset = 'auto';
			pop.style.left = `${left}px`;
			pop.style.top = `${top}px`;
			pop.focus();
		});
	}
}

/**
 * Opens the folded row of "Sources for this page" that holds the note the address points to,
 * for browsers that don't reveal a closed <details> on fragment navigation themselves.
 */
export function revealNoteInAddress(): void {
	const id = safeDecode(location.hash.slice(1));
	if (!id) return;
	const target = document.getElementById(id);
	const row = target?.closest('details');
	if (!target || !row || row.open) return;
	row.open = true;
	target.scrollIntoView();
}
