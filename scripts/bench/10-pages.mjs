// Build time and memory, and what each built page weighs (HTML, CSS, JS; raw and gzip -9).
import { budget, htmlPages, kb, pageWeight, table } from './lib.mjs';

export function run({ dist, build }) {
	console.log('## Build');
	console.log(
		`  astro build ${(build.astroMs / 1000).toFixed(1)} s + search index ${(build.indexMs / 1000).toFixed(1)} s; peak memory ${Math.round(build.maxRssMb)} MB`,
	);
	budget('build, site + search index', build.ms / 1000, 15, (s) => `${s.toFixed(1)} s`);

	console.log('\n## Page weight (gzip -9; raw in brackets)');
	const rows = [];
	const explainers = [];
	for (const page of htmlPages(dist).sort()) {
		const w = pageWeight(dist, page);
		rows.push([
			page,
			`${kb(w.html.gz)} (${kb(w.html.raw)})`,
			`${kb(w.css.gz)} (${kb(w.css.raw)})`,
			`${kb(w.js.gz)} (${kb(w.js.raw)})`,
			kb(w.total.gz),
		]);
		if (page.startsWith('explainers/') && page !== 'explainers/index.html')
			explainers.push([page, w]);
	}
	table(['page', 'HTML', 'CSS', 'JS', 'total gz'], rows);
	console.log('');
	const worst = explainers.sort((a, b) => b[1].total.gz - a[1].total.gz)[0];
	if (worst)
		budget(`heaviest explainer page (${worst[0]}), HTML+CSS+JS`, worst[1].total.gz, 20_000);
}
