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

/** A BCP 47 language tag: a language code, optionally with a region or script. */
export const LanguageTagSchema = z
	.string()
	.regex(
		/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/,
		'must be a BCP 47 language tag: a two- or three-letter language code, optionally with a region',
	)
	.refine((tag) => {
		try {
			return Intl.getCanonicalLocales(tag).length === 1;
		} catch {
			return false;
		}
	}, 'is not a valid language tag');
