/**
 * One actor's neighbourhood map's details file, shared by the actor's page and its embed:
 * fetched by the chart when a reader first opens a detail. One per edition.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory, mappedActorPaths } from '../../../../../data/story';
import { pageI18n } from '../../../../../i18n';
import { buildNetworkDetails } from '../../../../../lib/network/details';
import { computeNeighbourhoodNetwork } from '../../../../../lib/network/graph';
import { pageUrls } from '../../../../../lib/site/urls';

/** One file per edition and actor with relations: the actors that have a neighbourhood map. */
export const getStaticPaths = (() => mappedActorPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ locals, params }) => {
	const story = await getStory(locals.lang);
	const id = params['id'] ?? '';
	const layout = computeNeighbourhoodNetwork(story, id);
	const data = buildNetworkDetails(story, layout, pageI18n(locals), pageUrls(locals));
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
