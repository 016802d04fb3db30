/** The downloadable files of /data/, built once per build from the story. */
import {
	DATASETS,
	buildDatasets,
	describeExport,
	toCsv,
	toGexf,
	toJson,
} from '../lib/data/exports';
import { createI18n } from '../i18n';
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

/** Every file /data/ serves in one edition: each dataset as JSON and CSV, and the network as GEXF. */
export async function getDataFiles(lang?: string): Promise<DataFile[]> {
	const story = await getStory(lang);
	const i18n = createI18n(story.lang);
	const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
	const rows = buildDatasets(story, site);
	const options = site ? { generated, site, i18n } : { generated, i18n };
	const files: DataFile[] = DATASETS.flatMap((dataset) => {
		const meta = describeExport(story, dataset, options);
		return [
			{
				name: `${dataset}.json`,
				type: 'application/json; charset=utf-8',
				body: toJson(meta, rows[dataset]),
				label: i18n.t('data.rows', { description: meta.description, count: rows[dataset].length }),
			},
			{
				name: `${dataset}.csv`,
				type: 'text/csv; charset=utf-8',
				body: toCsv(meta, rows[dataset]),
				label: i18n.t('data.rows', { description: meta.description, count: rows[dataset].length }),
			},
		];
	});
	files.push({
		name: 'network.gexf',
		type: 'application/gexf+xml; charset=utf-8',
		body: toGexf(story, describeExport(story, 'network', options), i18n),
		label: i18n.t('data.gexf'),
	});
	return files;
}
