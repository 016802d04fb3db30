import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content-io/collections';
import { readContent } from '../../src/content-io/read-content';
import { BASE, DIST } from '../support/paths';

/** Every built HTML file, as a path relative to dist/. */
function htmlFiles(dir = DIST, prefix = ''): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory())
			return name === 'pagefind' ? [] : htmlFiles(full, `${prefix}${name}/`);
		return name.endsWith('.html') ? [`${prefix}${name}`] : [];
	});
}

const files = htmlFiles();
const docs = new Map(files.map((f) => [f, cheerio.load(readFileSync(path.join(DIST, f), 'utf8'))]));
const { story } = readContent(contentDir());

/** The dist file a site URL path points to, or undefined when nothing is there. */
function fileFor(pathname: string): string | undefined {
	if (!pathname.startsWith(BASE)) return undefined;
	const rel = decodeURIComponent(pathname.slice(BASE.length));
	const candidates =
		rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
	return candidates.find(
		(c) => existsSync(path.join(DIST, c)) && statSync(path.join(DIST, c)).isFile(),
	);
}

describe('the built site', () => {
	it('has a page for every actor, explainer and source', () => {
		expect(story, 'content must read without problems').toBeDefined();
		const expected = [
			...(story?.actors ?? []).map((a) => `actors/${a.id}/index.html`),
			...(story?.explainers ?? []).map((e) => `explainers/${e.id}/index.html`),
			...(story?.sources ?? []).map((s) => `sources/${s.id}/index.html`),
			'index.html',
			'404.html',
			'actors/index.html',
			'evidence/index.html',
			'timeline/index.html',
			'network/index.html',
			'search/index.html',
		];
		const missing = expected.filter((f) => !files.includes(f));
		expect(missing).toEqual([]);
	});

	it('has one paragraph anchor per source paragraph', () => {
		for (const source of story?.sources ?? []) {
			const $ = docs.get(`sources/${source.id}/index.html`);
			const ids = $?.('[id^="p"]')
				.map((_, el) => $(el).attr('id'))
				.get()
				.filter((id) => /^p\d+$/.test(id));
			expect(ids).toEqual(source.data.paragraphs.map((_, i) => `p${i + 1}`));
		}
	});

	it('resolves every internal link and #fragment', () => {
		const broken: string[] = [];
		for (const [file, $] of docs) {
			const here = new URL(BASE + file.replace(/index\.html$/, ''), 'http://site.test');
			$('a[href], link[href], script[src], img[src], iframe[src], source[src], use[href]').each(
				(_, el) => {
					const raw = $(el).attr('href') ?? $(el).attr('src') ?? '';
					if (/^(mailto|tel|data|javascript):/.test(raw)) return;
					const url = new URL(raw, here);
					if (url.origin !== here.origin) return; // external links are checked below
					const target = fileFor(url.pathname);
					if (!target) {
						broken.push(`${file}: ${raw} (no file)`);
						return;
					}
					const id = decodeURIComponent(url.hash.slice(1));
					if (!id || !target.endsWith('.html')) return;
					const doc = docs.get(target);
					if (doc && doc(`[id="${id.replace(/"/g, '\\"')}"]`).length === 0)
						broken.push(`${file}: ${raw} (no element #${id} in ${target})`);
				},
			);
		}
		expect(broken).toEqual([]);
	});

	it('loads no resource from another origin', () => {
		const external: string[] = [];
		for (const [file, $] of docs) {
			$(
				'script[src], link[rel~="stylesheet"][href], link[rel~="preload"][href], link[rel~="icon"][href], img[src], iframe[src], source[src], video[src], audio[src], object[data], embed[src]',
			).each((_, el) => {
				const raw = $(el).attr('src') ?? $(el).attr('href') ?? $(el).attr('data') ?? '';
				if (/^(https?:)?\/\//.test(raw)) external.push(`${file}: ${raw}`);
			});
			$('[style]').each((_, el) => {
				if (/url\(\s*['"]?(https?:)?\/\//.test($(el).attr('style') ?? ''))
					external.push(`${file}: inline style url`);
			});
		}
		for (const css of readdirSync(path.join(DIST, '_astro')).filter((f) => f.endsWith('.css'))) {
			const text = readFileSync(path.join(DIST, '_astro', css), 'utf8');
			for (const m of text.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/g))
				external.push(`_astro/${css}: ${m[1]}`);
			if (/@import\s+(url\()?['"]?(https?:)?\/\//.test(text))
				external.push(`_astro/${css}: @import`);
		}
		expect(external).toEqual([]);
	});

	it('passes html-validate with no errors', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const errors: string[] = [];
		for (const file of files) {
			const report = await validator.validateFile(path.join(DIST, file));
			for (const result of report.results)
				for (const m of result.messages)
					if (m.severity === 2)
						errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
		expect(errors).toEqual([]);
	});

	it('gives every page a title, description, canonical link and Open Graph tags', () => {
		const missing: string[] = [];
		for (const [file, $] of docs) {
			// Served in place of other pages (a miss; offline, a page not saved): never linked.
			if (file === '404.html' || /(^|\/)offline\/index\.html$/.test(file)) continue;
			for (const sel of [
				'head > title',
				'meta[name="description"]',
				'link[rel="canonical"]',
				'meta[property="og:title"]',
				'meta[property="og:description"]',
			])
				if ($(sel).length !== 1) missing.push(`${file}: ${sel}`);
		}
		expect(missing).toEqual([]);
	});
});
