import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { BASE, DIST } from '../support/paths';
import { serveStatic, type StaticServer } from '../support/server';

/** Tests get `site`: the built site served over HTTP for the whole worker. */
export const test = base.extend<{ failOnConsoleErrors: void }, { site: StaticServer }>({
	site: [
		async ({}, use) => {
			const server = await serveStatic(DIST, { base: BASE });
			await use(server);
			await server.close();
		},
		{ scope: 'worker' },
	],
	// Every page a test opens must log no console error and throw no uncaught exception.
	failOnConsoleErrors: [
		async ({ page }, use) => {
			const problems: string[] = [];
			page.on('console', (msg) => {
				if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
			});
			page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
			await use();
			expect(problems, 'console errors on the page').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };

/** Every page path in the built sitemap, relative to the site root (e.g. "actors/"). */
export function sitemapPaths(): string[] {
	const dir = DIST;
	const index = readFileSync(path.join(dir, 'sitemap-index.xml'), 'utf8');
	const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
	const pages = maps.flatMap((map) => {
		const xml = readFileSync(path.join(dir, map.slice(BASE.length)), 'utf8');
		return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
	});
	return pages.map((p) => p.slice(BASE.length));
}

/** Opens a page of the site by its path relative to the site root. */
export async function open(page: Page, site: StaticServer, pathname: string): Promise<void> {
	const response = await page.goto(site.url + pathname);
	expect(response?.status(), `HTTP status of ${pathname}`).toBe(200);
}
