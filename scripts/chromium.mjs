// How every tool here starts Chromium: Debian's build (Playwright cannot download its own on
// these machines), headless, and with no background traffic, which a closed network refuses
// many times over (NOTES.md). Used by playwright.config.ts and the bench.

/** The browser binary: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Command-line flags for every launch. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
