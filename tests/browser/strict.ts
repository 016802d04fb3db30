import { test as base, type Page } from '@playwright/test';
import { headersFor, readHeadersFile } from '../support/headers';
import { startNginx } from '../support/nginx';
import { BASE, DIST } from '../support/paths';
import { serveStatic, type StaticServer } from '../support/server';

/**
 * The built site served as a host would with our header policy: `strictSite` applies the
 * `_headers` file the build writes as real HTTP headers; `nginxSite` is a real nginx with the
 * `nginx-headers.conf` snippet. Both worker-scoped. Pages also record every Content Security
 * Policy violation (read with `violations`); tests check console messages themselves, since
 * under a strict policy the browser's own pages (an image opened alone) log some.
 */
export const test = base.extend<object, { strictSite: StaticServer; nginxSite: StaticServer }>({
	strictSite: [
		async ({}, use) => {
			const rules = readHeadersFile(DIST);
			const server = await serveStatic(DIST, { base: BASE, headers: (p) => headersFor(rules, p) });
			await use(server);
			await server.close();
		},
		{ scope: 'worker' },
	],
	nginxSite: [
		async ({}, use) => {
			const server = await startNginx(DIST, BASE);
			await use(server);
			await server.close();
		},
		{ scope: 'worker' },
	],
	page: async ({ page }, use) => {
		await page.addInitScript(() => {
			const seen: string[] = [];
			Object.defineProperty(window, '__cspViolations', { value: seen });
			document.addEventListener('securitypolicyviolation', (e) => {
				seen.push(
					`${e.effectiveDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
				);
			});
		});
		await use(page);
	},
});

export { expect } from '@playwright/test';

/** The policy violations the page (or a frame) recorded since it loaded. */
export const violations = (page: Pick<Page, 'evaluate'>) =>
	page.evaluate(
		() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['no recorder'],
	);
