/**
 * Citations (Cite.astro) on every page: a footnote link opens its note in a popover instead of
 * jumping to the notes, and an address naming a note in a folded row of "Sources for this
 * page" opens that row. What draws the popover (cite-popover.ts) loads at the first click on
 * a citation, so a page that is only read costs a few lines.
 */
import { safeDecode } from '../lib/site/safe-url';

const canPop = typeof HTMLElement.prototype.showPopover === 'function';

/** The page's own note a citation link points to, or null (none here: the link is followed). */
function noteOf(link: HTMLAnchorElement): HTMLElement | null {
	const hash = link.hash.slice(1);
	return hash ? document.getElementById(safeDecode(hash)) : null;
}

/**
 * Opens the folded row of "Sources for this page" that holds the note the address points to,
 * for browsers that don't reveal a closed <details> on fragment navigation themselves.
 */
function revealNoteInAddress(): void {
	const id = safeDecode(location.hash.slice(1));
	if (!id) return;
	const target = document.getElementById(id);
	const row = target?.closest('details');
	if (!target || !row || row.open) return;
	row.open = true;
	target.scrollIntoView();
}

revealNoteInAddress();
window.addEventListener('hashchange', revealNoteInAddress);

if (canPop) {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('cite-ref a'))
		if (noteOf(link)) link.setAttribute('aria-haspopup', 'dialog');
	document.addEventListener('click', (event) => {
		const link = event.target instanceof Element ? event.target.closest('cite-ref a') : null;
		if (!(link instanceof HTMLAnchorElement)) return;
		const note = noteOf(link);
		if (!note || event.defaultPrevented) return;
		event.preventDefault();
		import('./cite-popover').then(
			({ showNote }) => {
				showNote(link, note);
			},
			// The popover's code did not load (offline, or a deploy replaced it): jump to the note.
			() => {
				location.hash = link.hash;
			},
		);
	});
}
