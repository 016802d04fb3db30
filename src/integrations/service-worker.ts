import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeServiceWorker } from './write-service-worker.mjs';

/**
 * Writes `sw.js` and the offline save lists into the build after everything else.
 * `npm run build` writes them again once the search index exists (scripts/index-search.mjs),
 * so saving a language edition includes its search index.
 */
export function serviceWorker(): AstroIntegration {
	return {
		name: 'explainer:service-worker',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const { files, version } = writeServiceWorker(fileURLToPath(dir));
				logger.info(`wrote sw.js: ${files} shell files, version ${version}`);
			},
		},
	};
}
