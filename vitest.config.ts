/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two tiers run by vitest: `unit` (pure modules and components, beside the code) and `dist`
// (the built site). Astro's Vite config lets unit tests render .astro components with the
// Container API (astro/container). Browser tests run with Playwright (playwright.config.ts).
export default getViteConfig({
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				extends: true,
				test: {
					name: 'dist',
					include: ['tests/dist/**/*.test.ts'],
					globalSetup: ['tests/dist/global-setup.ts'],
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
