import { z } from 'astro/zod';
import { TextSchema } from './common';

/** Frontmatter of an explainer page (`content/explainers/<slug>.mdx`). */
export const ExplainerSchema = z.strictObject({
	/** The page title. */
	title: TextSchema,
	/** One or two sentences shown in lists, search results and meta descriptions. */
	summary: TextSchema,
	/** Position in the explainer list, ascending. */
	order: z.number().int(),
	/**
	 * Former slugs of this page, each optionally with the `#section` its content moved to. Each
	 * gets a small redirect page at its old address, so links and embeds elsewhere keep working.
	 */
	redirectFrom: z
		.array(
			z
				.string()
				.regex(
					/^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/,
					'must be a former slug, optionally with a #section: "old-slug" or "old-slug#section"',
				),
		)
		.default([]),
});

export type Explainer = z.output<typeof ExplainerSchema>;
