import { describe, expect, it } from 'vitest';
import { htmlLang, htmlRefs, jsImports, planOffline, type BuiltFile } from './plan';

const page = (lang: string, body: string) =>
	`<!doctype html><html lang="${lang}"><head><link rel="stylesheet" href="/b/_astro/site.css"><script type="module" src="/b/_astro/page.js"></script></head><body>${body}</body></html>`;

function site(files: Record<string, string>) {
	const built: BuiltFile[] = Object.entries(files).map(([path, text]) => ({
		path,
		size: text.length,
		hash: `h-${path}`,
	}));
	return { files: built, read: (p: string) => files[p] ?? '', base: '/b/' };
}

describe('reading built files', () => {
	it('finds a page language, its references and a module’s static imports', () => {
		expect(htmlLang('<html class="x" lang="es-419">')).toBe('es-419');
		expect(
			htmlRefs(
				'<a href="../data/a.csv?x=1#y">a</a><iframe src="/b/embed/t/?theme=dark"></iframe><a href="https://other/x">x</a><a href="#top">t</a>',
				'actors/index.html',
				'/b/',
			),
		).toEqual([
			{ path: 'data/a.csv', attr: 'href' },
			{ path: 'embed/t/index.html', attr: 'src' },
		]);
		expect(
			jsImports(
				'import"./a.js";import{t as e}from"./b.X1.js";import(`./lazy.js`);import("./lazy2.js")',
				'_astro/page.js',
			),
		).toEqual(['_astro/a.js', '_astro/b.X1.js']);
	});
});

describe('planOffline', () => {
	const input = site({
		'index.html': page('en', '<a href="/b/es/">Español</a><a href="/b/data/actors.csv">CSV</a>'),
		'actors/index.html': page('en', '<a href="/b/embed/network/n.svg">SVG</a>'),
		'404.html': page('en', ''),
		'offline/index.html':
			'<html lang="en"><link rel="stylesheet" href="/b/_astro/site.css"><link rel="icon" href="/b/favicon.svg"><script type="module" src="/b/_astro/offline.js"></script>',
		'es/index.html': page('es', '<iframe src="/b/embed/timeline/"></iframe>'),
		'es/offline/index.html': '<html lang="es"><link rel="stylesheet" href="/b/_astro/site.css">',
		'embed/timeline/index.html': page('en', '<script src="/b/embed-frame.js"></script>'),
		'embed-frame.js': '',
		'embed/network/index.html': page('en', ''),
		'embed/network/n.svg': '<svg/>',
		'data/actors.csv': 'a,b',
		'_astro/site.css': 'body{}',
		'_astro/page.js': 'import"./shared.js";import("./lazy.js")',
		'_astro/offline.js': 'import{a}from"./shared.js"',
		'_astro/shared.js': '',
		'_astro/lazy.js': '',
		'favicon.svg': '<svg/>',
		'sitemap-index.xml': '<x/>',
		'sw.js': '',
		_headers: '',
		'pagefind/pagefind.js': '',
		'pagefind/pagefind-entry.json': '{}',
		'pagefind/wasm.en.pagefind': '',
		'pagefind/wasm.es.pagefind': '',
		'pagefind/pagefind.en_abc.pf_meta': '',
		'pagefind/pagefind.es_def.pf_meta': '',
		'pagefind/index/en_1.pf_index': '',
		'pagefind/index/es_1.pf_index': '',
		'pagefind/fragment/en_2.pf_fragment': '',
		'pagefind/pagefind-ui.js': '',
	});
	const plan = planOffline({
		...input,
		pagefind: {
			languages: { en: { hash: 'en_abc', wasm: 'en' }, es: { hash: 'es_def', wasm: 'es' } },
		},
	});
	const edition = (lang: string) => plan.editions.find((e) => e.lang === lang);
	const paths = (lang: string) => edition(lang)?.entries.map((e) => e[0]) ?? [];

	it('fetches ahead only what the offline page loads, its imports followed', () => {
		expect(plan.shell.map(([p]) => p)).toEqual([
			'_astro/offline.js',
			'_astro/shared.js',
			'_astro/site.css',
			'favicon.svg',
		]);
	});

	it('makes one edition per page language, each with its own pages and search index', () => {
		expect(plan.editions.map((e) => [e.lang, e.root, e.offline])).toEqual([
			['en', '', 'offline/'],
			['es', 'es/', 'es/offline/'],
		]);
		expect(paths('en')).toEqual(
			expect.arrayContaining([
				'',
				'actors/',
				'404.html',
				'offline/',
				'data/actors.csv',
				'embed/network/n.svg',
				'_astro/lazy.js',
				'pagefind/pagefind.en_abc.pf_meta',
				'pagefind/index/en_1.pf_index',
				'pagefind/fragment/en_2.pf_fragment',
				'pagefind/wasm.en.pagefind',
			]),
		);
		expect(paths('es')).toEqual(
			expect.arrayContaining([
				'es/',
				'es/offline/',
				'embed/timeline/',
				// What a framed embed loads comes with it.
				'embed-frame.js',
				'pagefind/index/es_1.pf_index',
			]),
		);
	});

	it('leaves out other languages, embeds nobody frames, server files and unused search UI', () => {
		const en = paths('en');
		for (const path of [
			'es/',
			'embed/timeline/',
			'embed/network/',
			'embed-frame.js',
			'sw.js',
			'_headers',
			'sitemap-index.xml',
			'pagefind/pagefind-ui.js',
			'pagefind/index/es_1.pf_index',
		])
			expect(en).not.toContain(path);
		expect(paths('es')).not.toContain('actors/');
	});

	it('counts every file and byte it lists, with each file’s hash', () => {
		const en = edition('en');
		expect(en?.files).toBe(en?.entries.length);
		expect(en?.bytes).toBe(en?.entries.reduce((s, e) => s + e[1], 0));
		expect(en?.entries.find((e) => e[0] === 'actors/')?.[2]).toBe('h-actors/index.html');
		expect(en?.offlineHash).toBe('h-offline/index.html');
	});
});
