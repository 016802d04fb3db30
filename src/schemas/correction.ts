import { z } from 'astro/zod';
import { IdListSchema, TextSchema } from './common';
import { PartialDateSchema } from './event';

/** Pages a correction can name besides entries: the site's fixed pages. */
export const CORRECTION_PAGES = [
	'home',
	'explainers',
	'actors',
	'timeline',
	'network',
	'evidence',
	'sources',
	'data',
	'embeds',
] as const;

/** What a correction changed: entries by collection, and named pages. */
export const CorrectionTargetsSchema = z.strictObject({
	/** Claims whose statement, attribution or paragraphs changed. */
	claims: IdListSchema.default([]),
	/** Actors whose name, role or summary changed (or that were split or merged). */
	actors: IdListSchema.default([]),
	/** Relations that changed. */
	relations: IdListSchema.default([]),
	/** Events that changed. */
	events: IdListSchema.default([]),
	/** Explainers that changed, by slug (a former slug names the page that replaced it). */
	explainers: IdListSchema.default([]),
	/** Phases of the timeline that changed. */
	phases: IdListSchema.default([]),
	/** Sources whose digest or note changed. */
	sources: IdListSchema.default([]),
	/** Fixed pages that changed, e.g. `home` for the brief, `timeline` for its layout. */
	pages: z.array(z.enum(CORRECTION_PAGES)).default([]),
});

/**
 * One entry of the corrections log (`content/corrections/<id>.yaml`): a substantive change to
 * what the site says, as newsrooms record them. Copy editing needs no entry.
 */
export const CorrectionSchema = z.strictObject({
	/** The day the correction was published, YYYY-MM-DD. */
	date: PartialDateSchema.refine((v) => v.length === 10, 'must be a full date, YYYY-MM-DD'),
	/** One line: what was corrected, shown on every affected page. */
	summary: TextSchema,
	/** What the site said before and what it says now. */
	changed: TextSchema,
	/** Why: what was wrong, measured against the source. */
	why: TextSchema,
	/** The entries and pages the correction changed; each shows the note. */
	affects: CorrectionTargetsSchema.refine(
		(t) => Object.values(t).some((list) => list.length > 0),
		'must name at least one entry or page',
	),
});

export type Correction = z.output<typeof CorrectionSchema>;
export type CorrectionPage = (typeof CORRECTION_PAGES)[number];
