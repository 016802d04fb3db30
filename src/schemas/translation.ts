import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common';

/**
 * Translations carry text only (`content/i18n/<lang>/…`): ids, relations, dates, order,
 * attribution, paragraph numbers and flags exist once, in the story itself. Each overlay
 * names an entry by its file name and gives some or all of its text fields; a field left out
 * shows in the story's own language, marked as such.
 */

/** The text fields a translation may give, per collection; every other field is the story's. */
export const TRANSLATABLE_FIELDS = {
	sources: ['title', 'publisher', 'short', 'kind', 'paragraphs', 'note'],
	claims: ['statement', 'quoteTranslation'],
	actors: ['name', 'aliases', 'role', 'summary'],
	relations: ['label'],
	events: ['title', 'summary', 'when'],
	phases: ['title', 'summary'],
	explainers: ['title', 'summary'],
	corrections: ['summary', 'changed', 'why'],
	site: ['title', 'description', 'lead', 'brief', 'keyFigures', 'relationTypes'],
} as const;

export type TranslatedCollection = keyof typeof TRANSLATABLE_FIELDS;

/** A source's text in another language (`content/i18n/<lang>/sources/<id>.yaml`). */
export const SourceTranslationSchema = z.strictObject({
	/** The descriptive title. */
	title: TextSchema.optional(),
	/** The publisher's name, where it is written differently in this language. */
	publisher: TextSchema.optional(),
	/** The short label citations give the source. */
	short: TextSchema.optional(),
	/** What kind of document it is ("artículo periodístico"). */
	kind: TextSchema.optional(),
	/** Our digest of each paragraph, in order: as many as the source has. */
	paragraphs: z.array(TextSchema).optional(),
	/** The editorial note about the source. */
	note: TextSchema.optional(),
});

/** A claim's text in another language (`content/i18n/<lang>/claims/<id>.yaml`). */
export const ClaimTranslationSchema = z.strictObject({
	/** The statement in this language, with every hedge of the original kept. */
	statement: TextSchema.optional(),
	/**
	 * Our translation of the person's words the claim quotes. Shown as our translation, with
	 * the report's own words beside it: a translation never passes for the speaker's words.
	 */
	quoteTranslation: TextSchema.optional(),
});

/** An actor's text in another language (`content/i18n/<lang>/actors/<id>.yaml`). */
export const ActorTranslationSchema = z.strictObject({
	/** The name as this language writes it ("la Casa Blanca"), where it differs. */
	name: TextSchema.optional(),
	/** Other names readers of this language may type; the original name and aliases are kept too. */
	aliases: z.array(TextSchema).optional(),
	/** The role as of the report. */
	role: TextSchema.optional(),
	/** What the report says about the actor. */
	summary: TextSchema.optional(),
});

/** A relation's label in another language (`content/i18n/<lang>/relations/<id>.yaml`). */
export const RelationTranslationSchema = z.strictObject({
	/** How the tie reads between the two names: "<source> <label> <target>". */
	label: TextSchema.optional(),
});

/** An event's text in another language (`content/i18n/<lang>/events/<id>.yaml`). */
export const EventTranslationSchema = z.strictObject({
	title: TextSchema.optional(),
	summary: TextSchema.optional(),
	/** The timing in words, as the source puts it; only where the original has `when`. */
	when: TextSchema.optional(),
});

/** A phase's text in another language (`content/i18n/<lang>/phases/<id>.yaml`). */
export const PhaseTranslationSchema = z.strictObject({
	title: TextSchema.optional(),
	summary: TextSchema.optional(),
});

/** A correction's text in another language (`content/i18n/<lang>/corrections/<id>.yaml`). */
export const CorrectionTranslationSchema = z.strictObject({
	/** The one line shown on every affected page. */
	summary: TextSchema.optional(),
	/** What the site said before and what it says now. */
	changed: TextSchema.optional(),
	/** Why it was corrected. */
	why: TextSchema.optional(),
});

/** The frontmatter of a translated explainer (`content/i18n/<lang>/explainers/<slug>.mdx`). */
export const ExplainerTranslationSchema = z.strictObject({
	title: TextSchema,
	summary: TextSchema,
});

/** The site's texts in another language (`content/i18n/<lang>/site.yaml`). */
export const SiteTranslationSchema = z.strictObject({
	title: TextSchema.optional(),
	description: TextSchema.optional(),
	/** The home page's lead: its text only (its claims are the story's). */
	lead: z.strictObject({ text: TextSchema }).optional(),
	/** The story in brief, item by item, in the same order and number as the original. */
	brief: z.array(z.strictObject({ text: TextSchema })).optional(),
	/** Key figures, in the same order and number as the original. */
	keyFigures: z
		.array(z.strictObject({ value: TextSchema.optional(), label: TextSchema.optional() }))
		.optional(),
	/** Names of the relation types the map's filters and lists show, by type ("talks": "conversaciones"). */
	relationTypes: z.record(IdSchema, TextSchema).optional(),
});

/** Every overlay schema, by collection. */
export const TRANSLATION_SCHEMAS = {
	sources: SourceTranslationSchema,
	claims: ClaimTranslationSchema,
	actors: ActorTranslationSchema,
	relations: RelationTranslationSchema,
	events: EventTranslationSchema,
	phases: PhaseTranslationSchema,
	explainers: ExplainerTranslationSchema,
	corrections: CorrectionTranslationSchema,
	site: SiteTranslationSchema,
} as const;

export type SourceTranslation = z.output<typeof SourceTranslationSchema>;
export type ClaimTranslation = z.output<typeof ClaimTranslationSchema>;
export type ActorTranslation = z.output<typeof ActorTranslationSchema>;
export type RelationTranslation = z.output<typeof RelationTranslationSchema>;
export type EventTranslation = z.output<typeof EventTranslationSchema>;
export type PhaseTranslation = z.output<typeof PhaseTranslationSchema>;
export type CorrectionTranslation = z.output<typeof CorrectionTranslationSchema>;
export type ExplainerTranslation = z.output<typeof ExplainerTranslationSchema>;
export type SiteTranslation = z.output<typeof SiteTranslationSchema>;
