import { z } from 'astro/zod';
import { IdListSchema, IdSchema, TextSchema } from './common';

/** A statement on the home page, with the claims that support it. */
export const CitedTextSchema = z.strictObject({
	/** The statement, in our words. */
	text: TextSchema,
	/** Claims that support it. */
	claims: IdListSchema.min(1, 'needs at least one claim'),
});

/** A key figure on the home page ("$25 million"), with its claims. */
export const KeyFigureSchema = z.strictObject({
	/** The figure as shown, e.g. "$25 million". */
	value: TextSchema,
	/** What the figure is. */
	label: TextSchema,
	/** Claims that support it. */
	claims: IdListSchema.min(1, 'needs at least one claim'),
});

/** Story-wide settings and the home page's brief (`content/site.yaml`). */
export const SiteSchema = z.strictObject({
	/** The site's name, shown in the header and page titles. */
	title: TextSchema,
	/** A one-line description used in meta tags. */
	description: TextSchema,
	/** The content language, as a BCP 47 tag. */
	lang: TextSchema.default('en'),
	/** The source the story is built from; shown in credits and embeds. */
	primarySource: IdSchema,
	/** The home page's lead paragraph. */
	lead: CitedTextSchema,
	/** The story in brief: a few cited statements. */
	brief: z.array(CitedTextSchema).min(1),
	/** Key figures with their claims. */
	keyFigures: z.array(KeyFigureSchema).default([]),
});

export type Site = z.output<typeof SiteSchema>;
