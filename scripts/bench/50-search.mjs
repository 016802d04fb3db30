// Search: what the first query costs (bytes transferred, time to first results) and proof
// that a page where search is not opened fetches none of it. Drives Debian's Chromium over
// the bench build served like a plain static host.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { budget, kb, sizes, table } from './lib.mjs';
import { serveDist } from './serve.mjs';

/** A query a reader would type, from the build: the name on the first actor page of an edition. */
export function pickQuery(dist, edition = '') {
	const dir = path.join(dist, edition, 'actors');
	const actor = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory());
	const html = actor ? readFileSync(path.join(dir, actor.name, 'index.html'), 'utf8') : '';
	return /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1]?.trim() ?? 'the';
}

/**
 * What a path costs on the wire from a server that compresses: gzip -9 for text, the raw
 * size for Pagefind's index and WebAssembly, which Pagefind compresses itself.
 */
function transferred(dist, pathname) {
	const file = path.join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
	const s = sizes(readFileSync(file));
	return { raw: s.raw, wire: Math.min(s.raw, s.gz) };
}

const isSearchCode = (pathname) => /^\/pagefind\/|search-ui/.test(pathname);

export async function run({ dist }) {
	console.log('## Search (first query, Chromium, bench build)');
	await firstSearch(dist);
}

/**
 * Measures the first search from an edition's home page (`edition` is its folder, "" for the
 * default language): bytes fetched, time to results, and nothing fetched before search opens.
 * Prints its table and budget lines, each label suffixed with `label`.
 */
export async function firstSearch(dist, { edition = '', label = '' } = {}) {
	const server = await serveDist(dist);
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
	});
	try {
		const page = await browser.newPage();

		// 1. A page where search is never opened.
		await page.goto(server.url + edition);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(500);
		const idle = server.requested.splice(0);
		const idleSearch = idle.filter(isSearchCode);

		// 2. Open search and type a query.
		const query = pickQuery(dist, edition);
		await page.keyboard.press('/');
		const input = page.locator('dialog input[name="q"]');
		await input.waitFor();
		const started = performance.now();
		await input.fill(query);
		await page.locator('dialog [role="option"]').first().waitFor({ timeout: 30_000 });
		const firstResults = performance.now() - started;
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(500);
		const opened = server.requested.splice(0);

		// 3. A second query, everything loaded.
		const again = performance.now();
		const word = query.split(/\s+/)[0] ?? query;
		await input.fill(word);
		// The status names the query in the edition's quotation marks (“ ” or « »).
		const quoted = new RegExp(`[“«]${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[”»]`);
		await page.locator('dialog [role="status"]').filter({ hasText: quoted }).waitFor();
		const secondResults = performance.now() - again;

		const rows = [];
		const total = { raw: 0, wire: 0 };
		const byKind = {};
		for (const pathname of [...new Set(opened)]) {
			const t = transferred(dist, pathname);
			total.raw += t.raw;
			total.wire += t.wire;
			const kind = pathname.startsWith('/pagefind/')
				? (/\/(index|fragment|filter)\//.exec(pathname)?.[1] ??
					(pathname.endsWith('.pagefind') ? 'wasm' : 'script'))
				: 'site UI';
			byKind[kind] = (byKind[kind] ?? 0) + t.wire;
			rows.push([pathname, kb(t.raw), kb(t.wire)]);
		}
		table(['fetched after opening search', 'raw', 'transferred'], rows);
		console.log(
			`\n  query “${query}”: ${opened.length} requests, ${kb(total.wire)} transferred (${kb(total.raw)} raw); ` +
				Object.entries(byKind)
					.map(([k, b]) => `${k} ${kb(b)}`)
					.join(', '),
		);
		console.log(
			`  time to first results ${Math.round(firstResults)} ms (includes the 200 ms typing pause), next query ${Math.round(secondResults)} ms`,
		);
		budget(`first search${label}, everything fetched after opening`, total.wire, 130_000);
		const idleBytes = idleSearch.reduce((sum, p) => sum + transferred(dist, p).wire, 0);
		budget(
			`page without search open${label} (${idle.length} requests), search code fetched`,
			idleBytes,
			0,
		);
		if (idleSearch.length) console.log(`  fetched anyway: ${idleSearch.join(', ')}`);
	} finally {
		await browser.close();
		await server.close();
	}
}
