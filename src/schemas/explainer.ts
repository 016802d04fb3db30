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
});

export type Explainer = z.output<typeof ExplainerSchema>;
