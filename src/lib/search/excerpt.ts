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

const normal = (text: string) =>
	text
		.normalize('NFKC')
		.toLocaleLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/^[\s.,;:…]+|[\s.,;:…]+$/g, '');

/**
 * An excerpt without the sentences the result already shows: records carry their title and
 * time or attribution in their text, so that they are found by them, and an excerpt cut from
 * there reads as a repeat ("$25 million. Later than…; no date given.") or starts mid-title.
 * Pieces between sentence marks (`.`, `;`, `!`, `?`) that the title or detail line contain are
 * dropped; what is left keeps its highlights. Nothing is left when the excerpt adds nothing.
 */
export function dropShown(runs: readonly ExcerptRun[], shown: readonly string[]): ExcerptRun[] {
	const seen = shown.map(normal).filter((s) => s !== '');
	const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
	const chars = runs.flatMap((run) =>
		Array.from(graphemes.segment(run.text), ({ segment }) => ({ c: segment, mark: run.mark })),
	);
	const pieces: (typeof chars)[] = [[]];
	chars.forEach((ch, i) => {
		pieces.at(-1)?.push(ch);
		const next = chars[i + 1]?.c;
		if (/[.;!?]/.test(ch.c) && (next === undefined || /\s/.test(next))) pieces.push([]);
	});
	const kept = pieces.filter((piece) => {
		const text = normal(piece.map((ch) => ch.c).join(''));
		return text.length >= 3 && !seen.some((s) => s.includes(text));
	});
	const out: ExcerptRun[] = [];
	for (const { c, mark } of kept.flat()) {
		const last = out.at(-1);
		if (last?.mark === mark) last.text += c;
		else out.push({ text: c, mark });
	}
	const first = out[0];
	if (first && !first.mark) first.text = first.text.replace(/^\s+/, '');
	return out.filter((run) => run.text !== '');
}
