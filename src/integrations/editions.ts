import { existsSync, renameSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editionPrefix } from '../lib/site/editions';

/** A story's languages as site.yaml declares them: the default, then the other editions. */
export interface StoryLanguages {
	lang: string;
	languages: readonly string[];
}

/** Every edition's folder under the base, the default's ("") first: ["", "es/"]. */
export function listEditionPrefixes(site: StoryLanguages): string[] {
	return [site.lang, ...site.languages].map((l) => editionPrefix(l, site.lang));
}

/**
 * The sitemap integration's i18n option, so every URL lists its other-language versions
 * (xhtml:link alternates): keys are edition folders, values hreflang tags. Undefined for a
 * story in one language.
 */
export function sitemapLanguages(
	site: StoryLanguages,
): { defaultLocale: string; locales: Record<string, string> } | undefined {
	if (site.languages.length === 0) return undefined;
	const locales: Record<string, string> = { [site.lang]: site.lang };
	for (const l of site.languages) locales[editionPrefix(l, site.lang).slice(0, -1)] = l;
	return { defaultLocale: site.lang, locales };
}

/**
 * The path of a page without its base and edition folder ("es/explainers/x/" → "explainers/x/"),
 * for rules that hold in every edition alike.
 */
export function pageWithinEdition(sitePath: string, prefixes: readonly string[]): string {
	const edition = prefixes.find((p) => p !== '' && sitePath.startsWith(p));
	return edition ? sitePath.slice(edition.length) : sitePath;
}

/**
 * After the build, puts each non-default edition's 404 page where hosts look for it:
 * Astro writes `<lang>/404/index.html`, hosts serve `<lang>/404.html`.
 */
export function editions(site: StoryLanguages): AstroIntegration {
	return {
		name: 'explainer:editions',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				for (const prefix of listEditionPrefixes(site).filter((p) => p !== '')) {
					const built = path.join(out, prefix, '404', 'index.html');
					if (!existsSync(built)) continue;
					renameSync(built, path.join(out, prefix, '404.html'));
					rmdirSync(path.dirname(built));
				}
				if (site.languages.length > 0)
					logger.info(`editions: ${[site.lang, ...site.languages].join(', ')}`);
			},
		},
	};
}
