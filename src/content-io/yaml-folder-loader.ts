import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/**
 * An Astro content loader for a folder of YAML files (id = file name) that may be missing or
 * empty, as a story's corrections log is until its first correction: Astro's glob loader warns
 * about both. Reads with the same YAML parser as the content check; reloads in `astro dev`.
 */
export function yamlFolderLoader(folder: string): Loader {
	return {
		name: 'explainer:yaml-folder',
		load: async (context) => {
			const { store, watcher } = context;
			const sync = async () => {
				store.clear();
				if (!existsSync(folder)) return;
				for (const name of readdirSync(folder).sort()) {
					if (!/\.ya?ml$/.test(name) || name.startsWith('.') || name.startsWith('_')) continue;
					const file = path.join(folder, name);
					const id = name.replace(/\.ya?ml$/, '');
					const raw = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
					const filePath = path.relative(process.cwd(), file);
					const data = await context.parseData({ id, data: raw, filePath });
					store.set({ id, data, filePath, digest: context.generateDigest(raw) });
				}
			};
			await sync();
			if (watcher) {
				watcher.add(folder);
				watcher.on('all', (_event, changed) => {
					if (path.resolve(changed).startsWith(path.resolve(folder))) void sync();
				});
			}
		},
	};
}
