import { z } from 'astro/zod';
import { IdListSchema, TextSchema } from './common';

/** The kinds of actor, each drawn with its own shape on the map. */
export const ACTOR_KINDS = ['person', 'organization', 'group'] as const;

/** A person, organization or group in the story (`content/actors/<id>.yaml`). */
export const ActorSchema = z.strictObject({
	/** The name with its diacritics, e.g. "Ana Gómez Núñez". */
	name: TextSchema,
	/** Person, organization or group. */
	kind: z.enum(ACTOR_KINDS),
	/** Other names readers may type: plain spellings without diacritics, short names, titles. */
	aliases: z.array(TextSchema).default([]),
	/** The actor's role as of the report, in a few words. */
	role: TextSchema,
	/** What the report says about the actor, in our words. */
	summary: TextSchema,
	/** Claims that support the role and summary. */
	claims: IdListSchema.min(1, 'an actor needs at least one claim'),
	/** Optional fixed position on the relationship map, as fractions of its width and height. */
	pin: z.strictObject({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }).optional(),
});

export type Actor = z.output<typeof ActorSchema>;
export type ActorKind = Actor['kind'];
