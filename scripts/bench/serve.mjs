// Serves a built folder over HTTP for the bench sections that drive a browser.
import { existsSync, readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/** "explainers/*" → the first page folder under explainers/ ("explainers/some-slug/"), or undefined. */
export function resolvePage(dist, pattern) {
	if (!pattern.endsWith('*'))
		return existsSync(path.join(dist, pattern, 'index.html')) ? pattern : undefined;
	const folder = pattern.slice(0, -1);
	const first = existsSync(path.join(dist, folder))
		? readdirSync(path.join(dist, folder))
				.sort()
				.find((n) => existsSync(path.join(dist, folder, n, 'index.html')))
		: undefined;
	return first === undefined ? undefined : `${folder}${first}/`;
}

/**
 * Starts a static server on `dist` at the root. By default without ETags, so every fetch is a
 * full transfer; `etag: true` behaves like a plain static host (304s). `requested` lists every
 * path asked for, in order; `onResponse(pathname, res)` runs when each response has been sent.
 * `resolve(pattern)` is resolvePage on this folder. `gzip: true` compresses text responses
 * for clients that accept it, as the hosts in README.md do (nginx's `gzip on`); by default
 * every file goes as it is on disk.
 */
export async function serveDist(dist, { etag = false, gzip = false, onResponse } = {}) {
	const requested = [];
	const files = sirv(dist, { dev: false, etag, extensions: ['html'] });
	const compress = gzip ? compression({ threshold: 0 }) : undefined;
	const server = http.createServer((req, res) => {
		const pathname = new URL(req.url ?? '/', 'http://host').pathname;
		requested.push(pathname);
		if (onResponse) res.on('finish', () => onResponse(pathname, res));
		const serve = () =>
			files(req, res, () => {
				res.statusCode = 404;
				res.end('Not found');
			});
		if (compress) compress(req, res, serve);
		else serve();
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address();
	return {
		url: `http://127.0.0.1:${port}/`,
		requested,
		resolve: (pattern) => resolvePage(dist, pattern),
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}
