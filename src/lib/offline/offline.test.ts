import { describe, expect, it } from 'vitest';
import { formatBytes } from './format';
import { cacheKey, filePathToUrlPath, isImmutable } from './keys';
import { fillOfflinePage, pageTitle } from './offline-page';
import { relativeStylesheets } from './relative-stylesheets';

describe('cache keys', () => {
	it('drop the query string and fragment, and name a folder by itself', () => {
		expect(cacheKey('http://h/base/actors/x/?q=1#top')).toBe('http://h/base/actors/x/');
		expect(cacheKey('http://h/base/actors/x/index.html?v=2')).toBe('http://h/base/actors/x/');
		expect(cacheKey('http://h/base/_astro/a.B1c2.js?x')).toBe('http://h/base/_astro/a.B1c2.js');
	});

	it('treat only hashed names as immutable', () => {
		expect(isImmutable('/base/_astro/search-ui.DdsKrl_r.js')).toBe(true);
		expect(isImmutable('/pagefind/index/en_4e7a6b2.pf_index')).toBe(true);
		expect(isImmutable('/pagefind/pagefind.js')).toBe(false);
		expect(isImmutable('/pagefind/pagefind-entry.json')).toBe(false);
		expect(isImmutable('/embed/timeline/timeline.png')).toBe(false);
	});

	it('turn build paths into the addresses readers use', () => {
		expect(filePathToUrlPath('index.html')).toBe('');
		expect(filePathToUrlPath('es/actors/x/index.html')).toBe('es/actors/x/');
		expect(filePathToUrlPath('404.html')).toBe('404.html');
	});
});

describe('the offline page as the worker serves it', () => {
	const page = [
		'<title>You are offline · Site</title>',
		'<p data-offline-saved hidden>Saved: <a href="/">home</a></p>',
		'<section data-offline-visited hidden><ul data-offline-list></ul></section>',
		'<p data-offline-nothing>Nothing saved</p>',
		'<a class="button" href="/" data-offline-retry>Try again</a>',
	].join('');

	it('lists kept pages, escaped, and points "Try again" at the address asked for', () => {
		const html = fillOfflinePage(page, {
			retry: 'http://h/a/?q="x"',
			saved: false,
			pages: [{ href: 'http://h/b/', title: 'B &amp; <C>' }],
		});
		expect(html).toContain(
			'<section data-offline-visited><ul data-offline-list><li><a href="http://h/b/">B &amp; &lt;C&gt;</a></li></ul>',
		);
		expect(html).toContain('<p data-offline-saved hidden>');
		expect(html).toContain('<p data-offline-nothing hidden>');
		expect(html).toContain('href="http://h/a/?q=&quot;x&quot;" data-offline-retry');
	});

	it('says the edition is saved when it is, and nothing is kept when nothing is', () => {
		expect(fillOfflinePage(page, { retry: '/', saved: true, pages: [] })).toContain(
			'<p data-offline-saved>',
		);
		const empty = fillOfflinePage(page, { retry: '/', saved: false, pages: [] });
		expect(empty).toContain('<p data-offline-nothing>');
		expect(empty).toContain('<section data-offline-visited hidden>');
	});

	it('takes a page title without the site name', () => {
		expect(pageTitle('<title>Who’s who · Site · Name</title>')).toBe('Who’s who · Site');
		expect(pageTitle('<title>Home</title>')).toBe('Home');
		expect(pageTitle('<p>no title</p>')).toBeUndefined();
	});
});

describe('sizes', () => {
	it('formats bytes in the page language', () => {
		expect(formatBytes(2_134_000, 'en')).toBe('2.1 MB');
		expect(formatBytes(2_134_000, 'es')).toBe('2,1 MB');
		expect(formatBytes(512_400, 'en')).toBe('512 kB');
		expect(formatBytes(57_300_000, 'en')).toBe('57 MB');
		expect(formatBytes(1_300_000_000, 'en')).toBe('1.3 GB');
	});
});

describe('stylesheets by relative paths', () => {
	const html =
		'<link rel="stylesheet" href="/m/_astro/a.css"><link rel="icon" href="/m/favicon.svg"><link href="/m/_astro/b.css" rel="stylesheet"><script src="/m/_astro/x.js"></script>';

	it('point each page at its stylesheets from where it is, and leave the rest', () => {
		const deep = relativeStylesheets(html, 'actors/x/index.html', '/m/');
		expect(deep).toContain('href="../../_astro/a.css"');
		expect(deep).toContain('href="../../_astro/b.css"');
		expect(deep).toContain('href="/m/favicon.svg"');
		expect(deep).toContain('src="/m/_astro/x.js"');
		expect(relativeStylesheets(html, 'index.html', '/m/')).toContain('href="./_astro/a.css"');
	});
});
