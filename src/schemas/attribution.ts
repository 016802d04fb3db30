import { z } from 'astro/zod';

/**
 * How the report sources a claim (PRODUCT.md, editorial rule 3). The order is from the most
 * formal record to the least; `src/lib/attribution.ts` carries labels and descriptions.
 */
export const ATTRIBUTION_KINDS = [
	'official-record',
	'on-the-record',
	'report-assessment',
	'third-party',
	'multiple-unnamed-sources',
	'single-unnamed-source',
	'reportedly',
	'stated-unknown',
	'denied',
	'no-response',
] as const;

/** One attribution kind from the vocabulary above. */
export const AttributionKindSchema = z.enum(ATTRIBUTION_KINDS);

export type AttributionKind = z.output<typeof AttributionKindSchema>;
