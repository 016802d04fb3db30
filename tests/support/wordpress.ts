import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	chmodSync,
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, listening } from './ports';

/**
 * A real WordPress from Debian (`apt-get install wordpress apache2 libapache2-mod-php
 * mariadb-server php-mysql php-curl`; .ci/run installs them), run privately on loopback:
 * its own MariaDB (data in a temporary folder, socket only), its own Apache with mod_php on a
 * free port, and a document root that uses Debian's WordPress files with a wp-config of its
 * own, so nothing of the machine's configuration is read or changed. Started as root (CI),
 * Apache's children run as www-data and MariaDB as mysql, as Debian runs them.
 */
export interface WordPress {
	/** The WordPress site's address, e.g. http://127.0.0.1:41234 */
	url: string;
	/** The posts made of each chart address given: block editor, and one classic. */
	posts: { post: string; chart: string; editor: 'block' | 'classic' }[];
	close(): Promise<void>;
}

const WP_FILES = '/usr/share/wordpress';
const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';
const HERE = path.resolve('tests/wordpress');

/** What must be installed, with the package that has it. */
const NEEDS: [string, string][] = [
	[WP_FILES, 'wordpress'],
	[APACHE, 'apache2'],
	[path.join(MODULES, 'libphp8.2.so'), 'libapache2-mod-php'],
	['/usr/sbin/mariadbd', 'mariadb-server'],
	['/usr/bin/mariadb-install-db', 'mariadb-server'],
	['/usr/bin/php', 'php-cli'],
];

async function waitFor(
	check: () => boolean | Promise<boolean>,
	what: string,
	log: string,
	child: ChildProcess,
): Promise<void> {
	const until = Date.now() + 60_000;
	while (!(await check())) {
		if (Date.now() > until || child.exitCode !== null)
			throw new Error(
				`${what} did not start: ${existsSync(log) ? readFileSync(log, 'utf8').slice(-3000) : ''}`,
			);
		await new Promise((r) => setTimeout(r, 100));
	}
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
	const result = spawnSync(command, args, { encoding: 'utf8', env, timeout: 120_000 });
	if (result.status !== 0)
		throw new Error(`${command} ${args.join(' ')} failed: ${result.stdout}\n${result.stderr}`);
	return result.stdout;
}

function stop(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) {
			resolve();
			return;
		}
		child.once('exit', () => {
			resolve();
		});
		// Each server runs in its own process group (detached): stop the group.
		if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
	});
}

/**
 * Starts WordPress, installs it, and publishes one post per address in `charts`. `sitePort`
 * is the explainer site's port on loopback, which WordPress is allowed to fetch from.
 */
export async function startWordPress(options: {
	sitePort: number;
	charts: readonly string[];
}): Promise<WordPress> {
	const missing = NEEDS.filter(([file]) => !existsSync(file)).map(([, pkg]) => pkg);
	if (missing.length > 0)
		throw new Error(
			`WordPress test needs Debian packages: apt-get install -y ${[...new Set(missing)].join(' ')} (or run .ci/run)`,
		);
	const asRoot = process.getuid?.() === 0;
	const prefix = mkdtempSync(path.join(tmpdir(), 'wordpress-'));
	chmodSync(prefix, 0o755);
	const children: ChildProcess[] = [];
	const close = async () => {
		for (const child of children.reverse()) await stop(child);
		rmSync(prefix, { recursive: true, force: true });
	};
	try {
		// MariaDB: a fresh data folder, reachable only through its socket.
		const data = path.join(prefix, 'mysql');
		const run_ = path.join(prefix, 'run');
		mkdirSync(run_, { mode: 0o777 });
		chmodSync(run_, 0o777);
		const socket = path.join(run_, 'mysqld.sock');
		const dbLog = path.join(prefix, 'mysqld.log');
		const dbUser = asRoot ? ['--user=mysql'] : [];
		run('/usr/bin/mariadb-install-db', [
			'--no-defaults',
			`--datadir=${data}`,
			'--auth-root-authentication-method=normal',
			'--skip-test-db',
			...dbUser,
		]);
		const db = spawn(
			'/usr/sbin/mariadbd',
			[
				'--no-defaults',
				`--datadir=${data}`,
				`--socket=${socket}`,
				'--skip-networking',
				`--pid-file=${path.join(run_, 'mysqld.pid')}`,
				`--log-error=${dbLog}`,
				'--innodb-buffer-pool-size=32M',
				...dbUser,
			],
			{ stdio: 'ignore', detached: true },
		);
		children.push(db);
		await waitFor(() => existsSync(socket), 'MariaDB', dbLog, db);
		run('/usr/bin/mariadb', [
			'--no-defaults',
			`--socket=${socket}`,
			'-uroot',
			'-e',
			"CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';",
		]);

		// The document root: Debian's WordPress, with entry points of our own so its
		// wp-config (which reads /etc/wordpress) is never loaded: copied, they take this
		// folder as ABSPATH and find our wp-config here.
		const root = path.join(prefix, 'root');
		mkdirSync(root);
		for (const name of ['wp-includes', 'wp-admin', 'wp-settings.php', 'wp-cron.php'])
			symlinkSync(path.join(WP_FILES, name), path.join(root, name));
		for (const name of ['index.php', 'wp-blog-header.php', 'wp-load.php'])
			copyFileSync(path.join(WP_FILES, name), path.join(root, name));
		const content = path.join(prefix, 'wp-content');
		mkdirSync(path.join(content, 'mu-plugins'), { recursive: true });
		mkdirSync(path.join(content, 'plugins'));
		symlinkSync(path.join(WP_FILES, 'wp-content', 'themes'), path.join(content, 'themes'));
		copyFileSync(
			path.join(HERE, 'mu-plugin.php'),
			path.join(content, 'mu-plugins', 'explainer-test.php'),
		);
		const port = await freePort();
		const url = `http://127.0.0.1:${port}`;
		writeFileSync(
			path.join(root, 'wp-config.php'),
			`<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'WP_CONTENT_DIR', '${content}' );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', false );
define( 'EXPLAINER_SITE_PORT', ${options.sitePort} );
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
`,
		);

		// Apache with mod_php, on the free port, loopback only.
		const apacheLog = path.join(prefix, 'apache-error.log');
		writeFileSync(
			path.join(prefix, 'apache.conf'),
			`ServerRoot ${prefix}
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
PidFile ${run_}/apache.pid
Mutex file:${run_}
ErrorLog ${apacheLog}
LogLevel warn
${asRoot ? 'User www-data\nGroup www-data' : ''}
LoadModule mpm_prefork_module ${MODULES}/mod_mpm_prefork.so
LoadModule authz_core_module ${MODULES}/mod_authz_core.so
LoadModule dir_module ${MODULES}/mod_dir.so
LoadModule mime_module ${MODULES}/mod_mime.so
LoadModule env_module ${MODULES}/mod_env.so
LoadModule alias_module ${MODULES}/mod_alias.so
LoadModule php_module ${MODULES}/libphp8.2.so
StartServers 2
MinSpareServers 1
MaxSpareServers 3
MaxRequestWorkers 8
TypesConfig /etc/mime.types
DocumentRoot ${root}
DirectoryIndex index.php
<Directory />
    Require all granted
</Directory>
<FilesMatch "\\.php$">
    SetHandler application/x-httpd-php
</FilesMatch>
Alias /wp-content ${content}
`,
		);
		// In a process group of its own: when it stops, Apache signals its whole group.
		const web = spawn(APACHE, ['-f', path.join(prefix, 'apache.conf'), '-DFOREGROUND'], {
			stdio: ['ignore', 'ignore', openSync(apacheLog, 'a')],
			detached: true,
		});
		children.push(web);
		await waitFor(() => listening(port), 'Apache', apacheLog, web);

		const posts = JSON.parse(
			run('/usr/bin/php', [path.join(HERE, 'setup.php'), url, ...options.charts], {
				...process.env,
				WP_ROOT: root,
			}),
		) as WordPress['posts'];
		return { url, posts, close };
	} catch (error) {
		await close();
		throw error;
	}
}
