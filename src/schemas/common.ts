import { z } from 'astro/zod';

/** An entry id: lowercase kebab-case, the same as the content file's name without extension. */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9, single hyphens)');

/** A list of entry ids, with no id repeated. */
export const IdListSchema = z
	.array(IdSchema)
	.refine((ids) => new Set(ids).size === ids.length, 'lists the same id more than once');

/** Non-empty text written in our own words. */
export const TextSchema = z.string().trim().min(1, 'must not be empty');
