import path from 'node:path';

/** The built site the dist and browser tiers test: DIST_DIR, default `dist/`. */
export const DIST = path.resolve(process.env['DIST_DIR'] ?? 'dist');

/** The base path the site was built for (BASE_PATH), always with slashes at both ends. */
export const BASE = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(
	'//',
	'/',
);
