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

/**
 * Every attribution kind among an item's claims, once each, in vocabulary order. A tie or
 * event shows all of them: one stated on the record and once by an unnamed source rests on
 * both, and showing only the most formal would round the weaker claim up.
 */
export function listAttributionKinds(kinds: readonly AttributionKind[]): AttributionKind[] {
	if (kinds.length === 0) throw new Error('listAttributionKinds needs at least one kind');
	return ATTRIBUTION_KINDS.filter((k) => kinds.includes(k));
}
