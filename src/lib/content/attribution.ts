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

/** Every attribution kind with its description, in vocabulary order. */
export function listAttributions(): AttributionInfo[] {
	return ATTRIBUTION_KINDS.map(describeAttribution);
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
