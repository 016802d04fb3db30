import { z } from 'astro/zod';
import { TextSchema } from './common';

/** A stretch of the story used to group events on the timeline (`content/phases/<id>.yaml`). */
export const PhaseSchema = z.strictObject({
	/** A short title, e.g. "Back channel". */
	title: TextSchema,
	/** One sentence on what the phase covers. */
	summary: TextSchema,
	/** Position of the phase in the story, ascending. */
	order: z.number().int(),
});

export type Phase = z.output<typeof PhaseSchema>;
