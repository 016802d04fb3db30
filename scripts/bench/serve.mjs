// Serves a built folder over HTTP for the bench sections that drive a browser.
import { existsSync, readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

/**
 * Starts a static server on `dist` at the root, without ETags so every fetch is a full
 * transfer. `requested` lists every path asked for, in order. `resolve(pattern)` turns
 * "explainers/*" into the first matching page folder ("explainers/some-slug/"), or returns
 * undefined.
 */
export async function serveDist(dist) {
	const requested = [];
	const files = sirv(dist, { dev: false, etag: false, extensions: ['html'] });
	const server = http.createServer((req, res) => {
		requested.push(new URL(req.url ?? '/', 'http://host').pathname);
		files(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address();
	return {
		url: `http://127.0.0.1:${port}/`,
		requested,
		resolve(pattern) {
			if (!pattern.endsWith('*'))
				return existsSync(path.join(dist, pattern, 'index.html')) ? pattern : undefined;
			const folder = pattern.slice(0, -1);
			const first = existsSync(path.join(dist, folder))
				? readdirSync(path.join(dist, folder))
						.sort()
						.find((n) => existsSync(path.join(dist, folder, n, 'index.html')))
				: undefined;
			return first === undefined ? undefined : `${folder}${first}/`;
		},
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}
