import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/**
 * `npm run test:wordpress`: the chart embedded by URL in a real WordPress from Debian
 * (tests/support/wordpress.ts), measured in Debian's Chromium. A missing browser or
 * WordPress is a failure, never a skip.
 */
if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}.`);

export default defineConfig({
	testDir: 'tests/wordpress',
	globalSetup: './tests/wordpress/global-setup.ts',
	workers: 1,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	timeout: 120_000,
	reporter: 'list',
	use: {
		browserName: 'chromium',
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
	},
});
