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
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AS_NOBODY, NGINX_PATH, servableDir, waitForPort } from './nginx';
import { freePort } from './ports';

export interface HostOptions {
	/** The build served first; `deploy()` swaps it while the server runs. */
	dist: string;
	/** The path the site is served under, "/" or "/mirror/explainer/". */
	base: string;
	/** `Cache-Control: max-age` on every response, in seconds (GitHub Pages sends 600). */
	maxAge?: number;
	/** Paths answered 404, as an nginx regular expression (e.g. `\.pf_\w+$`). */
	missing?: string;
	/** Paths sent slowly, as on a poor connection: an nginx regular expression and a rate. */
	slow?: { match: string; bytesPerSecond: number };
}

export interface LogLine {
	path: string;
	status: number;
}

/** A real nginx that can be deployed to, taken offline and brought back. */
export interface Host {
	/** The site's URL: origin + base. */
	url: string;
	/** Serves another build from now on, switched atomically (a deploy). */
	deploy(dist: string): void;
	/** Stops answering, as when the reader's connection drops; `start()` comes back on the same port. */
	stop(): Promise<void>;
	start(): Promise<void>;
	/** The requests answered since the last call, in order. */
	takeLog(): LogLine[];
	close(): Promise<void>;
}

/**
 * nginx as README tells hosts to run it (the build's `nginx-headers.conf` included), plus what
 * real hosts add: a max-age on everything, or files that are missing. Its access log lets a
 * test see exactly what the browser and the offline worker asked for.
 */
export async function startHost(options: HostOptions): Promise<Host> {
	if (!existsSync(NGINX_PATH))
		throw new Error(
			`nginx not found at ${NGINX_PATH}. Install Debian's nginx-light (apt-get install -y nginx-light) or set NGINX_PATH.`,
		);
	const { base } = options;
	const prefix = mkdtempSync(path.join(tmpdir(), 'nginx-host-'));
	const root = path.join(prefix, 'root');
	// The site's folder under root is a link; a deploy points it at another build.
	const site = path.join(root, ...base.split('/').filter(Boolean));
	const link = site === root ? path.join(prefix, 'site') : site;
	mkdirSync(path.dirname(link), { recursive: true });
	const port = await freePort();
	const log = path.join(prefix, 'error.log');
	const access = path.join(prefix, 'access.log');
	const missing = options.missing
		? `location ~ ${options.missing} {\n    error_page 404 ${base}404.html;\n    return 404;\n}`
		: '';
	// Set before a location is chosen, so it holds under every location the build's file has.
	const slow = options.slow
		? `if ($uri ~ ${options.slow.match}) {\n    set $limit_rate ${options.slow.bytesPerSecond};\n}`
		: '';
	writeFileSync(
		path.join(prefix, 'nginx.conf'),
		`worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${log} warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    log_format plain '$request_uri $status';
    access_log ${access} plain;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    open_file_cache off;
    server {
        listen 127.0.0.1:${port};
        absolute_redirect off;
        root ${site === root ? link : root};
        ${options.maxAge === undefined ? '' : `expires ${options.maxAge}s;`}
        ${missing}
        ${slow}
        include ${link}/nginx-headers.conf;
    }
}
`,
	);
	const deploy = (dist: string) => {
		const next = `${link}.next`;
		rmSync(next, { force: true });
		symlinkSync(servableDir(dist, prefix), next);
		// rename(2) over the old link: never a moment without a site.
		spawnSync('mv', ['-Tf', next, link]);
	};
	deploy(options.dist);
	const asRoot = process.getuid?.() === 0;
	if (asRoot) {
		chmodSync(prefix, 0o777);
		spawnSync('chown', ['-R', '-h', 'nobody', prefix]);
	}
	const args = ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', log];
	let child: ChildProcess | undefined;
	const start = async () => {
		child = asRoot
			? spawn('setpriv', [...AS_NOBODY, NGINX_PATH, ...args], {
					stdio: 'ignore',
				})
			: spawn(NGINX_PATH, args, { stdio: 'ignore' });
		await waitForPort(port, log);
	};
	const stop = async () => {
		const running = child;
		child = undefined;
		if (!running || running.exitCode !== null) return;
		const exited = new Promise((r) => running.once('exit', r));
		running.kill('SIGTERM');
		await exited;
	};
	await start();
	let taken = 0;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		deploy,
		start,
		stop,
		takeLog: () => {
			const lines = existsSync(access)
				? readFileSync(access, 'utf8').split('\n').filter(Boolean)
				: [];
			const fresh = lines.slice(taken);
			taken = lines.length;
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
