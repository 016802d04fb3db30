import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeServiceWorker } from './write-service-worker.mjs';

/**
 * Writes `sw.js` into the build after everything else. `npm run build` writes it again after
 * the search index exists (scripts/index-search.mjs), so the worker caches search too.
 */
export function serviceWorker(): AstroIntegration {
	return {
		name: 'explainer:service-worker',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const { files, version } = writeServiceWorker(fileURLToPath(dir));
				logger.info(`wrote sw.js: ${files} files, version ${version}`);
			},
		},
	};
}
