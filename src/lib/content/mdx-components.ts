/**
 * The components MDX explainers may use, without imports, and what each needs: which props name
 * content entries (checked before anything renders) and which props are required.
 * `src/components/mdx.ts` binds each name to its Astro component and fails the type check when the
 * two lists differ, so a component added there must be declared here too. Pure: no Astro.
 */

/** Collections an MDX prop can name entries of. */
export type RefCollection =
	'claims' | 'actors' | 'relations' | 'events' | 'explainers' | 'phases' | 'sources';

/** A prop that names one entry, or several separated by spaces (`list`). */
export interface RefProp {
	collection: RefCollection;
	list?: boolean;
}

/** What the build checks about one MDX component before rendering. */
export interface MdxComponentSpec {
	/** Props naming content entries: each id must exist in its collection. */
	refs: Readonly<Record<string, RefProp>>;
	/** Props that must be present and non-empty. */
	required: readonly string[];
	/** A correct use, shown in messages. */
	example: string;
}

/** Every component an explainer can use, in the order messages list them. */
export const MDX_COMPONENTS = {
	Cite: {
		refs: { claims: { collection: 'claims', list: true } },
		required: ['claims'],
		example: '<Cite claims="claim-a claim-b" />',
	},
	Actor: {
		refs: { id: { collection: 'actors' } },
		required: ['id'],
		example: '<Actor id="actor-id">Name</Actor>',
	},
	See: {
		refs: { slug: { collection: 'explainers' } },
		required: ['slug'],
		example: '<See slug="other-page">other page</See>',
	},
	EventDate: {
		refs: { event: { collection: 'events' } },
		required: ['event'],
		example: '<EventDate event="event-id" />',
	},
	Callout: {
		refs: {},
		required: ['title'],
		example: '<Callout title="Editorial note">…</Callout>',
	},
} as const satisfies Record<string, MdxComponentSpec>;

/** The name of a registered MDX component. */
export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** The singular noun for an entry of a collection, for messages. */
export const ENTRY_NOUN: Record<RefCollection, string> = {
	claims: 'claim',
	actors: 'actor',
	relations: 'relation',
	events: 'event',
	explainers: 'explainer',
	phases: 'phase',
	sources: 'source',
};
