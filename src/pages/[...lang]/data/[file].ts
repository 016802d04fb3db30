import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getDataFiles } from '../../../data/exports';
import { listEditions } from '../../../data/story';

export const getStaticPaths = (async () => {
	const editions = await listEditions();
	const perEdition = await Promise.all(
		editions.map(async (e) =>
			(await getDataFiles(e.lang)).map((file) => ({
				params: { lang: e.param, file: file.name },
				props: { file },
			})),
		),
	);
	return perEdition.flat();
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** Serves one data file; the build writes it to dist/data/<name> (dist/<lang>/data/<name>). */
export const GET: APIRoute<Props> = ({ props }) =>
	new Response(props.file.body, { headers: { 'Content-Type': props.file.type } });
