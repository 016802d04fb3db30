/**
 * The whole map's details file, shared by /network/ and its embed: fetched by the chart when a
 * reader first opens a detail, so the pages carry no hidden copies of every claim. One per
 * edition, in its language, linking to its pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editionPaths, getStory } from '../../../../data/story';
import { pageI18n } from '../../../../i18n';
import { buildNetworkDetails } from '../../../../lib/network/details';
import { computeStoryNetwork } from '../../../../lib/network/graph';
import { pageUrls } from '../../../../lib/site/urls';

export const getStaticPaths = (() => editionPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ locals }) => {
	const story = await getStory(locals.lang);
	const data = buildNetworkDetails(
		story,
		computeStoryNetwork(story),
		pageI18n(locals),
		pageUrls(locals),
	);
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
