import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Embeds on another origin: the site is served on 127.0.0.1, host pages on `localhost`, so
 * every message crosses origins as it would in a newsroom's article.
 */
export interface Host {
	url: string;
	/** Serves `body` at `path` on the host origin, as HTML unless `type` says otherwise. */
	page(path: string, body: string, type?: string): void;
	close(): Promise<void>;
}

export async function startHost(): Promise<Host> {
	const pages = new Map<string, { body: string; type: string }>();
	const server = http.createServer((req, res) => {
		const page = pages.get(req.url ?? '');
		res.statusCode = page ? 200 : 404;
		res.setHeader('Content-Type', page?.type ?? 'text/html; charset=utf-8');
		res.end(page?.body ?? 'not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://localhost:${port}`,
		page: (path, body, type = 'text/html; charset=utf-8') => pages.set(path, { body, type }),
		close: () =>
			new Promise((resolve) => {
				server.close(() => {
					resolve();
				});
			}),
	};
}
