import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
	/** The origin, e.g. http://127.0.0.1:43121 */
	origin: string;
	/** The URL of the site root (origin + base path). */
	url: string;
	close(): Promise<void>;
}

export interface ServeOptions {
	/** Serve the folder under this path prefix, e.g. "/mirror/" (default "/"). */
	base?: string;
	/** Extra response headers for every request (e.g. a Content-Security-Policy). */
	headers?: (pathname: string) => Record<string, string>;
	port?: number;
	host?: string;
}

/**
 * Serves a built folder like a plain static host: no SPA fallback, 404.html for misses.
 * Used by the browser tests and the bench.
 */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
	const base = options.base ?? '/';
	const files = sirv(dir, { dev: false, etag: true, dotfiles: false, extensions: ['html'] });
	const notFound = sirv(dir, { dev: false });
	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		for (const [k, v] of Object.entries(options.headers?.(url.pathname) ?? {})) res.setHeader(k, v);
		if (!url.pathname.startsWith(base)) {
			res.statusCode = 404;
			res.end('Not found');
			return;
		}
		req.url = '/' + (req.url ?? '/').slice(base.length);
		files(req, res, () => {
			res.statusCode = 404;
			req.url = '/404.html';
			notFound(req, res, () => {
				res.end('Not found');
			});
		});
	});
	const host = options.host ?? '127.0.0.1';
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://${host}:${port}`;
	return {
		origin,
		url: origin + base,
		close: () =>
			new Promise((resolve) => {
				server.close(() => {
					resolve();
				});
				// Browsers keep connections open; close() would wait for them.
				server.closeAllConnections();
			}),
	};
}
