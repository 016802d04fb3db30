import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content-io/collections';
import { readContent } from '../../src/content-io/read-content';
import { createI18n } from '../../src/i18n';
import { editionPrefix } from '../../src/lib/site/editions';
import { headersFor, readHeadersFile } from '../support/headers';
import { startNginx } from '../support/nginx';
import { BASE, DIST } from '../support/paths';
import type { StaticServer } from '../support/server';
import { recordHeld } from '../support/adversarial';

/**
 * The nginx snippet the build writes (`nginx-headers.conf`), included in a real nginx from
 * Debian as the README tells hosts to, and checked with real requests: the headers of every
 * kind of path against the `_headers` rules, the framing rules, 404s that are the site's own
 * page everywhere, the host files refused, and the content types search depends on.
 */
let nginx: StaticServer;
beforeAll(async () => {
	nginx = await startNginx(DIST, BASE);
});
afterAll(async () => {
	await nginx.close();
});

/** Every file of the build as a site path (with the base), e.g. "/embed/timeline/index.html". */
function sitePaths(dir = DIST, prefix = BASE): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory()
			? sitePaths(full, `${prefix}${name}/`)
			: [`${prefix}${name}`];
	});
}

const get = (pathname: string) => fetch(nginx.origin + pathname, { redirect: 'manual' });
const rules = readHeadersFile(DIST);
const all = sitePaths();
const site = readContent(contentDir()).story?.site.data;
/** Every language edition's folder under the base ("" for the default, "es/"…), and its language. */
const editions = site
	? [site.lang, ...site.languages].map((lang) => ({ lang, prefix: editionPrefix(lang, site.lang) }))
	: [{ lang: 'en', prefix: '' }];
/** Each edition's 404 page says so in its own language. */
const notFoundTitle = (lang: string) => createI18n(lang).t('notFound.title');

describe('the build under a real nginx', () => {
	it('sends every page the same headers as `_headers`: pages never framed, charts framed', async () => {
		const pages = all.filter((p) => p.endsWith('/index.html')).map((p) => p.slice(0, -10));
		expect(pages.length).toBeGreaterThan(10);
		for (const pathname of pages) {
			const response = await get(pathname);
			expect(response.status, pathname).toBe(200);
			const expected = headersFor(rules, pathname);
			expect(response.headers.get('content-security-policy'), pathname).toBe(
				expected['Content-Security-Policy'],
			);
			expect(response.headers.get('x-content-type-options'), pathname).toBe('nosniff');
			expect(response.headers.get('referrer-policy'), pathname).toBe(
				'strict-origin-when-cross-origin',
			);
			const chart = editions.some(
				(e) =>
					pathname.startsWith(`${BASE}${e.prefix}embed/`) &&
					pathname !== `${BASE}${e.prefix}embed/`,
			);
			expect(response.headers.get('content-security-policy'), pathname).toContain(
				chart ? 'frame-ancestors *' : "frame-ancestors 'none'",
			);
		}
	});

	it('answers every miss with the site’s own 404 page and its headers, inside the embed folder too', async () => {
		const misses = editions.flatMap(({ lang, prefix }) =>
			[
				`${BASE}${prefix}no-such-page/`,
				`${BASE}${prefix}actors/no-such-actor/`,
				`${BASE}${prefix}embed/no-such-chart/`,
				`${BASE}${prefix}embed/network/no-such-actor/`,
				`${BASE}${prefix}embed/timeline/missing.svg`,
			].map((pathname) => ({ lang, pathname })),
		);
		for (const { lang, pathname } of misses) {
			const response = await get(pathname);
			expect(response.status, pathname).toBe(404);
			expect(await response.text(), pathname).toContain(notFoundTitle(lang));
			expect(response.headers.get('content-security-policy'), pathname).toContain(
				"frame-ancestors 'none'",
			);
			expect(response.headers.get('x-content-type-options'), pathname).toBe('nosniff');
		}
		// Paths that climb out of the site: refused (nginx answers 400 above its root).
		const climbs = [
			`${BASE}..%2f..%2fetc/passwd`,
			`${BASE}embed/%2e%2e/_headers`,
			`${BASE}embed/network/..%2f..%2f..%2fnginx-headers.conf`,
		];
		for (const pathname of climbs) {
			const response = await get(pathname);
			expect([400, 404], pathname).toContain(response.status);
			const body = await response.text();
			expect(body, pathname).not.toMatch(/root:|add_header|Content-Security-Policy:/);
		}
		recordHeld('dist', 'careless hosts', 'nginx misses', misses.length + climbs.length);
	});

	it('does not serve the host files', async () => {
		for (const name of ['_headers', 'nginx-headers.conf']) {
			const response = await get(`${BASE}${name}`);
			expect(response.status, name).toBe(404);
			const body = await response.text();
			expect(body).toContain(notFoundTitle(editions[0]?.lang ?? site?.lang ?? ''));
			expect(body).not.toContain('Content-Security-Policy');
		}
		recordHeld('dist', 'careless hosts', 'nginx host files', 2);
	});

	it('serves search, data and chart files with the types browsers need', async () => {
		const expected: Record<string, RegExp> = {
			'.html': /^text\/html/,
			'.js': /^(application|text)\/javascript/,
			'.css': /^text\/css/,
			'.json': /^application\/json/,
			'.svg': /^image\/svg\+xml/,
			'.png': /^image\/png/,
			'.xml': /^(text|application)\/xml/,
			'.wasm': /^application\/wasm/,
			// Pagefind's index, fragments and WebAssembly: fetched as bytes, never run as script.
			'.pagefind': /^application\/octet-stream/,
			'.pf_meta': /^application\/octet-stream/,
			'.pf_index': /^application\/octet-stream/,
			'.pf_fragment': /^application\/octet-stream/,
			'.pf_filter': /^application\/octet-stream/,
		};
		const seen = new Set<string>();
		for (const file of all) {
			const ext = path.extname(file);
			if (!(ext in expected) || seen.has(ext)) continue;
			seen.add(ext);
			const response = await get(file);
			expect(response.status, file).toBe(200);
			expect(response.headers.get('content-type'), file).toMatch(expected[ext]!);
			expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
		}
		// Search cannot run without these; the build has no plain .wasm files (Pagefind's is .pagefind).
		for (const ext of ['.js', '.pagefind', '.pf_meta', '.pf_fragment', '.svg', '.png'])
			expect(seen, ext).toContain(ext);
	});
});
