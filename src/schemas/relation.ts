import { z } from 'astro/zod';
import { IdListSchema, IdSchema, TextSchema } from './common';

/** A tie between two actors that the report states (`content/relations/<id>.yaml`). */
export const RelationSchema = z.strictObject({
	/** The actor the relation starts from. */
	source: IdSchema,
	/** The actor the relation points to. */
	target: IdSchema,
	/** A short kebab-case type used for filtering, e.g. "funding", "membership". */
	type: IdSchema,
	/** How the tie reads between the two names: "<source> <label> <target>". */
	label: TextSchema,
	/** Whether the relation has a direction (source acts on target). */
	directed: z.boolean().default(true),
	/** Claims that state the tie. */
	claims: IdListSchema.min(1, 'a relation needs at least one claim'),
});

export type Relation = z.output<typeof RelationSchema>;
