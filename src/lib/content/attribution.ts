import { ATTRIBUTION_KINDS, type AttributionKind } from '../../schemas/attribution';

/** How a chart draws a tie resting on a given attribution. */
export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface AttributionInfo {
	kind: AttributionKind;
	/** A short label, e.g. "Multiple unnamed sources". */
	label: string;
	/** A sentence explaining what the label means for the reader. */
	description: string;
	/** A one- or two-character symbol shown beside the label, so colour is never the only cue. */
	symbol: string;
	/** Line style for map edges and timeline marks resting on this attribution. */
	line: LineStyle;
}

const INFO: Record<AttributionKind, Omit<AttributionInfo, 'kind'>> = {
	'official-record': {
		label: 'Official record',
		description: 'Documented in an official record, such as a court filing or a public register.',
		symbol: '§',
		line: 'solid',
	},
	'on-the-record': {
		label: 'On the record',
		description: 'Said publicly by a named person or body.',
		symbol: '“',
		line: 'solid',
	},
	'third-party': {
		label: 'Third party',
		description:
			'Reported by an outside party: neither the report itself nor the people it is about.',
		symbol: '3',
		line: 'solid',
	},
	'multiple-unnamed-sources': {
		label: 'Multiple unnamed sources',
		description: 'Attributed to several sources the report does not name.',
		symbol: '‡',
		line: 'dashed',
	},
	'single-unnamed-source': {
		label: 'Single unnamed source',
		description: 'Attributed to one source the report does not name.',
		symbol: '†',
		line: 'dashed',
	},
	reportedly: {
		label: 'Reportedly',
		description: 'Presented as reported, with no source given.',
		symbol: '~',
		line: 'dotted',
	},
	'report-assessment': {
		label: 'The report’s own account',
		description: 'Stated by the report itself, as narration or assessment, without a source.',
		symbol: '¶',
		line: 'solid',
	},
	'stated-unknown': {
		label: 'Stated as unknown',
		description: 'The report says this is not known.',
		symbol: '?',
		line: 'dotted',
	},
	denied: {
		label: 'Denied',
		description: 'The subject denies it.',
		symbol: '✕',
		line: 'dotted',
	},
	'no-response': {
		label: 'Did not respond',
		description: 'The party asked did not respond to the report’s request for comment.',
		symbol: '–',
		line: 'dotted',
	},
};

/** Labels, descriptions and drawing style of one attribution kind. */
export function describeAttribution(kind: AttributionKind): AttributionInfo {
	return { kind, ...INFO[kind] };
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
