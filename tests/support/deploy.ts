import {
	chmodSync,
	cpSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	renameSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeServiceWorker } from '../../src/integrations/write-service-worker.mjs';

export interface DeployChanges {
	/** Give every script and stylesheet a new hashed name (what a code change does). */
	renameAssets?: string;
	/** Replace text in one page: [page file, from, to] (what a content change does). */
	edit?: [file: string, from: string, to: string];
}

function files(dir: string, prefix = ''): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? files(full, `${prefix}${name}/`) : [`${prefix}${name}`];
	});
}

/**
 * A copy of a built site as the next deploy would be: assets renamed and/or a page edited,
 * then its offline worker and save lists written again, exactly as the build writes them.
 * Returns the folder and the new worker's version.
 */
export function makeDeploy(from: string, changes: DeployChanges): { dir: string; version: string } {
	const dir = mkdtempSync(path.join(tmpdir(), 'deploy-'));
	chmodSync(dir, 0o755);
	cpSync(from, dir, { recursive: true });
	const replacements: [string, string][] = [];
	if (changes.renameAssets) {
		for (const name of readdirSync(path.join(dir, '_astro'))) {
			const renamed = name.replace(/\.([\w-]{8})\.(js|css)$/, `.$1${changes.renameAssets}.$2`);
			if (renamed === name) continue;
			renameSync(path.join(dir, '_astro', name), path.join(dir, '_astro', renamed));
			replacements.push([name, renamed]);
		}
	}
	const text = files(dir).filter(
		(f) => /\.(?:html|js|css|json)$/.test(f) && !f.startsWith('pagefind/'),
	);
	for (const file of text) {
		const full = path.join(dir, file);
		let body = readFileSync(full, 'utf8');
		const before = body;
		for (const [a, b] of replacements) body = body.split(a).join(b);
		if (changes.edit && file === changes.edit[0])
			body = body.replace(changes.edit[1], changes.edit[2]);
		if (body !== before) writeFileSync(full, body);
	}
	const { version } = writeServiceWorker(dir);
	return { dir, version };
}
