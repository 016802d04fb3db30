// The relationship map at scale, in Chromium, beside a plain full-d3 force graph of the same
// actors and ties (scripts/bench/peers/d3-graph.html): a zoom step and a hover, each timed
// from the input event to the next frame, on the 50× story (800 actors); the map page's
// weight at 50×; first paint at 1×; and d3-zoom's bytes against the hand-written zoom.
// Needs the builds of the scale section (70-scale.mjs) in ctx.scale.
// Functions passed to page.evaluate run in the browser, with its globals:
/* global window, document, addEventListener, requestAnimationFrame, MutationObserver */
import './ts-resolve.mjs';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { budget, kb, median, ratio, sizes } from './lib.mjs';
import { serveDist } from './serve.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const STEPS = 12;

/** Writes the d3 peer into `dir`: its page, full d3 and the story's graph. */
function writePeer(dir, graph) {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	copyFileSync(path.join(here, 'peers/d3-graph.html'), path.join(dir, 'index.html'));
	copyFileSync(
		path.join(path.dirname(require.resolve('d3')), 'd3.min.js'),
		path.join(dir, 'd3.min.js'),
	);
	writeFileSync(path.join(dir, 'graph.js'), `window.GRAPH = ${JSON.stringify(graph)};`);
}

/** The story's actors and ties from its YAML files, as the peer reads them. */
async function readGraph(contentDir) {
	const { readContent } = await import('../../src/content-io/read-content.ts');
	const { story } = readContent(contentDir);
	return {
		nodes: story.actors.map((a) => ({ id: a.id, name: a.data.name, kind: a.data.kind })),
		links: story.relations.map((r) => ({ source: r.data.source, target: r.data.target })),
	};
}

/**
 * In the page: records, for each input event of `type`, the time from the event to the next
 * frame (a task posted from requestAnimationFrame runs after that frame is produced).
 */
function listen(page, type) {
	return page.evaluate((t) => {
		window.__lat = [];
		addEventListener(
			t,
			(e) => {
				const at = e.timeStamp;
				requestAnimationFrame(() => {
					const ch = new MessageChannel();
					ch.port1.onmessage = () => window.__lat.push(performance.now() - at);
					ch.port2.postMessage(0);
				});
			},
			{ capture: true, passive: true },
		);
	}, type);
}
const latencies = (page) => page.evaluate(() => window.__lat.splice(0));

/**
 * Before the page's scripts: notes when each timer callback starts, so that a redraw a timer
 * runs (ours, once a zoom gesture pauses) is timed from its start, its own script included.
 */
function noteTimers(page) {
	return page.addInitScript(() => {
		const set = window.setTimeout;
		window.setTimeout = (fn, ms, ...rest) =>
			set(
				typeof fn === 'function'
					? (...args) => {
							window.__timerAt = performance.now();
							fn(...args);
						}
					: fn,
				ms,
				...rest,
			);
	});
}

/** In the page: for each change of the map's zoom drawn by a timer, the time to the next frame. */
function listenRedraws(page, selector) {
	return page.evaluate((sel) => {
		window.__redraw = [];
		const viewport = document.querySelector(sel);
		if (!viewport) return;
		new MutationObserver(() => {
			const at = window.__timerAt;
			if (at === undefined) return;
			window.__timerAt = undefined;
			requestAnimationFrame(() => {
				const ch = new MessageChannel();
				ch.port1.onmessage = () => window.__redraw.push(performance.now() - at);
				ch.port2.postMessage(0);
			});
		}).observe(viewport, { attributes: true, attributeFilter: ['transform'] });
	}, selector);
}

/** Zoom (Ctrl + wheel, which both zoom on) and hover latencies on a page, `steps` of each. */
async function measure(browser, url, { ready, canvas, node, viewport }, steps = STEPS) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	try {
		if (viewport) await noteTimers(page);
		await page.goto(url);
		await page.waitForSelector(ready);
		await page.locator(canvas).first().scrollIntoViewIfNeeded();
		const box = await page.locator(canvas).first().boundingBox();
		const cx = box.x + box.width / 2;
		const cy = box.y + box.height / 2;
		await page.waitForTimeout(500);
		await listen(page, 'wheel');
		if (viewport) await listenRedraws(page, viewport);
		// The pointer settles over the map before the gesture, as a reader's does: otherwise the
		// frame the first step is timed to also carries the hover the pointer's arrival set off.
		await page.mouse.move(cx, cy);
		await page.waitForTimeout(300);
		await page.keyboard.down('Control');
		const zoom = [];
		// Gestures of two steps, in then out: the steps of a gesture come 40 ms apart, as a
		// spun wheel or a trackpad pinch sends them, and a gesture ends with a pause long
		// enough for ours to draw the map at its new zoom.
		for (let i = 0; i < steps; i++) {
			await page.mouse.wheel(0, i % 4 < 2 ? -100 : 100);
			await page.waitForTimeout(i % 2 === 0 ? 40 : 500);
			zoom.push(...(await latencies(page)));
		}
		await page.keyboard.up('Control');
		await page.waitForTimeout(300);
		const redraw = viewport ? await page.evaluate(() => window.__redraw.splice(0)) : [];
		// Hover: from empty space onto a node in view, one move each.
		const targets = await page.locator(node).evaluateAll(
			(els, b) =>
				els
					.map((e) => e.getBoundingClientRect())
					.map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 }))
					.filter(
						(p) =>
							p.x > b.x + 20 &&
							p.x < b.x + b.width - 20 &&
							p.y > b.y + 20 &&
							p.y < b.y + b.height - 20,
					)
					.slice(0, 40),
			box,
		);
		await listen(page, 'pointerover');
		const hover = [];
		for (const p of targets.filter((_, i) => i % 3 === 0).slice(0, steps)) {
			await page.mouse.move(box.x + 2, box.y + box.height + 40);
			await page.waitForTimeout(120);
			await latencies(page);
			await page.mouse.move(p.x, p.y);
			await page.waitForTimeout(150);
			const lat = await latencies(page);
			if (lat.length) hover.push(Math.max(...lat));
		}
		return { zoom, hover, redraw };
	} finally {
		await page.close();
	}
}

/**
 * First paint of the map: the page's first contentful paint, the moment its first frame with
 * content is shown. Ours has the map in the HTML, so that frame shows it. The peer draws its map
 * with a script placed ahead of everything else on its page (peers/d3-graph.html), so its first
 * frame with content is the one that shows the map too. The peer's `drawnMark`, set as the
 * frame with its map begins, must come before that paint: runs where it does not are counted,
 * as the figure would not then be the map's.
 */
async function firstPaint(browser, url, drawnMark) {
	const runs = [];
	let early = 0;
	for (let i = 0; i < 5; i++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForTimeout(300);
		const { fcp, drawn } = await page.evaluate((mark) => {
			const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
			const at = mark ? (performance.getEntriesByName(mark)[0]?.startTime ?? NaN) : -Infinity;
			return { fcp: paint, drawn: at };
		}, drawnMark);
		if (!(drawn <= fcp)) early++;
		runs.push(fcp);
		await context.close();
	}
	return { ms: median(runs), early };
}

/** Minified, gzipped bytes of a bundle of `code` (an entry module's text), tree-shaken. */
async function bundleGz(code, resolveDir) {
	const result = await build({
		stdin: { contents: code, resolveDir, loader: 'ts' },
		bundle: true,
		minify: true,
		format: 'esm',
		write: false,
		logLevel: 'silent',
	});
	return sizes(result.outputFiles[0].contents).gz;
}

export async function run(ctx) {
	console.log('## The map at scale, beside a plain d3 force graph');
	if (!ctx.scale) {
		// The builds a scale section left earlier, when there are some.
		const left = (scale) => ({
			content: path.resolve(`.bench/synthetic-${scale}/content`),
			dist: path.resolve(`.bench/synthetic-${scale}/dist`),
			counts: { actors: 16 * scale },
		});
		if (![1, 50].every((s) => existsSync(path.join(left(s).dist, 'network/index.html')))) {
			console.log('  (needs the scale section: npm run bench -- scale map-scale)');
			return;
		}
		console.log('  (on the 1× and 50× builds a scale section left in .bench/)');
		ctx.scale = { 1: left(1), 50: left(50) };
	}
	const root = process.cwd();

	console.log('\n  Zoom: d3-zoom against the hand-written zoom (minified, gzip -9)');
	const d3zoom = await bundleGz(
		"import { zoom } from 'd3'; import { select } from 'd3'; select(document.body).call(zoom());",
		root,
	);
	const own = await bundleGz(
		"export * from './src/lib/network/zoom.ts'; export * from './src/lib/network/nav.ts';",
		root,
	);
	const chart = await bundleGz("import './src/scripts/network-chart.ts';", root);
	console.log(
		`  d3-zoom + d3-selection (what zoom() needs, tree-shaken): ${kb(d3zoom)}; the hand-written zoom maths (lib/network/zoom.ts, nav.ts): ${kb(own)}; the whole map script with its own wheel, pinch, drag and keys: ${kb(chart)}`,
	);
	budget('map script with d3-zoom added (15 KB budget)', chart + d3zoom - own, 15_000);
	budget('map script as kept, hand-written zoom', chart, 15_000);

	const fifty = ctx.scale[50];
	const one = ctx.scale[1];
	const peer50 = path.resolve('.bench/peer-50');
	const peer1 = path.resolve('.bench/peer-1');
	for (const [dir, scale] of [
		[peer50, fifty],
		[peer1, one],
	]) {
		writePeer(dir, await readGraph(scale.content));
	}

	const html = readFileSync(path.join(fifty.dist, 'network/index.html'));
	console.log(`\n  The map page at 50× (${fifty.counts.actors} actors)`);
	budget('/network/ HTML at 50×, gzip', sizes(html).gz, 200_000);

	if (!existsSync(CHROMIUM_PATH)) {
		console.log('  (no Chromium: browser timings skipped)');
		return;
	}
	const { chromium } = await import('@playwright/test');
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const servers = [];
	const serve = async (dir) => {
		const s = await serveDist(dir);
		servers.push(s);
		return s.url;
	};
	try {
		// Interleaved, a third of the steps at a time, so a load that comes and goes on a
		// shared machine falls on both alike.
		const oursUrl = `${await serve(fifty.dist)}network/`;
		const peerUrl = `${await serve(peer50)}index.html`;
		const ours = { zoom: [], hover: [], redraw: [] };
		const peer = { zoom: [], hover: [], redraw: [] };
		for (let round = 0; round < 3; round++) {
			const o = await measure(
				browser,
				oursUrl,
				{
					ready: 'network-chart[data-enhanced]',
					canvas: 'network-chart .network__canvas',
					node: 'network-chart [data-network-nodes] [data-node] .network__shape',
					viewport: 'network-chart [data-network-viewport]',
				},
				STEPS / 3,
			);
			const p = await measure(
				browser,
				peerUrl,
				{ ready: '#chart svg', canvas: '#chart svg', node: '#chart .node circle' },
				STEPS / 3,
			);
			for (const [into, from] of [
				[ours, o],
				[peer, p],
			]) {
				into.zoom.push(...from.zoom);
				into.hover.push(...from.hover);
				into.redraw.push(...from.redraw);
			}
		}
		const line = (label, o, p) => {
			budget(
				`${label}, median of ${o.length} (worst ${Math.max(...o).toFixed(0)} ms); d3 peer ${median(p).toFixed(0)} ms (worst ${Math.max(...p).toFixed(0)} ms)`,
				median(o),
				33,
				(v) => `${v.toFixed(0)} ms`,
			);
		};
		console.log(
			`\n  To the next frame, 50× story, 1280 px (Chromium), interleaved with the peer; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
		);
		line('zoom step (Ctrl + wheel)', ours.zoom, peer.zoom);
		// Ours moves the drawing as it is during a gesture and draws the map again once the
		// gesture pauses; the peer draws at every step, so its steps are its redraws.
		line(
			`the map drawn again once a zoom gesture pauses (${ours.redraw.length} pauses)`,
			ours.redraw,
			peer.zoom,
		);
		line('hover onto an actor', ours.hover, peer.hover);
		budget('worst zoom step', Math.max(...ours.zoom), 33, (v) => `${v.toFixed(0)} ms`);
		budget('worst hover', Math.max(...ours.hover), 33, (v) => `${v.toFixed(0)} ms`);

		const paintOurs = await firstPaint(browser, `${await serve(one.dist)}network/`);
		const paintPeer = await firstPaint(browser, `${await serve(peer1)}index.html`, 'map-drawn');
		console.log('');
		ratio(
			'first paint of the map at 1×, against the d3 peer (first contentful paint of each)',
			paintOurs.ms / paintPeer.ms,
			1.3,
			`${paintOurs.ms.toFixed(0)} ms vs ${paintPeer.ms.toFixed(0)} ms (median of 5)${paintPeer.early ? `; in ${paintPeer.early} of 5 runs the peer painted before its map was drawn, so its figure is too early` : ''}`,
		);
	} finally {
		await browser.close();
		for (const s of servers) await s.close();
	}
}
