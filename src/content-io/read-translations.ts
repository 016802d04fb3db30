import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { TRANSLATIONS_DIR } from './collections';

/**
 * Every translation data file of a story (`<dir>/i18n/<lang>/site.yaml` and
 * `<dir>/i18n/<lang>/<collection>/<id>.yaml`) as `{ id: "<lang>/<collection>/<id>", ...data }`,
 * for Astro's content layer. Files that do not parse are skipped: the content check has
 * already stopped the build on them, naming the file.
 */
export function readTranslationData(dir: string): { id: string; [field: string]: unknown }[] {
	const root = path.join(dir, TRANSLATIONS_DIR);
	const entries: { id: string; [field: string]: unknown }[] = [];
	const visit = (folder: string, prefix: string[]) => {
		for (const name of readdirSync(folder).sort()) {
			if (name.startsWith('.') || name.startsWith('_')) continue;
			const full = path.join(folder, name);
			if (statSync(full).isDirectory()) {
				if (name !== 'explainers') visit(full, [...prefix, name]);
				continue;
			}
			if (!/\.ya?ml$/.test(name)) continue;
			try {
				const data: unknown = parse(readFileSync(full, 'utf8'));
				if (data !== null && typeof data === 'object' && !Array.isArray(data))
					entries.push({ ...data, id: [...prefix, name.replace(/\.ya?ml$/, '')].join('/') });
			} catch {
				// Reported by the content check, which runs first.
			}
		}
	};
	try {
		if (statSync(root).isDirectory()) visit(root, []);
	} catch {
		// No translations: a story in one language.
	}
	return entries;
}
