import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readContent } from '../../src/content-io/read-content';
import { contentDir } from '../../src/content-io/collections';
import { headersFor, readHeadersFile } from '../support/headers';
import { serveStatic } from '../support/server';
import { startWordPress } from '../support/wordpress';
import { summarizeHeld } from '../support/adversarial';
import { freePort } from '../support/ports';

/** Where the site is built for this test: its own build, for the address it is served at. */
export const WORDPRESS_DIST = path.resolve('.wordpress');

/**
 * Builds the site for a loopback address (oEmbed, its discovery links and share tags are
 * absolute), serves it there with its `_headers` policy, starts a real WordPress and
 * publishes posts made of chart addresses. Tests read the addresses from the environment.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
		env: { ...process.env, SITE_URL: origin, BASE_PATH: '/', DIST_DIR: WORDPRESS_DIST },
		encoding: 'utf8',
		timeout: 300_000,
	});
	if (build.status !== 0)
		throw new Error(`build for the WordPress test failed:\n${build.stdout}\n${build.stderr}`);
	const rules = readHeadersFile(WORDPRESS_DIST);
	const site = await serveStatic(WORDPRESS_DIST, { port, headers: (p) => headersFor(rules, p) });
	// One post per chart page a journalist may paste: the map, the timeline, an actor.
	const story = readContent(contentDir()).story;
	const actor = story?.actors.find((a) =>
		story.relations.some((r) => r.data.source === a.id || r.data.target === a.id),
	);
	const charts = [
		`${origin}/network/`,
		`${origin}/timeline/`,
		`${origin}/actors/${actor?.id ?? ''}/`,
	];
	const wordpress = await startWordPress({ sitePort: port, charts });
	process.env['WORDPRESS_URL'] = wordpress.url;
	process.env['WORDPRESS_POSTS'] = JSON.stringify(wordpress.posts);
	process.env['WORDPRESS_SITE'] = origin;
	return async () => {
		await wordpress.close();
		await site.close();
		// The last suite of npm test: the count now covers every tier.
		console.log(`\n${summarizeHeld()}\n`);
	};
}
