/**
 * The offline page ("You are offline, and this page is not saved on this device") as the
 * worker serves it: the built page, with the list of what this device does keep filled in.
 * The page carries every sentence; the worker only shows or hides its marked parts and
 * inserts links, so the words stay in the page's own language.
 */

export interface KeptPage {
	href: string;
	/** The page's title, as HTML text (it comes from a built page's <title>). */
	title: string;
}

export interface OfflineFill {
	/** The address the reader asked for: "Try again" reloads it. */
	retry: string;
	/** Whether this edition is saved on the device. */
	saved: boolean;
	/** Pages kept on the device because the reader opened them. */
	pages: readonly KeptPage[];
}

const escapeAttr = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string) => s.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Applies `edit` to the first start tag that carries `marker` (a data attribute). */
function editTag(html: string, marker: string, edit: (tag: string) => string): string {
	const re = new RegExp(`<[a-zA-Z][\\w-]*\\b[^>]*\\s${marker}(?=[\\s=>])[^>]*>`);
	return html.replace(re, (tag) => edit(tag));
}

function setHidden(html: string, marker: string, hidden: boolean): string {
	return editTag(html, marker, (tag) => {
		const shown = tag.replace(/\shidden(?:="[^"]*")?(?=[\s>/])/, '');
		return hidden ? shown.replace(/>$/, ' hidden>') : shown;
	});
}

/** The offline page with its marked parts shown or hidden and the kept pages listed. */
export function fillOfflinePage(html: string, fill: OfflineFill): string {
	let out = editTag(html, 'data-offline-retry', (tag) =>
		tag.replace(/\shref="[^"]*"/, ` href="${escapeAttr(fill.retry)}"`),
	);
	out = setHidden(out, 'data-offline-saved', !fill.saved);
	out = setHidden(out, 'data-offline-visited', fill.pages.length === 0);
	out = setHidden(out, 'data-offline-nothing', fill.saved || fill.pages.length > 0);
	const items = fill.pages
		.map((p) => `<li><a href="${escapeAttr(p.href)}">${escapeText(p.title)}</a></li>`)
		.join('');
	return out.replace(
		/(<[a-zA-Z][\w-]*\b[^>]*\sdata-offline-list(?=[\s=>])[^>]*>)/,
		(tag) => tag + items,
	);
}

/** A built page's title without the site's name after " · ", as HTML text. */
export function pageTitle(html: string): string | undefined {
	const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();
	if (!title) return undefined;
	const cut = title.lastIndexOf(' · ');
	return cut > 0 ? title.slice(0, cut) : title;
}
