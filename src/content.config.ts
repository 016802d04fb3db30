import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { COLLECTIONS, SITE_FILE, TRANSLATIONS_DIR, contentDir } from './content-io/collections';
import { readTranslationData } from './content-io/read-translations';
import { yamlFolderLoader } from './content-io/yaml-folder-loader';
import { ExplainerTranslationSchema, SiteSchema } from './schemas';

const dir = contentDir();

/**
 * Each collection reads `content/<name>/`; an entry's id is its file name.
 * Astro keeps parsed entries until this file changes, not when a schema in src/schemas does:
 * a change to a schema's output must change this line too. Schemas revised: events `inferred`;
 * site `languages` and `relationTypes`.
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
	/**
	 * The explainers, and their translations (`content/i18n/<lang>/explainers/<slug>.mdx`), so
	 * both render as MDX: an original's id is its slug, a translation's "i18n/<lang>/<slug>".
	 */
	explainers: defineCollection({
		loader: glob({
			pattern: ['explainers/*.{md,mdx}', `${TRANSLATIONS_DIR}/*/explainers/*.{md,mdx}`],
			base: dir,
			generateId: ({ entry }) => {
				const parts = entry.replace(/\.mdx?$/, '').split('/');
				return parts[0] === TRANSLATIONS_DIR
					? `${TRANSLATIONS_DIR}/${parts[1] ?? ''}/${parts[3] ?? ''}`
					: (parts[1] ?? entry);
			},
		}),
		schema: z.union([COLLECTIONS.explainers.schema, ExplainerTranslationSchema]),
	}),
	// Often empty (no correction yet), so not a glob: that would warn on every build.
	corrections: defineCollection({
		loader: yamlFolderLoader(`${dir}/corrections`),
		schema: COLLECTIONS.corrections.schema,
	}),
	site: defineCollection({ loader: glob({ pattern: SITE_FILE, base: dir }), schema: SiteSchema }),
	/**
	 * The translations' data files (`content/i18n/<lang>/…yaml`), with ids like
	 * "es/claims/<id>" and "es/site". Checked field by field before the build (content-io), so
	 * they are taken as they are here; data/story.ts sorts them by language and collection. Not a
	 * glob: a story in one language has none, and the glob loader would warn on every build.
	 */
	translations: defineCollection({
		loader: () => readTranslationData(dir),
		schema: z.record(z.string(), z.unknown()),
	}),
};
