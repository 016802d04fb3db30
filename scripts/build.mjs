#!/usr/bin/env node
// `npm run build`: Astro's build, then the search index (which also rewrites the offline
// worker's file list), both into a temporary folder beside the output (DIST_DIR, default
// dist/). Only when every step succeeds does that folder replace the output, so a failed build
// for any reason leaves the previous site exactly as it was. Stops at the first failure with
// its exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { astroBuildArgs, astroBuildEnv } from './build-options.mjs';

const target = path.resolve(process.env.DIST_DIR ?? 'dist');
// A sibling of the output, so the final rename stays on one filesystem.
const staging = `${target}.building-${process.pid}`;
const previous = `${target}.previous-${process.pid}`;
const env = { ...process.env, DIST_DIR: staging };

/** Removes the staging folder, whatever state the failed step left it in. */
const discard = () => rmSync(staging, { recursive: true, force: true });
process.on('SIGINT', () => {
	discard();
	process.exit(130);
});

discard();
for (const [args, stepEnv] of [
	[astroBuildArgs(), astroBuildEnv(env)],
	[['scripts/index-search.mjs'], env],
]) {
	const { status, signal } = spawnSync(process.execPath, args, { stdio: 'inherit', env: stepEnv });
	if (status !== 0) {
		discard();
		const shown = path.relative('.', target).startsWith('..') ? target : path.relative('.', target);
		const kept = existsSync(target) ? `${shown}/ is unchanged` : 'nothing was written';
		console.error(`build: failed (${signal ?? `exit ${status}`}); ${kept}.`);
		process.exit(status ?? 1);
	}
}

if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
