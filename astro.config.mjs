// @ts-check
import { createHash } from 'node:crypto';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { chartDownloads } from './src/integrations/chart-downloads.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import {
	editions,
	listEditionPrefixes,
	pageWithinEdition,
	sitemapLanguages,
} from './src/integrations/editions.ts';
import { oembed } from './src/integrations/oembed.ts';
import { drawingsDone } from './src/integrations/render-png.ts';
import { layoutsAhead } from './src/integrations/layouts-ahead.ts';
import { relativeStylesheets } from './src/integrations/relative-stylesheets.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { shareCards } from './src/integrations/share-cards.ts';
import { contentDir as storyContentDir } from './src/content-io/collections.ts';
import { readContent } from './src/content-io/read-content.ts';

/**
 * Hosting settings come from the environment so the same code builds for any host:
 * SITE_URL is the public origin (canonical links, sitemap), BASE_PATH the sub-folder the
 * site is served from ("/" by default, e.g. "/mirror/explainer/").
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

/**
 * Another story (EXPLAINER_CONTENT_DIR) gets its own content cache, so entries of the story
 * built before never leak into this one.
 */
const contentDir = process.env.EXPLAINER_CONTENT_DIR;
const cacheDir = contentDir
	? `./node_modules/.astro/story-${createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12)}`
	: undefined;

const contentReport = readContent(storyContentDir());
const story = contentReport.story;
/** The story's languages: the default edition at the root, the others under /<lang>/. */
const languages = {
	lang: story?.site.data.lang ?? 'en',
	languages: story?.site.data.languages ?? [],
};
const prefixes = listEditionPrefixes(languages);
/** The other editions' folders under the base, e.g. ["es"]. */
const editionFolders = prefixes.filter(Boolean).map((p) => p.slice(0, -1));

/** Former explainer addresses (redirectFrom): stand-ins that stay out of the sitemap. */
const redirectPaths = new Set(
	(story?.explainers ?? []).flatMap((e) =>
		e.data.redirectFrom.map((from) => `explainers/${from.split('#')[0]}/`),
	),
);
/** A built page's path within its edition, e.g. "embed/timeline/" for /base/es/embed/timeline/. */
const withinEdition = (/** @type {string} */ page) => {
	const pathname = new URL(page).pathname;
	return pageWithinEdition(pathname.slice(pathname.indexOf(base) + base.length), prefixes);
};
const isRedirect = (/** @type {string} */ page) => redirectPaths.has(withinEdition(page));
const sitemapI18n = sitemapLanguages(languages);

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// No code highlighting: Shiki's inline styles would break the strict CSP, and stories have no code.
	markdown: { syntaxHighlight: false },
	// Scripts and styles go to files, never inline, so one header policy fits every page.
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: {
		build: {
			assetsInlineLimit: 0,
			rolldownOptions: {
				// Astro's own MDX output carries a "use astro:head-inject" directive that the bundler
				// warns about, one warning per explainer, harmlessly (withastro/astro#18087). Only that
				// warning is dropped; every other one is shown as before.
				onwarn(warning, warn) {
					if (
						warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
						warning.message.includes('use astro:head-inject')
					)
						return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		// The content as read above: checked once, not read again.
		contentCheck(contentReport),
		// After the check, which stops a build of broken content before this starts a thread.
		layoutsAhead(),
		mdx(),
		// Embeds are not pages of their own; the gallery at /embed/ is. Redirects and the 404
		// pages are not pages either, nor is the offline page (what the offline worker shows for
		// a page not saved). Every URL lists its other-language versions.
		sitemap({
			filter: (page) =>
				!/^(?:embed\/.+|offline\/)$/.test(withinEdition(page)) &&
				withinEdition(page) !== '404/' &&
				!isRedirect(page),
			...(sitemapI18n ? { i18n: sitemapI18n } : {}),
		}),
		// Moves the editions' 404 pages, before the search step lists the files for the offline worker.
		editions(languages),
		chartDownloads({ editions: editionFolders }),
		// After the chart files, which they draw from.
		shareCards(),
		securityHeaders({ editions: editionFolders }),
		relativeStylesheets(),
		// Late, as it waits for the chart PNGs, whose sizes it gives.
		oembed(),
		// Last: waits for the drawings the hooks before it left under way (render-png.ts).
		drawingsDone(),
		// sw.js and the offline save lists are written last, by scripts/index-search.mjs (the
		// build's final step), since they list the search index it writes.
	],
	outDir: process.env.DIST_DIR ?? './dist',
	...(cacheDir ? { cacheDir } : {}),
	devToolbar: { enabled: false },
});
