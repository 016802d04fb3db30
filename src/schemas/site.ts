import { z } from 'astro/zod';
import { IdListSchema, IdSchema, LanguageTagSchema, TextSchema } from './common';

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
	/** The language the content is written in (a BCP 47 tag): the default edition, at the root. */
	lang: LanguageTagSchema.default('en'),
	/**
	 * Other languages the story is published in, each an edition under `/<lang>/` whose text
	 * comes from `content/i18n/<lang>/` (untranslated entries show in `lang`, marked as such).
	 */
	languages: z
		.array(LanguageTagSchema)
		.refine((tags) => new Set(tags).size === tags.length, 'lists the same language more than once')
		.default([]),
	/** The source the story is built from; shown in credits and embeds. */
	primarySource: IdSchema,
	/** The home page's lead paragraph. */
	lead: CitedTextSchema,
	/** The story in brief: a few cited statements. */
	brief: z.array(CitedTextSchema).min(1),
	/** Key figures with their claims. */
	keyFigures: z.array(KeyFigureSchema).default([]),
	/**
	 * Names of relation types as filters and lists show them ("arms-deal": "arms deals"); a
	 * type not named here shows as its id in words ("arms deal").
	 */
	relationTypes: z.record(IdSchema, TextSchema).default({}),
});

export type Site = z.output<typeof SiteSchema>;
