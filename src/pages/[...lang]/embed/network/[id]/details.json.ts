/**
 * One actor's neighbourhood map's details file, shared by the actor's page and its embed:
 * fetched by the chart when a reader first opens a detail. One per edition.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory, listEditions } from '../../../../../data/story';
import { pageI18n } from '../../../../../i18n';
import { buildNetworkDetails } from '../../../../../lib/network/details';
import { computeNeighbourhoodNetwork } from '../../../../../lib/network/graph';
import { pageUrls } from '../../../../../lib/site/urls';

/** One file per edition and actor with relations: the actors that have a neighbourhood map. */
export const getStaticPaths = (async () => {
	const story = await getStory();
	const editions = await listEditions();
	return editions.flatMap((e) =>
		story.actorList
			.filter((a) => story.relationsOf(a.id).length > 0)
			.map((a) => ({ params: { lang: e.param, id: a.id } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ locals, params }) => {
	const story = await getStory(locals.lang);
	const id = params['id'] ?? '';
	const layout = computeNeighbourhoodNetwork(story, id);
	const data = buildNetworkDetails(story, layout, pageI18n(locals), pageUrls(locals));
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
