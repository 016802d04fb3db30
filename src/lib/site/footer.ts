/**
 * How many sources the footer of every page names. A story built from more gives their number
 * and links the sources page, which names them all: the footer of every page stays the same
 * size whatever the story's size, where naming a hundred reports on each page would make every
 * page heavier and slower to build, and be read by nobody.
 */
export const FOOTER_NAMES_UP_TO = 4;

/** The sources a page's footer names, in reading order; none when it gives only their number. */
export function footerNamed<T>(sources: readonly T[]): readonly T[] {
	return sources.length <= FOOTER_NAMES_UP_TO ? sources : [];
}
