/** The downloadable files of /data/, built once per build from the story. */
import {
	DATASETS,
	buildDatasets,
	describeExport,
	toCsv,
	toGexf,
	toJson,
} from '../lib/data/exports';
import { getStory } from './story';

/** One downloadable file: its name, media type and body. */
export interface DataFile {
	name: string;
	type: string;
	body: string;
	/** What the file holds, for the downloads page. */
	label: string;
}

// One date for every file of a build.
const generated = new Date();

/** Every file /data/ serves: each dataset as JSON and CSV, and the network as GEXF. */
export async function getDataFiles(): Promise<DataFile[]> {
	const story = await getStory();
	const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
	const rows = buildDatasets(story, site);
	const options = site ? { generated, site } : { generated };
	const files: DataFile[] = DATASETS.flatMap((dataset) => {
		const meta = describeExport(story, dataset, options);
		return [
			{
				name: `${dataset}.json`,
				type: 'application/json; charset=utf-8',
				body: toJson(meta, rows[dataset]),
				label: `${meta.description} (${rows[dataset].length} rows)`,
			},
			{
				name: `${dataset}.csv`,
				type: 'text/csv; charset=utf-8',
				body: toCsv(meta, rows[dataset]),
				label: `${meta.description} (${rows[dataset].length} rows)`,
			},
		];
	});
	files.push({
		name: 'network.gexf',
		type: 'application/gexf+xml; charset=utf-8',
		body: toGexf(story, describeExport(story, 'network', options)),
		label: 'The relationship map for Gephi: actors as nodes, relations as edges.',
	});
	return files;
}
