import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, SITE_FILE, contentDir } from './content-io/collections';
import { yamlFolderLoader } from './content-io/yaml-folder-loader';
import { SiteSchema } from './schemas';

const dir = contentDir();

/**
 * Each collection reads `content/<name>/`; an entry's id is its file name.
 * Astro keeps parsed entries until this file changes, not when a schema in src/schemas does:
 * a change to a schema's output must change this line too. Schemas revised: events `inferred`.
 */
const from = (name: keyof typeof COLLECTIONS) =>
	glob({ pattern: COLLECTIONS[name].pattern, base: `${dir}/${name}` });

export const collections = {
	sources: defineCollection({ loader: from('sources'), schema: COLLECTIONS.sources.schema }),
	claims: defineCollection({ loader: from('claims'), schema: COLLECTIONS.claims.schema }),
	actors: defineCollection({ loader: from('actors'), schema: COLLECTIONS.actors.schema }),
	relations: defineCollection({ loader: from('relations'), schema: COLLECTIONS.relations.schema }),
	events: defineCollection({ loader: from('events'), schema: COLLECTIONS.events.schema }),
	phases: defineCollection({ loader: from('phases'), schema: COLLECTIONS.phases.schema }),
	explainers: defineCollection({
		loader: from('explainers'),
		schema: COLLECTIONS.explainers.schema,
	}),
	// Often empty (no correction yet), so not a glob: that would warn on every build.
	corrections: defineCollection({
		loader: yamlFolderLoader(`${dir}/corrections`),
		schema: COLLECTIONS.corrections.schema,
	}),
	site: defineCollection({ loader: glob({ pattern: SITE_FILE, base: dir }), schema: SiteSchema }),
};
