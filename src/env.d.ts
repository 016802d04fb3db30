/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The language of the page being rendered (a BCP 47 tag), set by src/middleware.ts. */
		lang?: string;
		/** Footnote numbers of the claims cited on the page being rendered, set by the page. */
		citations?: Map<string, number>;
		/** Claims whose first in-text marker has been rendered (that marker carries the anchor). */
		citedOnce?: Set<string>;
	}
}
