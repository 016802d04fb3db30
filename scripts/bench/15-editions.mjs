// The language editions: what the other languages' pages weigh and what their first search
// costs, against the same budgets as the default language's (PRODUCT.md: "The same budgets
// hold for every language edition"). A story that declares no other language is built once
// more with Spanish declared (its pages then show the story's own text, marked untranslated,
// in Spanish chrome), so the bench always measures a second edition.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { budget, buildSite, htmlPages, kb, pageWeight, table } from './lib.mjs';
import { firstSearch } from './50-search.mjs';

const content = path.resolve(process.env.EXPLAINER_CONTENT_DIR ?? 'content');

export async function run({ dist }) {
	const site = parse(readFileSync(path.join(content, 'site.yaml'), 'utf8'));
	const declared = site.languages ?? [];
	let target = dist;
	let languages = declared;
	console.log('## Language editions');
	if (declared.length === 0) {
		// The story as it is, with Spanish declared: a copy, never content/ itself.
		const story = path.resolve('.bench/story-editions');
		rmSync(story, { recursive: true, force: true });
		cpSync(content, story, { recursive: true });
		const file = path.join(story, 'site.yaml');
		writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\nlanguages: [es]\n`);
		languages = ['es'];
		target = path.resolve('.bench/dist-editions');
		const build = buildSite(target, { EXPLAINER_CONTENT_DIR: story });
		console.log(
			`  the story declares no other language: built with languages: [es] (${(build.ms / 1000).toFixed(1)} s, peak ${Math.round(build.maxRssMb)} MB)`,
		);
		budget(
			'build with two editions, site + search index',
			build.ms / 1000,
			15,
			(s) => `${s.toFixed(1)} s`,
		);
	}
	for (const lang of languages) {
		const edition = `${lang.toLowerCase()}/`;
		if (!existsSync(path.join(target, edition, 'index.html'))) continue;
		console.log(`\n### ${lang} (/${edition})`);
		const pages = htmlPages(target, path.join(target, edition)).sort();
		const rows = [];
		const weights = pages.map((page) => [page, pageWeight(target, page)]);
		for (const [page, w] of weights)
			rows.push([page, kb(w.html.gz), kb(w.css.gz), kb(w.js.gz), kb(w.total.gz)]);
		table(['page', 'HTML', 'CSS', 'JS', 'total gz'], rows);
		console.log('');
		const heaviest = (prefix) =>
			weights
				.filter(
					([p]) => p.startsWith(`${edition}${prefix}`) && p !== `${edition}${prefix}index.html`,
				)
				.sort((a, b) => b[1].total.gz - a[1].total.gz)[0];
		const explainer = heaviest('explainers/');
		if (explainer)
			budget(
				`heaviest ${lang} explainer page (${explainer[0]}), HTML+CSS+JS`,
				explainer[1].total.gz,
				20_000,
			);
		const embed = heaviest('embed/');
		if (embed)
			budget(`heaviest ${lang} embed page (${embed[0]}) in all`, embed[1].total.gz, 40_000);
		await firstSearch(target, { edition, label: ` (${lang})` });
	}
}
