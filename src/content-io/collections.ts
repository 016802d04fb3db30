import path from 'node:path';
import type { z } from 'astro/zod';
import {
	ActorSchema,
	ClaimSchema,
	CorrectionSchema,
	EventSchema,
	ExplainerSchema,
	PhaseSchema,
	RelationSchema,
	SourceSchema,
} from '../schemas';

/** Where a story's content lives: `content/` at the project root, or EXPLAINER_CONTENT_DIR. */
export function contentDir(root: string = process.cwd()): string {
	return path.resolve(root, process.env['EXPLAINER_CONTENT_DIR'] ?? 'content');
}

/** Each collection's folder under the content directory, file pattern and schema. */
export const COLLECTIONS = {
	sources: { pattern: '*.{yaml,yml}', schema: SourceSchema },
	claims: { pattern: '*.{yaml,yml}', schema: ClaimSchema },
	actors: { pattern: '*.{yaml,yml}', schema: ActorSchema },
	relations: { pattern: '*.{yaml,yml}', schema: RelationSchema },
	events: { pattern: '*.{yaml,yml}', schema: EventSchema },
	phases: { pattern: '*.{yaml,yml}', schema: PhaseSchema },
	explainers: { pattern: '*.{md,mdx}', schema: ExplainerSchema },
	corrections: { pattern: '*.{yaml,yml}', schema: CorrectionSchema },
} as const satisfies Record<string, { pattern: string; schema: z.ZodType }>;

export type CollectionName = keyof typeof COLLECTIONS;

/** The story-wide settings file, relative to the content directory. */
export const SITE_FILE = 'site.yaml';
