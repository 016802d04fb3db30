// Helpers shared by the bench sections: building, sizes, budgets, table printing.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { astroBuildArgs, astroBuildEnv } from '../build-options.mjs';

/** Raw and gzip -9 sizes of a buffer or string, in bytes. */
export function sizes(content) {
	const buf = Buffer.isBuffer(content) ? content : Buffer.from(content);
	return { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
}

/** Bytes as "12.3 KB" (1 KB = 1,000 bytes, like the budgets in PRODUCT.md). */
export function kb(bytes) {
	return `${(bytes / 1000).toFixed(1)} KB`;
}

/** A budget line: label, measured value, limit, and whether it is within. */
export function budget(label, value, limit, format = kb) {
	const ok = value <= limit;
	console.log(
		`  ${ok ? 'within' : 'OVER  '}  ${label}: ${format(value)} (budget ${format(limit)})`,
	);
	return ok;
}

/** Prints rows as an aligned table. */
export function table(header, rows) {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
	const line = (cells) =>
		'  ' +
		cells
			.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
			.join('  ');
	console.log(line(header));
	for (const r of rows) console.log(line(r));
}

/**
 * Runs `astro build` then the search indexer into `dist`, with extra environment, and
 * returns wall time, CPU time and peak memory (max RSS of the largest process, from GNU time).
 */
export function buildSite(dist, env = {}) {
	rmSync(dist, { recursive: true, force: true });
	const base = { ...process.env, DIST_DIR: dist, ...env };
	const run = (args, runEnv) => {
		const started = performance.now();
		const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], {
			env: runEnv,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		const ms = performance.now() - started;
		if (result.status !== 0) {
			console.error(result.stdout, result.stderr);
			throw new Error(`bench: ${args.join(' ')} failed`);
		}
		const [kib, user, system] = (result.stderr.trim().split('\n').pop() ?? '')
			.split(' ')
			.map(Number);
		return { ms, maxRssMb: kib / 1024, cpuS: user + system, log: result.stdout };
	};
	const astro = run(astroBuildArgs(), astroBuildEnv(base));
	const index = run(['scripts/index-search.mjs'], base);
	return {
		ms: astro.ms + index.ms,
		/** CPU time of both steps (user + system, every thread): steadier than wall time on a loaded machine. */
		cpuS: astro.cpuS + index.cpuS,
		astroMs: astro.ms,
		indexMs: index.ms,
		maxRssMb: Math.max(astro.maxRssMb, index.maxRssMb),
		astroRssMb: astro.maxRssMb,
		indexRssMb: index.maxRssMb,
		log: astro.log,
	};
}

/**
 * Per-page render times from Astro's build log ("├─ /page/index.html (+12ms)"), in ms: the
 * mean and median over every page the build rendered, how many, and the total, count and times per
 * kind of page (a page's path with its own folder as `*`: every actor page is one kind).
 */
export function pageRenderTimes(log) {
	const entries = [...log.matchAll(/├─ (\S+) \(\+(\d+(?:\.\d+)?)ms\)/g)].map((m) => ({
		page: m[1] ?? '',
		ms: Number(m[2]),
	}));
	const times = entries.map((e) => e.ms);
	const mean = times.reduce((a, b) => a + b, 0) / Math.max(times.length, 1);
	const kinds = new Map();
	for (const { page, ms } of entries) {
		const parts = page.split('/').filter(Boolean);
		const kind = parts.length >= 3 ? [...parts.slice(0, -2), '*', parts.at(-1)].join('/') : page;
		const known = kinds.get(kind) ?? { pages: 0, ms: 0, times: [] };
		known.pages++;
		known.ms += ms;
		known.times.push(ms);
		kinds.set(kind, known);
	}
	return { pages: times.length, mean, median: median(times), kinds };
}

/**
 * The per-page render time of a bigger build with the page mix of a smaller one, over the
 * kinds of page there are more of in the bigger story (an actor's page, an explainer, an
 * actor's embed): each kind at its median time, weighted by how many pages of that kind
 * `small` has. The mix keeps a story with more actor pages (cheap ones) from counting as
 * faster for that alone; the median keeps the first pages of a kind, which pay for loading
 * and compiling its code, from counting as slower in the smaller build. Means are given too.
 * Apart, the total time of the kinds there are as many of in both (the home page, the map
 * and its embed, the data files), each of which covers the whole story, so its work grows
 * with the story by nature. Kinds only one build has are left out.
 */
export function sameMixRender(small, big) {
	const mix = { pages: 0, small: 0, big: 0, smallMean: 0, bigMean: 0 };
	let whole = { pages: 0, small: 0, big: 0 };
	for (const [kind, { pages: n, ms, times }] of small.kinds) {
		const other = big.kinds.get(kind);
		if (!other) continue;
		if (other.pages <= n) {
			whole = { pages: whole.pages + n, small: whole.small + ms, big: whole.big + other.ms };
			continue;
		}
		mix.pages += n;
		mix.small += n * median(times);
		mix.big += n * median(other.times);
		mix.smallMean += ms;
		mix.bigMean += n * (other.ms / other.pages);
	}
	const per = (x) => x / Math.max(mix.pages, 1);
	return {
		pages: mix.pages,
		small: per(mix.small),
		big: per(mix.big),
		smallMean: per(mix.smallMean),
		bigMean: per(mix.bigMean),
		whole,
	};
}

/** The chart-downloads cache line of a build log: files read back and files drawn. */
export function chartCache(log) {
	const m =
		/downloads for (\d+) chart\(s\): (\d+) from the cache \(content unchanged\), (\d+) drawn/.exec(
			log,
		);
	return m ? { charts: Number(m[1]), hits: Number(m[2]), drawn: Number(m[3]) } : undefined;
}

/** A ratio line against a limit, marked within or over: "0.91× (limit 1.3×)". */
export function ratio(label, value, limit, detail = '') {
	const ok = value <= limit;
	console.log(
		`  ${ok ? 'within' : 'OVER  '}  ${label}: ${value.toFixed(2)}× (limit ${limit}×)${detail ? `; ${detail}` : ''}`,
	);
	return ok;
}

/** Every built HTML page under dist (excluding the search index), as paths relative to it. */
export function htmlPages(dist, dir = dist) {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlPages(dist, full);
		return name.endsWith('.html') ? [path.relative(dist, full)] : [];
	});
}

/**
 * What a browser fetches for a page before any interaction: the HTML, its stylesheets, its
 * scripts and their static imports. Returns sizes per type. Inline scripts and styles count
 * in the HTML.
 */
export function pageWeight(dist, page, base = '/') {
	const html = readFileSync(path.join(dist, page), 'utf8');
	const local = (url) => path.join(dist, url.replace(new RegExp(`^${base}`), ''));
	const css = new Set();
	const js = new Set();
	// Pages may load their files by relative paths ("../_astro/…"): resolve against the page.
	const abs = (url) => new URL(url, `http://x${base}${page}`).pathname;
	for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g))
		css.add(abs(m[1]));
	for (const m of html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g))
		css.add(abs(m[1]));
	for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) js.add(abs(m[1]));
	for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g))
		js.add(abs(m[1]));
	// Static imports inside module scripts (inline or external) pull more chunks.
	const queue = [
		...js,
		...[...html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => ({
			inline: m[1],
		})),
	];
	while (queue.length) {
		const item = queue.shift();
		const code = typeof item === 'string' ? readFileSync(local(item), 'utf8') : item.inline;
		const from = typeof item === 'string' ? item : `${base}${page}`;
		for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
			const url = new URL(m[1], `http://x${from}`).pathname;
			if (!js.has(url)) {
				js.add(url);
				queue.push(url);
			}
		}
	}
	const sum = (urls) =>
		[...urls].reduce(
			(acc, url) => {
				const s = sizes(readFileSync(local(url)));
				return { raw: acc.raw + s.raw, gz: acc.gz + s.gz };
			},
			{ raw: 0, gz: 0 },
		);
	const h = sizes(html);
	const c = sum(css);
	const j = sum(js);
	return { html: h, css: c, js: j, total: { raw: h.raw + c.raw + j.raw, gz: h.gz + c.gz + j.gz } };
}

/** Median wall time of `runs` calls, in ms, and the last result. */
export function medianTime(fn, runs) {
	const times = [];
	let result;
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		result = fn();
		times.push(performance.now() - started);
	}
	return { ms: median(times), result };
}

/** The median of a list of numbers (the upper one of the middle two); NaN for none. */
export function median(xs) {
	return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
}
