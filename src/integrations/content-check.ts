import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentDir } from '../content-io/collections';
import { AUTHOR_LANG } from '../i18n';
import { readContent, type ContentReport } from '../content-io/read-content';
import { formatProblems } from '../lib/content/integrity';
import { translationCoverage } from '../lib/content/translations';
import type { Problem } from '../lib/content/types';

/** The result of one check of the content directory. */
interface Check {
	dir: string;
	problems: Problem[];
	errors: number;
	/** What the author should know that is not a problem, one line each. */
	notes: string[];
	/** The whole list for the terminal: a summary line, then one problem per line. */
	report: string;
	/** How far each translation has come ("; es: 148 of 148 entries translated"), or "". */
	coverage: string;
}

/**
 * Checks the whole content directory: schemas and references together, every problem at once.
 * `read` is the directory as already read, when it is.
 */
function check(read?: ContentReport & { dir: string }): Check {
	const dir = contentDir();
	const { story, problems, notes } = read?.dir === dir ? read : readContent(dir);
	const errors = problems.filter((p) => p.severity === 'error').length;
	// How far each translation has come, e.g. "es: 41 of 96 entries translated".
	const coverage = (story ? translationCoverage(story) : []).map(
		(c) => `; ${c.lang}: ${c.translated} of ${c.total} entries translated`,
	);
	const summary = `${errors} error(s), ${problems.length - errors} warning(s) in ${dir}${coverage.join('')}`;
	return {
		dir,
		problems,
		errors,
		notes,
		report: `${summary}\n${formatProblems(problems)}`,
		coverage: coverage.join(''),
	};
}

/**
 * Validates the whole content directory before Astro builds anything, listing every problem
 * with its file, line and fix. Errors stop `astro build` before a single page is written, with
 * this list alone (no hook wrapper, no stack trace). In `astro dev` the list is printed and
 * shown in the browser instead of the page, and checked again whenever a content file changes,
 * so the site comes back as soon as the file is fixed, without a restart.
 */
export function contentCheck(
	/** The content directory as astro.config.mjs read it, checked first instead of read again. */
	read?: ContentReport,
): AstroIntegration {
	let base = '/';
	let current: Check | undefined;
	// Only the first check may use it: a check in `astro dev` after a change reads the files.
	let first = read ? { ...read, dir: contentDir() } : undefined;
	return {
		name: 'explainer:content-check',
		hooks: {
			'astro:config:setup': ({ command, logger, config }) => {
				if (command === 'preview') return;
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				current = check(first);
				first = undefined;
				if (current.errors > 0 && command === 'build') {
					// A thrown error would reach the author wrapped in "An unhandled error occurred
					// while running the astro:config:setup hook" and a stack trace: print the list
					// alone and stop, before anything is written.
					process.stderr.write(
						`\n${current.report}\n\nThe build stopped before writing anything: fix the problems above and build again.\n`,
					);
					process.exit(1);
				}
				log(logger, current);
			},
			'astro:server:setup': ({ server, logger }) => {
				const dir = contentDir();
				server.watcher.add(dir);
				let timer: ReturnType<typeof setTimeout> | undefined;
				const recheck = (file: string) => {
					if (!path.resolve(file).startsWith(dir + path.sep)) return;
					clearTimeout(timer);
					// Editors write a file in several steps; check once they are done.
					timer = setTimeout(() => {
						const before = current?.errors ?? 0;
						current = check();
						log(logger, current);
						if (current.errors > 0)
							server.hot.send({
								type: 'error',
								err: { message: current.report, stack: '', plugin: 'explainer:content-check' },
							});
						else if (before > 0) server.hot.send({ type: 'full-reload', path: '*' });
					}, 150);
				};
				for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);

				// While content is broken, every page is the list of problems: pages built from it
				// would fail or mislead. The page loads Vite's client, so it reloads once fixed.
				server.middlewares.use((req, res, next) => {
					const accept = req.headers.accept ?? '';
					if (!current || current.errors === 0 || !accept.includes('text/html')) {
						next();
						return;
					}
					res.statusCode = 500;
					res.setHeader('Content-Type', 'text/html; charset=utf-8');
					res.end(errorPage(current, base));
				});
			},
		},
	};
}

function log(logger: AstroIntegrationLogger, result: Check): void {
	for (const note of result.notes) logger.info(note);
	if (result.problems.length === 0)
		logger.info(`content in ${result.dir}: no problems${result.coverage}`);
	else if (result.errors > 0) logger.error(result.report);
	else logger.warn(result.report);
}

const escapeHtml = (text: string) =>
	text.replace(
		/[<>&"]/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c,
	);

/** The page `astro dev` serves while content has errors: the same list as the terminal. */
function errorPage(result: Check, base: string): string {
	const items = [...result.problems]
		.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
		.map((p) => {
			const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
			const fix = p.fix ? `<br><small>fix: ${escapeHtml(p.fix)}</small>` : '';
			return `<li><strong>${p.severity === 'error' ? 'Error' : 'Warning'}</strong> <code>${escapeHtml(where)}</code>: ${escapeHtml(p.message)}${fix}</li>`;
		})
		.join('\n');
	return `<!doctype html>
<html lang="${AUTHOR_LANG}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content errors</title>
<script type="module" src="${base}@vite/client"></script>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}li{margin:.5rem 0}code{background:#eee;padding:0 .2em}</style>
</head>
<body>
<main>
<h1>The content has ${result.errors} error(s)</h1>
<p>In <code>${escapeHtml(result.dir)}</code>. This page reloads by itself when the files are fixed.</p>
<ul>
${items}
</ul>
</main>
</body>
</html>`;
}
