/**
 * The search index's custom records (actors, events, claims) as JSON, built with the story
 * and urls.ts so every URL honours the base path. `scripts/index-search.mjs` reads this file
 * from the build output, indexes it with Pagefind, then deletes it: it does not ship.
 */
import type { APIRoute } from 'astro';
import { getStory } from '../data/story';
import { buildSearchManifest } from '../lib/search/records';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(buildSearchManifest(await getStory())), {
		headers: { 'Content-Type': 'application/json' },
	});
