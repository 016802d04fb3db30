import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	chmodSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Debian's nginx (apt-get install nginx-light), or NGINX_PATH. */
export const NGINX_PATH = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

export interface NginxOptions {
	/** The folder served, e.g. dist/. `deploy()` swaps it while the server runs. */
	root: string;
	/** The path the site is served under, "/" or "/mirror/explainer/". */
	base: string;
	/** `Cache-Control: max-age` for every file, in seconds, as GitHub Pages sends (600). */
	maxAge?: number;
	/** A regular expression (nginx syntax) of paths answered 404, e.g. `\.pf_\w+$`. */
	missing?: string;
}

export interface LogLine {
	path: string;
	status: number;
}

export interface Nginx {
	/** The site's URL: origin + base. */
	url: string;
	/** Serves another folder from now on (a deploy), atomically. */
	deploy(root: string): void;
	/** Stops answering (the reader goes offline); `start()` comes back on the same port. */
	stop(): Promise<void>;
	start(): Promise<void>;
	/** Requests answered since the last call, in order. */
	takeLog(): LogLine[];
	close(): Promise<void>;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => {
				resolve(port);
			});
		});
	});
}

async function waitForPort(port: number, up: boolean): Promise<void> {
	for (let i = 0; i < 200; i++) {
		const open = await new Promise<boolean>((resolve) => {
			const socket = net.connect(port, '127.0.0.1');
			socket.once('connect', () => {
				socket.destroy();
				resolve(true);
			});
			socket.once('error', () => {
				resolve(false);
			});
		});
		if (open === up) return;
		await new Promise((r) => setTimeout(r, 25));
	}
	throw new Error(`nginx: port ${port} did not ${up ? 'open' : 'close'}`);
}

/**
 * A real nginx serving a built site unprivileged on a random port, the way a plain static
 * host does (ETag, Last-Modified, 404.html for misses, a trailing-slash redirect for folders),
 * optionally with a max-age or with some files missing.
 */
export async function startNginx(options: NginxOptions): Promise<Nginx> {
	if (!existsSync(NGINX_PATH))
		throw new Error(
			`nginx not found at ${NGINX_PATH}. Install Debian's nginx-light (apt-get install -y nginx-light) or set NGINX_PATH.`,
		);
	const prefix = mkdtempSync(path.join(tmpdir(), 'nginx-'));
	// nginx's worker drops root's rights: it must be able to walk to the site through here.
	chmodSync(prefix, 0o755);
	for (const dir of ['temp', 'logs']) mkdirSync(path.join(prefix, dir));
	const current = path.join(prefix, 'current');
	const port = await freePort();
	const base = options.base;
	const headers =
		options.maxAge === undefined
			? ''
			: `add_header Cache-Control "max-age=${options.maxAge}" always;`;
	const missing = options.missing ? `location ~ ${options.missing} { return 404; }` : '';
	writeFileSync(
		path.join(prefix, 'nginx.conf'),
		`daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 64; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	types { application/json json; }
	log_format plain '$request_uri $status';
	access_log ${prefix}/logs/access.log plain;
	client_body_temp_path ${prefix}/temp/body;
	proxy_temp_path ${prefix}/temp/proxy;
	fastcgi_temp_path ${prefix}/temp/fastcgi;
	uwsgi_temp_path ${prefix}/temp/uwsgi;
	scgi_temp_path ${prefix}/temp/scgi;
	open_file_cache off;
	server {
		listen 127.0.0.1:${port};
		absolute_redirect off;
		error_page 404 ${base}404.html;
		${missing}
		location ${base} {
			alias ${current}/;
			${headers}
		}
	}
}
`,
	);
	let child: ChildProcess | undefined;
	let logged = 0;
	const deploy = (root: string) => {
		const next = `${current}.next`;
		rmSync(next, { force: true });
		symlinkSync(path.resolve(root), next);
		// rename(2) over the old link: no moment without a site.
		spawnSync('mv', ['-Tf', next, current]);
	};
	const start = async () => {
		child = spawn(NGINX_PATH, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], {
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		await waitForPort(port, true);
	};
	const stop = async () => {
		const running = child;
		child = undefined;
		if (!running || running.exitCode !== null) return;
		const exited = new Promise((r) => running.once('exit', r));
		running.kill('SIGTERM');
		await exited;
		await waitForPort(port, false);
	};
	deploy(options.root);
	await start();
	return {
		url: `http://127.0.0.1:${port}${base}`,
		deploy,
		start,
		stop,
		takeLog: () => {
			const file = path.join(prefix, 'logs', 'access.log');
			const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
			const fresh = lines.slice(logged);
			logged = lines.length;
			return fresh.map((line) => {
				const [uri = '', status = '0'] = line.split(' ');
				return { path: uri.split('?')[0] ?? '', status: Number(status) };
			});
		},
		close: async () => {
			await stop();
			rmSync(prefix, { recursive: true, force: true });
		},
	};
}
