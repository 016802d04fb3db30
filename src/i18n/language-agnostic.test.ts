import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from './index';

/** Every source file under src/ outside src/i18n/, tests excluded. */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory())
			return name === '__snapshots__' || full === path.resolve('src/i18n') ? [] : sourceFiles(full);
		return /\.(ts|mjs|js|astro)$/.test(name) && !name.includes('.test.') ? [full] : [];
	});
}

describe('src/ names no language', () => {
	// A language tag in quotes ('en', "es-MX", `en`) or in a lang attribute: the languages of a
	// story come from its site.yaml, the words of the interface from src/i18n/.
	it('outside the interface dictionaries', () => {
		const tags = Object.keys(DICTIONARIES).join('|');
		const pattern = new RegExp(`(['"\`])(?:${tags})(?:-[A-Za-z0-9]+)?\\1`, 'g');
		const found: string[] = [];
		// The content contract's one default: a story that declares no language is in English.
		const allowed = new Set([`${path.join('src', 'schemas', 'site.ts')}: 'en'`]);
		for (const file of sourceFiles(path.resolve('src'))) {
			const text = readFileSync(file, 'utf8');
			for (const m of text.matchAll(pattern)) found.push(`${path.relative('.', file)}: ${m[0]}`);
		}
		expect(found.filter((f) => !allowed.has(f))).toEqual([]);
	});
});
