import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content-io/collections';
import { readContent } from '../../src/content-io/read-content';
import { BASE, DIST } from '../support/paths';

// Moved explainers leave a stand-in at each former address (frontmatter `redirectFrom`), so
// links and embeds elsewhere keep working after a restructure.

const { story } = readContent(contentDir());
const moves = (story?.explainers ?? []).flatMap((e) =>
	e.data.redirectFrom.map((from) => {
		const [slug = from, section] = from.split('#');
		return { from: slug, to: e.id, section, title: e.data.title };
	}),
);
const sitemap = ['sitemap-0.xml']
	.map((f) => path.join(DIST, f))
	.filter(existsSync)
	.map((f) => readFileSync(f, 'utf8'))
	.join('\n');

if (moves.length > 0)
	describe('redirects from former explainer addresses', () => {
		it.each(moves)('sends /explainers/$from/ on to /explainers/$to/', (move) => {
			const file = path.join(DIST, 'explainers', move.from, 'index.html');
			expect(existsSync(file), file).toBe(true);
			const $ = cheerio.load(readFileSync(file, 'utf8'));
			const target = `${BASE}explainers/${move.to}/${move.section ? `#${move.section}` : ''}`;
			expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${target}`);
			// A plain link for browsers and tools that do not follow the refresh.
			const link = $('main a');
			expect(link.attr('href')).toBe(target);
			expect(link.text()).toBe(move.title);
			expect($('meta[name="robots"]').attr('content')).toBe('noindex');
			expect($('link[rel="canonical"]').attr('href')).toMatch(
				new RegExp(`${BASE}explainers/${move.to}/$`),
			);
			expect($('[data-pagefind-body]')).toHaveLength(0);
			expect(sitemap).not.toContain(`/explainers/${move.from}/`);
		});

		it.each(moves.filter((m) => m.section))(
			'lands /explainers/$from/ on a section that exists: #$section',
			(move) => {
				const $ = cheerio.load(
					readFileSync(path.join(DIST, 'explainers', move.to, 'index.html'), 'utf8'),
				);
				expect($(`[id="${move.section}"]`)).toHaveLength(1);
			},
		);
	});

// A story that moved nothing still gets a check: no page of it is a stand-in.
else
	describe('a story that moved no explainer', () => {
		it('builds no redirect stand-in', () => {
			const dir = path.join(DIST, 'explainers');
			const pages = existsSync(dir)
				? readdirSync(dir, { withFileTypes: true })
						.filter((d) => d.isDirectory())
						.map((d) => path.join(dir, d.name, 'index.html'))
						.filter(existsSync)
				: [];
			expect(pages.length).toBeGreaterThan(0);
			for (const file of pages)
				expect(readFileSync(file, 'utf8'), file).not.toContain('http-equiv="refresh"');
		});
	});
