import { z } from 'astro/zod';
import { IdListSchema, IdSchema, TextSchema } from './common';

/** Marks on an event: `disputed` (the date as reported conflicts with the report itself), `ongoing`. */
export const EVENT_FLAGS = ['disputed', 'ongoing'] as const;

/** A calendar date at the precision the source gives: "2020", "2020-06" or "2020-06-01". */
export const PartialDateSchema = z
	.string()
	.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
	.refine((value) => {
		const [y, m, d] = value.split('-').map(Number);
		if (m === undefined) return true;
		if (m < 1 || m > 12) return false;
		if (d === undefined) return true;
		const last = new Date(Date.UTC(y ?? 0, m, 0)).getUTCDate();
		return d >= 1 && d <= last;
	}, 'is not a calendar date');

/** Something that happened, dated only as precisely as the source allows (`content/events/<id>.yaml`). */
export const EventSchema = z
	.strictObject({
		/** A short title. */
		title: TextSchema,
		/** One or two sentences on what happened, in our words. */
		summary: TextSchema,
		/** The date as the source gives it, at its precision. Omit when the source gives none. */
		date: PartialDateSchema.optional(),
		/** When it happened in words, as the source puts it ("in the months before the operation"). */
		when: TextSchema.optional(),
		/** The phase of the story the event belongs to. */
		phase: IdSchema.optional(),
		/** Events this one happened after, per the source. */
		after: IdListSchema.default([]),
		/** Events this one happened before, per the source. */
		before: IdListSchema.default([]),
		/**
		 * Ids from `after`/`before` whose order is our inference, not stated by the source; the
		 * timeline and its text say so wherever that order is shown.
		 */
		inferred: IdListSchema.default([]),
		/** Whether the event is a stretch of time (talks that went on) rather than a moment. */
		span: z.boolean().default(false),
		/** Marks such as `disputed` or `ongoing`. */
		flags: z.array(z.enum(EVENT_FLAGS)).default([]),
		/** The explainer that discusses a flag (e.g. the editorial note on a disputed date). */
		note: IdSchema.optional(),
		/** Actors involved. */
		actors: IdListSchema.min(1, 'an event needs at least one actor'),
		/** Claims that state the event. */
		claims: IdListSchema.min(1, 'an event needs at least one claim'),
	})
	.refine((e) => e.inferred.every((id) => e.after.includes(id) || e.before.includes(id)), {
		path: ['inferred'],
		error: 'lists an event that is in neither `after` nor `before`',
	});

export type StoryEvent = z.output<typeof EventSchema>;
