import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/**
 * Browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
 * CHROMIUM_PATH overrides the path. A missing browser is a failure, never a skip.
 */
const executablePath = CHROMIUM_PATH;
if (!existsSync(executablePath)) {
	throw new Error(
		`Chromium not found at ${executablePath}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`,
	);
}

export default defineConfig({
	testDir: 'tests/browser',
	// The count of adversarial inputs tried and held, printed at the end (tests/support/adversarial.ts).
	globalSetup: './tests/browser/global-setup.ts',
	globalTeardown: './tests/browser/global-teardown.ts',
	fullyParallel: true,
	...(process.env['CI'] ? { workers: 2 } : {}),
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	timeout: 60_000,
	reporter: 'list',
	use: {
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			args: CHROMIUM_ARGS,
		},
	},
});
