import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildMetaPolicy } from '../../src/lib/site/csp';
import { INLINE_SCRIPTS, inlineScriptHashes, scriptHash } from '../../src/lib/site/inline-scripts';
import { DIST } from '../support/paths';

/**
 * The header policy allows inline scripts by hash. Those hashes must be the kit's own scripts
 * (src/lib/site/inline-scripts.ts) and nothing else, and every inline script a page runs must
 * be one of them, or the header policy would block it.
 */
function htmlFiles(dir = DIST): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}

/** The script hashes a policy allows, sorted. */
const hashesIn = (policy: string) =>
	[...(/script-src([^;]*)/.exec(policy)?.[1] ?? '').matchAll(/'(sha256-[^']+)'/g)]
		.map((m) => m[1] ?? '')
		.sort();

describe('inline scripts and the policy', () => {
	it('every page carries the header policy in a <meta> before any script or stylesheet', () => {
		const policy = buildMetaPolicy(inlineScriptHashes());
		let pages = 0;
		for (const file of htmlFiles()) {
			const $ = cheerio.load(readFileSync(file, 'utf8'));
			const where = path.relative(DIST, file);
			const metas = $('meta[http-equiv="content-security-policy"]');
			expect(metas, where).toHaveLength(1);
			expect(metas.attr('content'), where).toBe(policy);
			// A <meta> policy governs only what comes after it.
			const first = $('head').children('script, link[rel="stylesheet"], style').first();
			if (first.length > 0) expect(metas.nextAll().is(first), where).toBe(true);
			pages++;
		}
		expect(pages).toBeGreaterThan(20);
	});

	it('every inline script on every page is one of the kit’s, and the page’s <meta> policy allows it', () => {
		const kit = new Set(INLINE_SCRIPTS.map(scriptHash));
		let seen = 0;
		for (const file of htmlFiles()) {
			const $ = cheerio.load(readFileSync(file, 'utf8'));
			const where = path.relative(DIST, file);
			const meta = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
			$('script:not([src])').each((_, el) => {
				const type = $(el).attr('type') ?? '';
				// Data blocks (JSON, JSON-LD) are never run, so no policy applies to them.
				if (/^application\/(ld\+)?json$/.test(type)) return;
				const hash = scriptHash($(el).text());
				expect(
					kit.has(hash),
					`${where}: an inline script that is not in src/lib/site/inline-scripts.ts`,
				).toBe(true);
				expect(meta, where).toContain(`'${hash}'`);
				seen++;
			});
		}
		expect(seen).toBeGreaterThan(0);
	});

	it('the header files allow exactly the kit’s inline scripts', () => {
		const expected = inlineScriptHashes();
		const headers = readFileSync(path.join(DIST, '_headers'), 'utf8');
		const policies = [...headers.matchAll(/Content-Security-Policy: (.*)/g)].map((m) => m[1] ?? '');
		const nginx = readFileSync(path.join(DIST, 'nginx-headers.conf'), 'utf8');
		policies.push(
			...[...nginx.matchAll(/Content-Security-Policy "([^"]*)"/g)].map((m) => m[1] ?? ''),
		);
		expect(policies.length).toBeGreaterThan(3);
		for (const policy of policies) expect(hashesIn(policy)).toEqual(expected);
	});
});
