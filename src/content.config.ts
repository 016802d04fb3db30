import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, SITE_FILE, contentDir } from './content-io/collections';
import { SiteSchema } from './schemas';

const dir = contentDir();

/** Each collection reads `content/<name>/`; an entry's id is its file name. */
const collection = <N extends keyof typeof COLLECTIONS>(name: N) =>
	defineCollection({
		loader: glob({ pattern: COLLECTIONS[name].pattern, base: `${dir}/${name}` }),
		schema: COLLECTIONS[name].schema,
	});

export const collections = {
	sources: collection('sources'),
	claims: collection('claims'),
	actors: collection('actors'),
	relations: collection('relations'),
	events: collection('events'),
	phases: collection('phases'),
	explainers: collection('explainers'),
	site: defineCollection({ loader: glob({ pattern: SITE_FILE, base: dir }), schema: SiteSchema }),
};
