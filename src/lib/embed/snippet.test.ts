import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { EMBED_SANDBOX, buildEmbedUrl, buildSnippet } from './snippet';

describe('embed snippets', () => {
	it('puts options in the address, leaving defaults out', () => {
		const src = 'https://news.test/x/embed/network/';
		expect(buildEmbedUrl(src, { theme: 'auto' })).toBe(src);
		expect(buildEmbedUrl(src, { theme: 'dark', plain: true, static: true, focus: 'ana-b' })).toBe(
			`${src}?theme=dark&plain&static&focus=ana-b`,
		);
	});

	it('builds an iframe with title, lazy loading, sandbox, referrer policy and our resizer', () => {
		const html = buildSnippet({
			src: 'https://s.test/embed/timeline/?theme=dark',
			title: 'A "quoted" <title>',
			height: 640,
			script: 'https://s.test/embed.js',
		});
		const $ = cheerio.load(html);
		const iframe = $('iframe');
		expect(iframe.attr('title')).toBe('A "quoted" <title>');
		expect(iframe.attr('loading')).toBe('lazy');
		expect(iframe.attr('sandbox')).toBe(EMBED_SANDBOX);
		expect(iframe.attr('referrerpolicy')).toBe('strict-origin-when-cross-origin');
		expect(iframe.attr('data-explainer-embed')).toBe('');
		expect(iframe.attr('style')).toContain('height:640px');
		expect($('script').attr('src')).toBe('https://s.test/embed.js');
	});

	it('has a script-free variant with a fixed height', () => {
		const $ = cheerio.load(
			buildSnippet({ src: 'https://s.test/embed/timeline/', title: 'T', height: 700 }),
		);
		expect($('script').length).toBe(0);
		expect($('iframe').attr('data-explainer-embed')).toBeUndefined();
		expect($('iframe').attr('style')).toContain('height:700px');
	});
});
