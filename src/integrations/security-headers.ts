import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EMBED_FOLDER, buildHeadersFile, buildNginxSnippet } from '../lib/site/csp';
import { inlineScriptHashes } from '../lib/site/inline-scripts';

/** What `npm run build` adds after Astro finishes: the search index and the service worker. */
const LATER = [
	{ name: 'pagefind', isDirectory: true },
	{ name: 'sw.js', isDirectory: false },
];

/**
 * After the build, writes `_headers` and `nginx-headers.conf` into the output: the site's
 * policy as HTTP headers (with `frame-ancestors`, which <meta> cannot carry). The only inline
 * scripts it allows are the kit's own (lib/site/inline-scripts.ts), hashed from their source,
 * never from built pages: content can never add a hash. Fails the build if an inline style
 * appears, since the header policy allows none.
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
				// Attribute values are dropped first: content may put the text "<style>" in one.
				const inlineStyles = htmlFiles(out)
					.filter((file) => /<style[\s>]/.test(withoutAttributeValues(readFileSync(file, 'utf8'))))
					.map((file) => path.relative(out, file));
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
				const scriptHashes = inlineScriptHashes();
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

/** Astro writes every attribute value in double quotes, with `"` inside escaped. */
function withoutAttributeValues(html: string): string {
	return html.replace(/="[^"]*"/g, '=""');
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return htmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}
