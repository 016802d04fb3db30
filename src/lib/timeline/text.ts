/**
 * Text measuring and wrapping for charts laid out at build time, where no font metrics exist.
 * Widths are estimates on the wide side: the per-character factors follow DejaVu Sans (the
 * font Debian's system-ui falls back to, and one of the widest common sans faces), so a label
 * measured here is at least as wide as it renders with narrower faces such as Segoe UI or
 * Roboto. Overestimating only costs a little space; underestimating would let labels overlap.
 */

/** Em widths of characters that differ much from the average (DejaVu Sans advance widths). */
const NARROW = "ijlI.,;:'|!`’‘ ";
const SEMI = 'frt()[]-/"“”';
const WIDE = 'mwMW%@—';

/** Estimated advance width of one character, in em. */
function charWidth(ch: string): number {
	if (NARROW.includes(ch)) return 0.32;
	if (SEMI.includes(ch)) return 0.42;
	if (WIDE.includes(ch)) return 1.0;
	if (ch >= '0' && ch <= '9') return 0.64;
	if (ch !== ch.toLowerCase()) return 0.76;
	return 0.63;
}

/** Estimated width of a text in pixels at a font size; bold text is about 8% wider. */
export function measureText(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const ch of text) em += charWidth(ch);
	return em * fontSize * (bold ? 1.08 : 1);
}

/**
 * Breaks a text into lines no wider than `maxWidth` (estimated), at spaces; a word wider
 * than a whole line is cut where it must. Returns at least one line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
	const words = text.trim().split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	const fits = (s: string) => measureText(s, fontSize, bold) <= maxWidth;
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (fits(candidate)) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = word;
		// A single word too long for a line: cut it into pieces that fit.
		while (!fits(line)) {
			let cut = line.length - 1;
			while (cut > 1 && !fits(line.slice(0, cut))) cut--;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
	}
	if (line || lines.length === 0) lines.push(line);
	return lines;
}
