/**
 * Reads a Pagefind excerpt as text runs instead of HTML. Pagefind builds an excerpt by
 * escaping only `<` and `>` in the page text (as `&lt;` and `&gt;`) and wrapping matched
 * words in `<mark>…</mark>`. Any `<mark>` left in the string is therefore Pagefind's own, and
 * everything else is text: the UI inserts each run with `textContent`, never as HTML.
 */

/** A run of excerpt text, highlighted when it matched the query. */
export interface ExcerptRun {
	text: string;
	mark: boolean;
}

const MARK = /<mark>([\s\S]*?)<\/mark>/g;

/** Undoes Pagefind's escaping: exactly `&lt;` and `&gt;`, which is all it encodes. */
function unescape(text: string): string {
	return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Splits an excerpt into plain and highlighted runs; empty runs are dropped. */
export function splitExcerpt(excerpt: string): ExcerptRun[] {
	const runs: ExcerptRun[] = [];
	const push = (text: string, mark: boolean) => {
		if (text === '') return;
		const last = runs.at(-1);
		if (last?.mark === mark) last.text += text;
		else runs.push({ text, mark });
	};
	let at = 0;
	for (const match of excerpt.matchAll(MARK)) {
		push(unescape(excerpt.slice(at, match.index)), false);
		push(unescape(match[1] ?? ''), true);
		at = match.index + match[0].length;
	}
	push(unescape(excerpt.slice(at)), false);
	return runs;
}
