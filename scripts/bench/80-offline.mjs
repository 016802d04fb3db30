// Offline: what a first visit costs with the offline worker allowed, against the same page
// with service workers blocked (budget: at most 1.5 times), at 1× and on the 50× story, and
// what saving a whole language edition downloads. Drives Debian's Chromium against a server
// that behaves like a plain static host (ETag and 304s, no Cache-Control).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { budget, buildSite, kb, sizes, table } from './lib.mjs';
import { serveDist, resolvePage } from './serve.mjs';
import { writeSyntheticStory } from './synthetic-story.mjs';

const PAGES = ['', 'explainers/*', 'actors/', 'actors/*', 'timeline/', 'network/', 'search/'];
/** Already compressed by Pagefind or by their format: sent as they are. */
const BINARY = /\.(?:pagefind|pf_\w+|png|wasm)$/;

/** Bytes on the wire for a file from a host that gzips text: min(raw, gzip -9). */
function wire(dist, pathname) {
	const rel = decodeURIComponent(pathname).replace(/^\//, '');
	const file = path.join(dist, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
	if (!existsSync(file)) return 0;
	const buffer = readFileSync(file);
	return BINARY.test(file) ? buffer.length : Math.min(buffer.length, sizes(buffer).gz);
}

/** A static host with ETags, recording each response: path, status, body bytes on the wire. */
async function host(dist) {
	const log = [];
	const server = await serveDist(dist, {
		etag: true,
		onResponse: (pathname, res) =>
			log.push({
				pathname,
				status: res.statusCode,
				bytes: res.statusCode === 200 ? wire(dist, pathname) : 0,
			}),
	});
	return { url: server.url, log, close: server.close };
}

/** Waits until the host has had no request for `quietMs`. */
async function settle(log, quietMs = 800) {
	let seen = -1;
	while (seen !== log.length) {
		seen = log.length;
		await new Promise((r) => setTimeout(r, quietMs));
	}
}

const total = (entries) => entries.reduce((sum, e) => sum + e.bytes, 0);

/** One page's first visit, with service workers blocked and allowed. */
async function firstVisit(browser, server, pathname) {
	const alone = await browser.newContext({ serviceWorkers: 'block' });
	await (await alone.newPage()).goto(server.url + pathname, { waitUntil: 'networkidle' });
	await settle(server.log);
	const page = server.log.splice(0);
	await alone.close();

	const context = await browser.newContext();
	const tab = await context.newPage();
	await tab.goto(server.url + pathname, { waitUntil: 'networkidle' });
	await tab.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
		// Done when the worker has kept the offline page, its last step.
		for (let i = 0; i < 200; i++) {
			const keys = await Promise.all(
				(await globalThis.caches.keys()).map(async (n) => (await globalThis.caches.open(n)).keys()),
			);
			if (keys.flat().some((r) => new URL(r.url).pathname.endsWith('/offline/'))) return;
			await new Promise((r) => setTimeout(r, 50));
		}
		throw new Error('the worker never kept the offline page');
	});
	await settle(server.log);
	const withWorker = server.log.splice(0);
	await context.close();
	return { page, withWorker };
}

export async function measure(label, dist) {
	const server = await host(dist);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const rows = [];
	let worst = { ratio: 0, page: '' };
	try {
		for (const pattern of PAGES) {
			const pathname = resolvePage(dist, pattern);
			if (pathname === undefined) continue;
			const { page, withWorker } = await firstVisit(browser, server, pathname);
			const ratio = total(withWorker) / total(page);
			if (ratio > worst.ratio) worst = { ratio, page: `/${pathname}` };
			const extra = withWorker.filter(
				(e) => !page.some((p) => p.pathname === e.pathname) || e.status === 304,
			);
			rows.push([
				`/${pathname}`,
				`${kb(total(page))} (${page.length})`,
				`${kb(total(withWorker))} (${withWorker.length})`,
				ratio.toFixed(2),
				extra
					.map((e) => `${path.basename(e.pathname) || '/'}${e.status === 304 ? ' 304' : ''}`)
					.join(' '),
			]);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	console.log(`\n  ${label}: bytes on the wire (requests)`);
	table(['first visit to', 'page alone', 'with the worker', 'ratio', 'added or revalidated'], rows);
	budget(
		`${label}, first visit with the worker, worst page (${worst.page})`,
		worst.ratio,
		1.5,
		(r) => `${r.toFixed(2)}× the page alone`,
	);
	for (const name of readdirSync(path.join(dist, 'offline')).filter((f) => f.endsWith('.json'))) {
		const manifest = JSON.parse(readFileSync(path.join(dist, 'offline', name), 'utf8'));
		const onWire = manifest.files.reduce((sum, [p]) => sum + wire(dist, `/${p}`), 0);
		console.log(
			`  ${label}, "Save this story" (${manifest.lang}): ${manifest.files.length} files, ${kb(manifest.bytes)} stored, ${kb(onWire)} on the wire from a host that gzips`,
		);
	}
}

export async function run(ctx) {
	console.log('## Offline (first visit with the worker; saving a whole edition)');
	await measure('1× story', ctx.dist);
	// The 50× build the scale section left, or a fresh one when that section did not run.
	let big = ctx.scale?.[50]?.dist;
	if (!big || !existsSync(path.join(big, 'sw.js'))) {
		big = path.resolve('.bench/synthetic-50/dist');
		const content = path.resolve('.bench/synthetic-50/content');
		writeSyntheticStory(content, 50);
		buildSite(big, { EXPLAINER_CONTENT_DIR: content });
	}
	await measure('50× story', big);
}
