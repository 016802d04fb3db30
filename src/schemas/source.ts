import { z } from 'astro/zod';
import { TextSchema } from './common';

/** A report the story is built from (`content/sources/<id>.yaml`). */
export const SourceSchema = z.strictObject({
	/** A descriptive title for the report, in our words when the report has none. */
	title: TextSchema,
	/** Who published the report, when that is known; omitted otherwise, never guessed. */
	publisher: TextSchema.optional(),
	/**
	 * The short label citations show before the paragraph ("Report A ¶1"). Defaults to the
	 * publisher, or "Report" with a letter when several sources would share it.
	 */
	short: TextSchema.optional(),
	/** What kind of document this is, e.g. "news report". */
	kind: TextSchema.default('news report'),
	/** How the report counts paragraphs: its non-empty lines, 1 to paragraphCount. */
	paragraphCount: z.number().int().positive(),
	/** Our own digest of each paragraph, in order: item N describes paragraph N. */
	paragraphs: z.array(TextSchema).min(1),
	/** An editorial note about the source as a whole (e.g. a known inconsistency). */
	note: TextSchema.optional(),
});

export type Source = z.output<typeof SourceSchema>;
