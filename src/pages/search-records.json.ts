/**
 * The search index's custom records (actors, events, claims) as JSON, built with the story
 * and urls.ts so every URL honours the base path. `scripts/index-search.mjs` reads this file
 * from the build output, indexes it with Pagefind, then deletes it: it does not ship.
 */
import type { APIRoute } from 'astro';
import { getStory } from '../data/story';
import { pageI18n } from '../i18n';
import { buildSearchManifest } from '../lib/search/records';

export const GET: APIRoute = async ({ locals }) =>
	new Response(JSON.stringify(buildSearchManifest(await getStory(locals.lang), pageI18n(locals))), {
		headers: { 'Content-Type': 'application/json' },
	});
