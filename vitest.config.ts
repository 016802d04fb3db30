import { defineConfig } from 'vitest/config';

// Two tiers run by vitest: `unit` (pure modules, beside the code) and `dist` (the built site).
// Browser tests run with Playwright (playwright.config.ts).
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				test: {
					name: 'dist',
					include: ['tests/dist/**/*.test.ts'],
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
