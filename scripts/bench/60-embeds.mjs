// What each embed page weighs in all (HTML, CSS and JS a browser fetches, gzip -9), against
// the 40 KB budget for a page another site frames.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { budget, kb, pageWeight, table } from './lib.mjs';

export function run({ dist }) {
	console.log('## Embeds (gzip -9, everything the embed page loads)');
	const pages = ['embed/timeline/index.html', 'embed/network/index.html'];
	const actors = path.join(dist, 'embed/network');
	if (existsSync(actors))
		for (const name of readdirSync(actors).sort())
			if (existsSync(path.join(actors, name, 'index.html')))
				pages.push(`embed/network/${name}/index.html`);
	const rows = pages.map((page) => [page, pageWeight(dist, page)]);
	table(
		['embed page', 'HTML', 'CSS', 'JS', 'total'],
		rows.map(([page, w]) => [page, kb(w.html.gz), kb(w.css.gz), kb(w.js.gz), kb(w.total.gz)]),
	);
	const heaviest = rows.sort((a, b) => b[1].total.gz - a[1].total.gz)[0];
	if (heaviest) budget(`heaviest embed page (${heaviest[0]}) in all`, heaviest[1].total.gz, 40_000);
}
