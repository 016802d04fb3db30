import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { validStoryFiles, writeStory } from '../../src/content-io/test-story';

// `npm run dev` while an author writes: a content error shows in the browser (every page is the
// list of problems) and in the terminal, and the site comes back when the file is fixed, with no
// restart.

let server: ChildProcess | undefined;
let output = '';

afterAll(() => {
	// The server runs in its own process group, so this ends it and only it.
	if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

/** This process's environment without what vitest sets, which would change how Astro serves. */
function cleanEnv(): NodeJS.ProcessEnv {
	return Object.fromEntries(
		Object.entries(process.env).filter(
			([key]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$|MODE$)/.test(key),
		),
	);
}

/** Starts `astro dev` on a free port for the story in `dir`; resolves with its address. */
function startDev(dir: string): Promise<string> {
	const port = 40_000 + Math.floor(Math.random() * 20_000);
	server = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)],
		{ env: { ...cleanEnv(), EXPLAINER_CONTENT_DIR: dir, NO_COLOR: '1' }, detached: true },
	);
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			reject(new Error(`astro dev did not start:\n${output}`));
		}, 120_000);
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			// Colour codes may sit between the label and the address (some CI shells force colour).
			const plain = stripVTControlCharacters(output);
			const url = /Local\s+(http:\/\/localhost:\d+\/)/.exec(plain)?.[1];
			if (url) {
				clearTimeout(timer);
				resolve(url);
			}
		};
		server?.stdout?.on('data', read);
		server?.stderr?.on('data', read);
	});
}

/** Fetches a page as a browser would, until `done` holds or 90 s pass (CI machines are busy). */
async function until(
	url: string,
	done: (status: number, body: string) => boolean,
): Promise<{ status: number; body: string }> {
	const deadline = Date.now() + 90_000;
	for (;;) {
		const response = await fetch(url, { headers: { accept: 'text/html' } });
		const body = await response.text();
		if (done(response.status, body) || Date.now() > deadline)
			return { status: response.status, body };
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
}

describe('npm run dev with content errors', () => {
	it('shows the problems in the page and the terminal, and recovers when the file is fixed', async () => {
		const dir = writeStory(validStoryFiles());
		const url = await startDev(dir);
		const first = await until(url, (status) => status === 200);
		expect(first.status, `${output}\n${first.body.slice(0, 2000)}`).toBe(200);

		const relation = path.join(dir, 'relations', 'a-b.yaml');
		const good = readFileSync(relation, 'utf8');
		writeFileSync(relation, good.replace('target: b', 'target: bee'));
		const broken = await until(`${url}actors/`, (status) => status === 500);
		expect(broken.status).toBe(500);
		const message = 'target refers to unknown actor &quot;bee&quot; (did you mean &quot;b&quot;?)';
		expect(broken.body).toContain(message);
		expect(broken.body).toContain(`${relation}:2`);
		expect(broken.body).toContain('@vite/client'); // reloads by itself once fixed
		expect(output).toContain(`${relation}:2: target refers to unknown actor "bee"`);

		writeFileSync(
			path.join(dir, 'site.yaml'),
			readFileSync(path.join(dir, 'site.yaml'), 'utf8').replace(
				'title: Test story',
				'title: Test story, fixed',
			),
		);
		writeFileSync(relation, good);
		const fixed = await until(
			`${url}actors/`,
			(status, body) => status === 200 && body.includes('Test story, fixed'),
		);
		expect(fixed.status).toBe(200);
		expect(fixed.body).toContain('Test story, fixed');
	}, 300_000);
});
