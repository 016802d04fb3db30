import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from './content-io/read-content';

/** Every source file under src/, tests excluded (fixtures may use any words). */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return name === '__snapshots__' ? [] : sourceFiles(full);
		return /\.(ts|mjs|js|astro|css)$/.test(name) && !name.includes('.test.') ? [full] : [];
	});
}

/** Every story in the repository: content/ and the fixtures under tests/fixtures/stories/. */
const STORIES = [
	path.resolve('content'),
	...readdirSync(path.resolve('tests/fixtures/stories')).map((name) =>
		path.resolve('tests/fixtures/stories', name),
	),
];

describe('src/ is story-agnostic', () => {
	// People's names and spellings, and hyphenated ids; group names ("prisoners") are common words.
	for (const dir of STORIES)
		it(`names no person and uses no hyphenated id of ${path.relative('.', dir)}`, () => {
			const { story } = readContent(dir, dir);
			expect(story).toBeDefined();
			const names = (story?.actors ?? [])
				.filter((a) => a.data.kind === 'person')
				.flatMap((a) => [a.data.name, ...a.data.aliases])
				.filter((n) => n.length >= 5);
			const ids = [
				...(story?.actors ?? []),
				...(story?.claims ?? []),
				...(story?.events ?? []),
				...(story?.relations ?? []),
				...(story?.explainers ?? []),
				...(story?.sources ?? []),
			]
				.map((e) => e.id)
				.filter((id) => id.includes('-'));
			const found: string[] = [];
			for (const file of sourceFiles(path.resolve('src'))) {
				const text = readFileSync(file, 'utf8');
				for (const term of [...names, ...ids])
					if (
						new RegExp(
							`(^|[^\\w-])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`,
							'i',
						).test(text)
					)
						found.push(`${path.relative('.', file)}: ${term}`);
			}
			expect(found).toEqual([]);
		});
});
