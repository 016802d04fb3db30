// @ts-check
import { defineConfig } from 'eslint/config';
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'.bench/',
			'.subpath/',
			'.fixture/',
			'.i18n/',
			'.i18n-story/',
			'.wordpress/',
			'**/*.building-*/',
			'**/*.previous-*/',
		],
	},
	eslint.configs.recommended,
	...tseslint.configs.strictTypeChecked,
	...astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.node },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
		rules: {
			// Template literals with numbers are the common case in SVG attribute building.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
		},
	},
	{
		// Tests may assert presence with `!` after checking it; a failure then is a test failure.
		files: ['**/*.test.ts', 'tests/**/*.ts'],
		rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
	},
	{
		// Playwright fixtures are declared with an empty destructuring pattern and a `void` type.
		files: ['tests/browser/**/*.ts'],
		rules: { 'no-empty-pattern': 'off', '@typescript-eslint/no-invalid-void-type': 'off' },
	},
	{
		// Browser scripts run in the page.
		files: ['src/scripts/**/*.ts', 'src/**/*.astro', 'public/**/*.js'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		// The offline worker runs in a service worker's global scope.
		files: ['src/service-worker/**/*.ts'],
		languageOptions: { globals: { ...globals.serviceworker } },
	},
	{
		// Modules importing .astro components: typescript-eslint cannot resolve their types.
		files: ['src/components/mdx.ts'],
		extends: [tseslint.configs.disableTypeChecked],
	},
	{
		// Plain JS and .astro templates: type-aware rules off. In templates the typed rules
		// see JSX expressions as error types; `astro check` type-checks those files instead.
		files: ['**/*.js', '**/*.mjs', '**/*.astro'],
		extends: [tseslint.configs.disableTypeChecked],
	},
);
