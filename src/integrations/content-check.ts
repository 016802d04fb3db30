import type { AstroIntegration } from 'astro';
import { contentDir } from '../content-io/collections';
import { readContent } from '../content-io/read-content';
import { formatProblems } from '../lib/content/integrity';

/**
 * Validates the whole content directory before Astro builds anything, listing every problem
 * with its file. Errors stop `astro build` before a single page is written; in `astro dev`
 * they are printed so the author sees them without losing the server.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'explainer:content-check',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command === 'preview') return;
				const dir = contentDir();
				const { problems } = readContent(dir);
				const errors = problems.filter((p) => p.severity === 'error');
				const warnings = problems.length - errors.length;
				if (problems.length === 0) {
					logger.info(`content in ${dir}: no problems`);
					return;
				}
				const summary = `${errors.length} error(s), ${warnings} warning(s) in ${dir}`;
				const report = `${summary}\n${formatProblems(problems)}`;
				if (errors.length > 0 && command === 'build') throw new ContentError(report);
				logger.warn(report);
			},
		},
	};
}

/** The error that stops a build on broken content; its message is the full list. */
export class ContentError extends Error {
	override name = 'ContentError';
}
