/**
 * Where each language edition of the site lives. Apart from urls.ts so that code running
 * outside Vite (the content check, the Astro config) can use it without the build's env.
 */

/**
 * The folder an edition of the site lives in, relative to the base: "" for the story's
 * default language (its pages stay at the root), "<lang>/" for every other.
 */
export function editionPrefix(lang: string, defaultLang: string): string {
	return lang === defaultLang ? '' : `${lang.toLowerCase()}/`;
}
