import { describe, expect, it } from 'vitest';
import { buildHeaderPolicy, buildHeadersFile, buildNginxSnippet } from './csp';

describe('security headers', () => {
	it('builds a policy without unsafe-inline, with the given hashes and framing rule', () => {
		const policy = buildHeaderPolicy(['sha256-abc'], "'none'");
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).not.toContain('unsafe-inline');
	});

	it('gives every entry its own rule, letting only the embedded charts be framed', () => {
		const file = buildHeadersFile({
			base: '/m/',
			topLevel: [
				{ name: 'embed', isDirectory: true },
				{ name: 'actors', isDirectory: true },
				{ name: 'embed.js', isDirectory: false },
			],
			embedCharts: ['timeline', 'network'],
			scriptHashes: [],
		});
		const rules = [
			...file.matchAll(/^(\S+)\n {2}Content-Security-Policy: .*frame-ancestors ([^\n]+)$/gm),
		].map((m) => `${m[1] ?? ''} ${m[2] ?? ''}`);
		expect(rules).toEqual([
			"/m/ 'none'",
			"/m/actors/* 'none'",
			"/m/embed/ 'none'",
			"/m/embed/index.html 'none'",
			'/m/embed/network/* *',
			'/m/embed/timeline/* *',
			"/m/embed.js 'none'",
		]);
	});

	it('lets sandboxed embeds read the built scripts (CORS on the assets folder only)', () => {
		const file = buildHeadersFile({
			base: '/',
			topLevel: [
				{ name: '_astro', isDirectory: true },
				{ name: 'actors', isDirectory: true },
			],
			embedCharts: [],
			scriptHashes: [],
		});
		expect(file).toMatch(/\/_astro\/\*\n(?: {2}.*\n)*? {2}Access-Control-Allow-Origin: \*/);
		expect(file.match(/Access-Control-Allow-Origin/g)).toHaveLength(1);
		const conf = buildNginxSnippet({ base: '/', scriptHashes: [] });
		expect(conf).toContain('location ^~ /_astro/ {');
		expect(conf.match(/Access-Control-Allow-Origin/g)).toHaveLength(1);
	});

	it('writes an nginx snippet that frames only the charts', () => {
		const conf = buildNginxSnippet({ base: '/', scriptHashes: [] });
		expect(conf).toContain('location ~ ^/embed/[^/]+/ {');
		expect(conf.match(/frame-ancestors \*/g)).toHaveLength(1);
	});
});
