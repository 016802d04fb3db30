import { z } from 'astro/zod';
import { AttributionKindSchema } from './attribution';
import { IdListSchema, IdSchema, TextSchema } from './common';

/** One atomic statement the report makes, in our words (`content/claims/<id>.yaml`). */
export const ClaimSchema = z.strictObject({
	/** The statement, in our own words, with the report's hedging kept. */
	statement: TextSchema,
	/** The id of the source that makes the statement. */
	source: IdSchema,
	/** The source's paragraph numbers (1-based) the statement comes from. */
	paragraphs: z
		.array(z.number().int().positive())
		.min(1)
		.refine((ns) => new Set(ns).size === ns.length, 'lists the same paragraph more than once'),
	/** How the report sources the statement. */
	attribution: AttributionKindSchema,
	/** Actors the report attributes the statement to (a named speaker, a denying party...). */
	attributedTo: IdListSchema.default([]),
	/** A person's own words as the report quotes them, verbatim; shown in quotation marks. */
	quote: TextSchema.optional(),
});

export type Claim = z.output<typeof ClaimSchema>;
