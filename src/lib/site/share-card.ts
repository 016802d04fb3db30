/**
 * Share cards: the 1200×630 picture a social network or chat shows for a page's link
 * (Open Graph `og:image`; 1.91:1 is what Facebook, LinkedIn, X and Slack crop to). Pure
 * string work: this builds the card's SVG; the build renders it to PNG with resvg
 * (integrations/share-cards.ts). Two designs: a chart, framed, under its title; and words
 * (an explainer's title and summary, or any page's), both with the site's name.
 */
import { estimateTextWidth, wrapLines } from '../embed/svg-export';
import { BASE, page } from './urls';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * Where a page's card is written, from the page's path: `/actors/ana/` →
 * `/cards/actors-ana.png`, the home page → `/cards/index.png`. Every language edition's pages
 * get their own, since their paths differ.
 */
export function shareCardPath(pathname: string): string {
	const rel = pathname.startsWith(BASE)
		? pathname.slice(BASE.length)
		: pathname.replace(/^\/+/, '');
	const slug = rel
		.replace(/(?:index)?\.html$/, '')
		.split('/')
		.filter(Boolean)
		.map((part) => part.replace(/[^\p{L}\p{N}_-]+/gu, '_'))
		.join('-');
	return page(`cards/${slug || 'index'}.png`);
}

/** What a card shows. */
export interface ShareCard {
	/** Small line above the title: what the page is ("Explainer", "Who’s who"). */
	eyebrow?: string | undefined;
	title: string;
	/** The page's summary (word cards only). */
	summary?: string | undefined;
	siteName: string;
	/** A chart as `<svg viewBox="…">…</svg>`, drawn below the title; without it, a word card. */
	chart?: string | undefined;
	/**
	 * How the chart fits its frame: whole (`fit`, the default), or filling the frame's width from
	 * its top (`top`), for a chart much taller than the frame, whose whole would be too small to read.
	 */
	crop?: 'fit' | 'top' | undefined;
	/** Colours of the site's light theme. */
	colors: { bg: string; text: string; muted: string; accent: string; soft: string };
	/** Font family the words are drawn in. */
	font: string;
}

const escapeXml = (text: string) =>
	text.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
	);

/**
 * Breaks `text` into at most `maxLines` lines no wider than `width` at `size` px, the last
 * ending in an ellipsis when words are left over. Widths are generous estimates, so lines
 * never overflow.
 */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
	const fits = (line: string) => estimateTextWidth(line, size) <= width;
	// A word wider than the line is cut with an ellipsis, never drawn past the edge.
	const cut = (line: string) => {
		let out = line;
		while (out.length > 1 && !fits(out)) out = `${out.slice(0, -2).trimEnd()}…`;
		return out;
	};
	const all = wrapLines(text, width, size);
	if (all.length <= maxLines) return all.map(cut);
	const kept = all.slice(0, maxLines);
	let last = kept[maxLines - 1] ?? '';
	while (last.includes(' ') && !fits(`${last}…`)) last = last.replace(/\s+\S+$/, '');
	kept[maxLines - 1] = cut(`${last}…`);
	return kept.map(cut);
}

const PAD = 64;

function lines(
	texts: readonly string[],
	x: number,
	y: number,
	size: number,
	leading: number,
	attrs: string,
): string {
	return texts
		.map(
			(t, i) =>
				`<text x="${x}" y="${y + i * size * leading}" font-size="${size}" ${attrs}>${escapeXml(t)}</text>`,
		)
		.join('');
}

/** The card as a standalone SVG document, 1200×630. */
export function buildShareCard(card: ShareCard): string {
	const { bg, text, muted, accent, soft } = card.colors;
	const inner = CARD_WIDTH - PAD * 2;
	const parts: string[] = [
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${bg}"/>`,
		`<rect width="${CARD_WIDTH}" height="12" fill="${accent}"/>`,
	];
	const footer = `<text x="${PAD}" y="${CARD_HEIGHT - 40}" font-size="28" font-weight="600" fill="${muted}">${escapeXml(card.siteName)}</text>`;
	let y = 92;
	if (card.eyebrow) {
		parts.push(
			`<text x="${PAD}" y="${y}" font-size="26" font-weight="700" letter-spacing="2" fill="${accent}">${escapeXml(card.eyebrow.toUpperCase())}</text>`,
		);
		y += 56;
	}
	if (card.chart) {
		const title = wrapText(card.title, inner, 46, 2);
		parts.push(lines(title, PAD, y, 46, 1.15, `font-weight="700" fill="${text}"`));
		const top = y + (title.length - 1) * 46 * 1.15 + 28;
		const bottom = CARD_HEIGHT - 84;
		const chart = card.chart.replace(
			/^<svg\b([^>]*)>/,
			(_, attrs: string) =>
				`<svg${attrs.replace(/\s(?:x|y|width|height|preserveAspectRatio)="[^"]*"/g, '')} x="${PAD}" y="${Math.round(top)}" width="${inner}" height="${Math.round(bottom - top)}" preserveAspectRatio="${card.crop === 'top' ? 'xMidYMin slice' : 'xMidYMid meet'}">`,
		);
		parts.push(
			`<rect x="${PAD - 16}" y="${Math.round(top) - 12}" width="${inner + 32}" height="${Math.round(bottom - top) + 24}" rx="12" fill="${soft}"/>`,
			chart,
		);
	} else {
		const title = wrapText(card.title, inner, 68, 3);
		parts.push(lines(title, PAD, y + 20, 68, 1.12, `font-weight="700" fill="${text}"`));
		const summaryTop = y + 20 + title.length * 68 * 1.12 + 24;
		const room = Math.max(0, Math.floor((CARD_HEIGHT - 110 - summaryTop) / (32 * 1.3)) + 1);
		if (card.summary && room > 0)
			parts.push(
				lines(
					wrapText(card.summary, inner, 32, Math.min(4, room)),
					PAD,
					summaryTop,
					32,
					1.3,
					`fill="${muted}"`,
				),
			);
	}
	parts.push(footer);
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${escapeXml(card.font)}">${parts.join('')}</svg>\n`;
}
