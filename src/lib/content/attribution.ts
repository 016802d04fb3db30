import type { I18n } from '../../i18n';
import { ATTRIBUTION_KINDS, type AttributionKind } from '../../schemas/attribution';

/** How a chart draws a tie resting on a given attribution. */
export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface AttributionInfo {
	kind: AttributionKind;
	/** A short label in the page's language, e.g. "Multiple unnamed sources". */
	label: string;
	/** A sentence explaining what the label means for the reader. */
	description: string;
	/** A one- or two-character symbol shown beside the label, so colour is never the only cue. */
	symbol: string;
	/** Line style for map edges and timeline marks resting on this attribution. */
	line: LineStyle;
}

/** The symbol and line style of each kind; words come from the interface dictionary. */
const STYLE: Record<AttributionKind, Pick<AttributionInfo, 'symbol' | 'line'>> = {
	'official-record': { symbol: '§', line: 'solid' },
	'on-the-record': { symbol: '“', line: 'solid' },
	'third-party': { symbol: '3', line: 'solid' },
	'multiple-unnamed-sources': { symbol: '‡', line: 'dashed' },
	'single-unnamed-source': { symbol: '†', line: 'dashed' },
	reportedly: { symbol: '~', line: 'dotted' },
	'report-assessment': { symbol: '¶', line: 'solid' },
	'stated-unknown': { symbol: '?', line: 'dotted' },
	denied: { symbol: '✕', line: 'dotted' },
	'no-response': { symbol: '–', line: 'dotted' },
};

/** Label and description (in the page's language) and drawing style of one attribution kind. */
export function describeAttribution(kind: AttributionKind, i18n: I18n): AttributionInfo {
	return {
		kind,
		label: i18n.t(`attribution.${kind}.label`),
		description: i18n.t(`attribution.${kind}.description`),
		...STYLE[kind],
	};
}

/** The line style a tie resting on this kind is drawn with. */
export function attributionLine(kind: AttributionKind): LineStyle {
	return STYLE[kind].line;
}

/** Every attribution kind with its description, in vocabulary order. */
export function listAttributions(i18n: I18n): AttributionInfo[] {
	return ATTRIBUTION_KINDS.map((kind) => describeAttribution(kind, i18n));
}

/** The rank of a kind in vocabulary order: lower is a more formal record. */
export function attributionRank(kind: AttributionKind): number {
	return ATTRIBUTION_KINDS.indexOf(kind);
}

/**
 * The attribution a tie is drawn with: the most formal of its claims' kinds. A tie stated
 * once on the record and once by unnamed sources stands on the record; the details panel
 * still lists every claim with its own attribution.
 */
export function strongestAttribution(kinds: readonly AttributionKind[]): AttributionKind {
	const sorted = [...kinds].sort((a, b) => attributionRank(a) - attributionRank(b));
	const first = sorted[0];
	if (first === undefined) throw new Error('strongestAttribution needs at least one kind');
	return first;
}
