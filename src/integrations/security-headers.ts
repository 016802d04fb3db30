import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EMBED_FOLDER, buildHeadersFile, buildNginxSnippet } from '../lib/site/csp';

/** What `npm run build` adds after Astro finishes: the search index and the service worker. */
const LATER = [
	{ name: 'pagefind', isDirectory: true },
	{ name: 'sw.js', isDirectory: false },
];

/**
 * After the build, writes `_headers` and `nginx-headers.conf` into the output: the site's
 * policy as HTTP headers (with `frame-ancestors`, which <meta> cannot carry), including the
 * hashes of every inline script found in the built pages. Fails the build if an inline
 * style appears, since the header policy allows none.
 */
export function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'explainer:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const hashes = new Set<string>();
				const inlineStyles: string[] = [];
				for (const file of htmlFiles(out)) {
					const html = readFileSync(file, 'utf8');
					for (const m of html.matchAll(
						/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
					))
						hashes.add(
							`sha256-${createHash('sha256')
								.update(m[1] ?? '')
								.digest('base64')}`,
						);
					if (/<style[\s>]/.test(html)) inlineStyles.push(path.relative(out, file));
				}
				if (inlineStyles.length > 0)
					throw new Error(
						`Inline <style> found (blocked by the header policy): ${inlineStyles.join(', ')}`,
					);
				const topLevel = readdirSync(out)
					.filter(
						(name) =>
							!LATER.some((l) => l.name === name) &&
							name !== '_headers' &&
							name !== 'nginx-headers.conf',
					)
					.map((name) => ({ name, isDirectory: statSync(path.join(out, name)).isDirectory() }))
					.concat(LATER);
				const embedDir = path.join(out, EMBED_FOLDER);
				const embedCharts = topLevel.some((e) => e.name === EMBED_FOLDER && e.isDirectory)
					? readdirSync(embedDir).filter((name) =>
							statSync(path.join(embedDir, name)).isDirectory(),
						)
					: [];
				const scriptHashes = [...hashes].sort();
				writeFileSync(
					path.join(out, '_headers'),
					buildHeadersFile({ base, topLevel, embedCharts, scriptHashes }),
				);
				writeFileSync(
					path.join(out, 'nginx-headers.conf'),
					buildNginxSnippet({ base, scriptHashes }),
				);
				logger.info(
					`wrote _headers and nginx-headers.conf (${scriptHashes.length} inline script hash(es))`,
				);
			},
		},
	};
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return htmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}
