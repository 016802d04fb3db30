/**
 * Shows a citation's note in a popover next to its marker (loaded by cite.ts at the first
 * click on a citation). The note's nodes are cloned, never parsed from strings, so content
 * stays text.
 */
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

/** Opens `note` in the popover beside `link`, the citation the reader followed. */
export function showNote(link: HTMLAnchorElement, note: HTMLElement): void {
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
}
