import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { relativeStylesheets as rewrite } from '../lib/offline/relative-stylesheets.ts';

/** Pages served at addresses other than their own: their links must stay absolute. */
const SERVED_ANYWHERE = /(?:^|\/)(?:404\.html|offline\/index\.html)$/;

/**
 * After the build, points every page's stylesheets at relative paths (`../_astro/x.css`), so
 * a copy opened from disk (file://) looks as it does online, charts included: absolute
 * `/_astro/` paths name the root of the disk there. Scripts stay absolute: browsers do not run
 * module scripts from file:// anyway. The 404 and offline pages keep absolute paths, because
 * hosts and the offline worker serve them at any address.
 */
export function relativeStylesheets(): AstroIntegration {
	let base = '/';
	return {
		name: 'explainer:relative-stylesheets',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				let pages = 0;
				for (const file of htmlFiles(out)) {
					const rel = path.relative(out, file).split(path.sep).join('/');
					if (SERVED_ANYWHERE.test(rel)) continue;
					const html = readFileSync(file, 'utf8');
					const next = rewrite(html, rel, base);
					if (next !== html) {
						writeFileSync(file, next);
						pages++;
					}
				}
				logger.info(`stylesheets load by relative paths in ${pages} page(s)`);
			},
		},
	};
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}
