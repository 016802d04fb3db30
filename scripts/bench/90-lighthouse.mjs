// Lighthouse scores (performance, accessibility, best practices, SEO) for one page of each
// type, run offline against the bench build served locally, with Debian's Chromium. Served
// gzip-compressed, as a reader gets the site from any real host (nginx's `gzip on`, GitHub
// Pages, Netlify): Lighthouse's simulated network otherwise times every page at its raw size,
// and flags the missing compression itself.
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { serveDist } from './serve.mjs';
import { table } from './lib.mjs';

const PORT = 9333;

/** Page types to score: the first existing page of each, relative to the site root. */
const PAGES = [
	['home', ''],
	['explainer', 'explainers/*'],
	['map', 'network/'],
	['timeline', 'timeline/'],
	['embed', 'embed/network/'],
];

export async function run({ dist }) {
	console.log(
		'## Lighthouse (mobile emulation, simulated throttling, served with gzip; scores out of 100)',
	);
	const server = await serveDist(dist, { gzip: true });
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [`--remote-debugging-port=${PORT}`, ...CHROMIUM_ARGS],
	});
	const rows = [];
	try {
		for (const [label, pattern] of PAGES) {
			const pathname = server.resolve(pattern);
			if (pathname === undefined) {
				rows.push([label, '(no such page in this build)', '', '', '']);
				continue;
			}
			const result = await lighthouse(server.url + pathname, {
				port: PORT,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const c = result?.lhr.categories ?? {};
			const score = (k) => (c[k]?.score == null ? 'n/a' : String(Math.round(c[k].score * 100)));
			rows.push([
				`${label} (/${pathname})`,
				score('performance'),
				score('accessibility'),
				score('best-practices'),
				score('seo'),
			]);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	table(['page', 'perf', 'a11y', 'best practices', 'SEO'], rows);
	console.log(
		'  Embed pages score lower on SEO on purpose: they are `noindex` (parts of other sites\u2019 articles,\n' +
			'  not pages to list) and carry a canonical link to their full page, which search engines list instead.',
	);
	console.log(
		`  (report files are not kept; rerun a page with npx lighthouse <url> --chrome-flags="--headless" for details)`,
	);
}
