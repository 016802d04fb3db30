import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './paths';

/**
 * The count of adversarial inputs the suites tried and that held (nothing ran, nothing threw,
 * nothing was framed or resized that should not be). A test calls `recordHeld` after its
 * assertions passed, with the number of inputs it tried, so a failing test adds nothing. The
 * browser tier prints the total when it ends (tests/browser/global-teardown.ts).
 */
const DIR = path.resolve('node_modules/.cache/adversarial');

export type Tier = 'dist' | 'browser';

/** Where one tier's records go for this build (DIST_DIR): a run of the same tier replaces them. */
const prefix = (tier: Tier) => `${tier}--${path.basename(DIST)}--`;

/** Records that a test's `inputs` adversarial inputs all held. */
export function recordHeld(tier: Tier, category: string, test: string, inputs: number): void {
	mkdirSync(DIR, { recursive: true });
	const slug = `${category}--${test}`.replace(/[^\w-]+/g, '-').slice(0, 150);
	writeFileSync(
		path.join(DIR, `${prefix(tier)}${slug}.json`),
		JSON.stringify({ tier, category, test, inputs }),
	);
}

/** Forgets a tier's earlier records for this build, at the start of its run. */
export function resetHeld(tier: Tier): void {
	mkdirSync(DIR, { recursive: true });
	for (const name of readdirSync(DIR))
		if (name.startsWith(prefix(tier))) rmSync(path.join(DIR, name));
}

/** Every record of this build, both tiers. */
export function readHeld(): { tier: Tier; category: string; test: string; inputs: number }[] {
	let names: string[];
	try {
		names = readdirSync(DIR);
	} catch {
		return [];
	}
	return names
		.filter((n) => n.startsWith(prefix('dist')) || n.startsWith(prefix('browser')))
		.map(
			(n) =>
				JSON.parse(readFileSync(path.join(DIR, n), 'utf8')) as {
					tier: Tier;
					category: string;
					test: string;
					inputs: number;
				},
		);
}

/** The summary line per category and in all, for the end of a run. */
export function summarizeHeld(): string {
	const records = readHeld();
	const byCategory = new Map<string, number>();
	for (const r of records) byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + r.inputs);
	const total = records.reduce((n, r) => n + r.inputs, 0);
	const lines = [...byCategory]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([category, n]) => `  ${category}: ${n}`);
	return `Adversarial inputs tried and held: ${total} (${records.length} tests)\n${lines.join('\n')}`;
}
