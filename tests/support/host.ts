import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Embeds on another origin: the site is served on 127.0.0.1, host pages on `localhost`, so
 * every message crosses origins as it would in a newsroom's article.
 */
export interface Host {
	url: string;
	/** Serves `html` at `path` on the host origin. */
	page(path: string, html: string): void;
	close(): Promise<void>;
}

export async function startHost(): Promise<Host> {
	const pages = new Map<string, string>();
	const server = http.createServer((req, res) => {
		const html = pages.get(req.url ?? '');
		res.statusCode = html ? 200 : 404;
		res.setHeader('Content-Type', 'text/html; charset=utf-8');
		res.end(html ?? 'not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://localhost:${port}`,
		page: (path, html) => pages.set(path, html),
		close: () =>
			new Promise((resolve) => {
				server.close(() => {
					resolve();
				});
			}),
	};
}
