import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getDataFiles } from '../../data/exports';

export const getStaticPaths = (async () => {
	const files = await getDataFiles();
	return files.map((file) => ({ params: { file: file.name }, props: { file } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** Serves one data file; the build writes it to dist/data/<name>. */
export const GET: APIRoute<Props> = ({ props }) =>
	new Response(props.file.body, { headers: { 'Content-Type': props.file.type } });
