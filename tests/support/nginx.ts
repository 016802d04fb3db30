import { spawn, spawnSync } from 'node:child_process';
import {
	chmodSync,
	cpSync,
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
import { freePort, listening } from './ports';
import type { StaticServer } from './server';

/** Debian's nginx (`apt-get install nginx-light`; .ci/run installs it). NGINX_PATH overrides. */
export const NGINX_PATH = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';

/** Resolves once something listens on `port`; fails with nginx's error log after the timeout. */
export async function waitForPort(port: number, log: string, timeoutMs = 10_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		if (await listening(port)) return;
		if (Date.now() > until)
			throw new Error(
				`nginx did not listen on ${port}: ${existsSync(log) ? readFileSync(log, 'utf8') : ''}`,
			);
		await new Promise((r) => setTimeout(r, 50));
	}
}

/** The unprivileged user nginx runs as when the tests run as root (CI), as a setpriv prefix. */
export const AS_NOBODY = ['--reuid=nobody', '--regid=nogroup', '--clear-groups'];

/**
 * A folder nginx can serve `dir` from. Started as root, nginx runs as `nobody`, which cannot
 * reach a build inside a checkout that only root may enter (a `mktemp -d` clone is 0700): then
 * the build is copied into `prefix` (a temporary folder nobody can read). Otherwise `dir`.
 */
export function servableDir(dir: string, prefix: string): string {
	if (process.getuid?.() !== 0) return path.resolve(dir);
	const probe = spawnSync('setpriv', [...AS_NOBODY, 'test', '-r', path.join(dir, 'index.html')]);
	if (probe.status === 0) return path.resolve(dir);
	const copy = mkdtempSync(path.join(prefix, 'copy-'));
	chmodSync(copy, 0o755);
	cpSync(dir, copy, { recursive: true });
	return copy;
}

/**
 * Serves a built site with a real nginx, the way the README tells hosts to: a `server` block
 * whose root maps the site's base to the build, including the `nginx-headers.conf` the build
 * wrote. Unprivileged, on a free high port on loopback, with its files in a temporary prefix
 * (`-p`). Started as root (CI), it drops to `nobody` first. A missing nginx is an error.
 */
export async function startNginx(dist: string, base: string): Promise<StaticServer> {
	if (!existsSync(NGINX_PATH))
		throw new Error(
			`nginx not found at ${NGINX_PATH}. Install Debian's nginx-light (apt-get install -y nginx-light) or set NGINX_PATH.`,
		);
	const prefix = mkdtempSync(path.join(tmpdir(), 'nginx-'));
	// The root holds the base path as folders, ending in a link to the build.
	const root = path.join(prefix, 'root');
	const site = path.join(root, ...base.split('/').filter(Boolean));
	mkdirSync(path.dirname(site), { recursive: true });
	const served = servableDir(dist, prefix);
	symlinkSync(served, site);
	const port = await freePort();
	const log = path.join(prefix, 'error.log');
	writeFileSync(
		path.join(prefix, 'nginx.conf'),
		`worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${log} warn;
events { worker_connections 64; }
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    server {
        listen 127.0.0.1:${port};
        root ${root};
        include ${path.join(served, 'nginx-headers.conf')};
    }
}
`,
	);
	const asRoot = process.getuid?.() === 0;
	if (asRoot) {
		chmodSync(prefix, 0o777);
		spawnSync('chown', ['-R', 'nobody', prefix]);
	}
	const args = ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', log];
	const child = asRoot
		? spawn('setpriv', [...AS_NOBODY, NGINX_PATH, ...args], {
				stdio: 'ignore',
			})
		: spawn(NGINX_PATH, args, { stdio: 'ignore' });
	await waitForPort(port, log);
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		url: origin + base,
		close: () =>
			new Promise((resolve) => {
				child.once('exit', () => {
					rmSync(prefix, { recursive: true, force: true });
					resolve();
				});
				child.kill('SIGQUIT');
			}),
	};
}
