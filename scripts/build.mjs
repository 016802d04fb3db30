#!/usr/bin/env node
// `npm run build`: Astro's build, then the search index (which also rewrites the offline
// worker's file list). Stops at the first failure with its exit code.
import { spawnSync } from 'node:child_process';
import { astroBuildArgs } from './build-options.mjs';

for (const args of [astroBuildArgs(), ['scripts/index-search.mjs']]) {
	const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
	if (status !== 0) process.exit(status ?? 1);
}
