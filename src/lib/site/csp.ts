/**
 * The site's Content Security Policy, in one place. Every page carries it in a <meta> tag
 * (ContentPolicy.astro, `buildMetaPolicy`); `buildHeaderPolicy` gives the same policy for
 * HTTP headers (README shows nginx and `_headers` examples), where `frame-ancestors` can also
 * be set, which a <meta> policy cannot carry. Built scripts and styles are files on the site
 * ('self'); the only hashes are those of the kit's few inline scripts.
 */

/** Directives besides script-src and style-src. */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"media-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
] as const;

/**
 * Sources allowed for scripts besides the inline scripts' hashes. Pagefind compiles its WebAssembly,
 * which needs 'wasm-unsafe-eval' (not 'unsafe-eval': no JavaScript eval is allowed).
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Sources allowed for styles: files only, since the build fails on an inline style. */
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * The policy as an HTTP header value. `scriptHashes` are the hashes of inline scripts every
 * page shares (the theme script that prevents a flash of the wrong theme); `frameAncestors`
 * is "'none'" for pages and "*" for embeds, which other sites frame.
 */
export function buildHeaderPolicy(scriptHashes: readonly string[], frameAncestors: string): string {
	return `${buildMetaPolicy(scriptHashes)}; frame-ancestors ${frameAncestors}`;
}

/** The policy for a page's <meta> tag: the header's, less what only a header can carry. */
export function buildMetaPolicy(scriptHashes: readonly string[]): string {
	return [
		...CSP_DIRECTIVES,
		`script-src ${[...SCRIPT_SOURCES, ...scriptHashes.map((h) => `'${h}'`)].join(' ')}`,
		`style-src ${STYLE_SOURCES.join(' ')}`,
	].join('; ');
}

/** Headers every response gets, besides the policy. */
export const COMMON_HEADERS = {
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Content-Type-Options': 'nosniff',
} as const;

/** The folder, under the site's base, whose pages other sites may frame. */
export const EMBED_FOLDER = 'embed';

/** Astro's folder of built scripts and styles (`build.assets`). */
export const ASSETS_FOLDER = '_astro';

/**
 * Headers for the built scripts and styles only. WordPress frames embeds in
 * `sandbox="allow-scripts"`, where the embed's origin is opaque, so its module scripts are
 * cross-origin requests that need CORS: without it a chart embedded in WordPress is drawn but
 * not interactive. The files are public; anyone may read them anyway.
 */
export const ASSET_HEADERS = { 'Access-Control-Allow-Origin': '*' } as const;

/**
 * A `_headers` file (Netlify, Cloudflare Pages and others) for the built site. Rules must not
 * overlap, since hosts join repeated headers and two policies would both apply; so every
 * top-level entry of the build gets its own rule, and inside the embed folder each chart gets
 * one: only charts may be framed, not the gallery that lists them.
 */
export function buildHeadersFile(options: {
	base: string;
	topLevel: readonly { name: string; isDirectory: boolean }[];
	/** The chart folders inside the embed folder. */
	embedCharts: readonly string[];
	scriptHashes: readonly string[];
	/**
	 * The other language editions, each a top-level folder laid out like the root ("es"):
	 * their entries get rules of their own, so their embeds may be framed too.
	 */
	editions?: readonly {
		folder: string;
		topLevel: readonly { name: string; isDirectory: boolean }[];
		embedCharts: readonly string[];
	}[];
}): string {
	const { base, topLevel, embedCharts, scriptHashes, editions = [] } = options;
	const rule = (pattern: string, frameAncestors: string, extra: Record<string, string> = {}) =>
		[
			pattern,
			`  Content-Security-Policy: ${buildHeaderPolicy(scriptHashes, frameAncestors)}`,
			...Object.entries({ ...COMMON_HEADERS, ...extra }).map(([k, v]) => `  ${k}: ${v}`),
		].join('\n');
	const rulesFor = (
		prefix: string,
		entries: readonly { name: string; isDirectory: boolean }[],
		charts: readonly string[],
	): string[] => {
		const rules = [rule(prefix, "'none'")];
		for (const entry of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
			const edition = entry.isDirectory && editions.find((e) => e.folder === entry.name);
			if (edition)
				rules.push(
					...rulesFor(`${prefix}${edition.folder}/`, edition.topLevel, edition.embedCharts),
				);
			else if (entry.name === EMBED_FOLDER && entry.isDirectory) {
				rules.push(
					rule(`${prefix}${EMBED_FOLDER}/`, "'none'"),
					rule(`${prefix}${EMBED_FOLDER}/index.html`, "'none'"),
				);
				for (const chart of [...charts].sort())
					rules.push(rule(`${prefix}${EMBED_FOLDER}/${chart}/*`, '*'));
			} else
				rules.push(
					rule(
						`${prefix}${entry.name}${entry.isDirectory ? '/*' : ''}`,
						"'none'",
						entry.name === ASSETS_FOLDER && entry.isDirectory ? ASSET_HEADERS : {},
					),
				);
		}
		return rules;
	};
	const rules = rulesFor(base, topLevel, embedCharts);
	return `# Security headers for this build; generated, do not edit.\n${rules.join('\n\n')}\n`;
}

/** The files the build writes for hosts, not for readers: the nginx snippet refuses them. */
export const HOST_FILES = ['_headers', 'nginx-headers.conf'] as const;

/**
 * The same headers as an nginx snippet to `include` inside a `server` block whose `root` maps
 * the site's addresses to the build (for base "/", `root` is the dist folder itself). Every
 * location answers a miss with the site's own 404 page, and the host files are refused.
 * (nginx drops inherited `add_header`s in a location that sets its own, so each location
 * repeats them.)
 */
export function buildNginxSnippet(options: {
	base: string;
	scriptHashes: readonly string[];
	/** The other language editions' folders ("es"), each with its own 404 page. */
	editions?: readonly string[];
}): string {
	const { base, scriptHashes, editions = [] } = options;
	const headers = (frameAncestors: string, extra: Record<string, string> = {}) =>
		[
			`    add_header Content-Security-Policy "${buildHeaderPolicy(scriptHashes, frameAncestors)}" always;`,
			...Object.entries({ ...COMMON_HEADERS, ...extra }).map(
				([k, v]) => `    add_header ${k} "${v}" always;`,
			),
		].join('\n');
	const notFound = `    error_page 404 ${base}404.html;`;
	// Each edition answers a miss with its own 404 page, in its language, and frames its charts.
	const editionBlocks = editions
		.map((e) => {
			const miss = `    error_page 404 ${base}${e}/404.html;`;
			return [
				`location ${base}${e}/ {\n    try_files $uri $uri/ =404;\n${miss}\n${headers("'none'")}\n}`,
				`location ~ ^${base}${e}/${EMBED_FOLDER}/[^/]+/ {\n    try_files $uri $uri/ =404;\n${miss}\n${headers('*')}\n}`,
			].join('\n');
		})
		.join('\n');
	const hostFiles = HOST_FILES.map(
		(name) => `location = ${base}${name} {\n${notFound}\n    return 404;\n}`,
	).join('\n');
	return `# nginx: security headers for this build, served at ${base}; generated, do not edit.
location ${base} {
    try_files $uri $uri/ =404;
${notFound}
${headers("'none'")}
}
${editionBlocks ? `${editionBlocks}\n` : ''}# Built scripts and styles: readable from embeds in sandboxed frames (WordPress).
location ^~ ${base}${ASSETS_FOLDER}/ {
    try_files $uri =404;
${notFound}
${headers("'none'", ASSET_HEADERS)}
}
# Charts inside the embed folder may be framed by other sites; the gallery itself may not.
location ~ ^${base}${EMBED_FOLDER}/[^/]+/ {
    try_files $uri $uri/ =404;
${notFound}
${headers('*')}
}
# Files for the host, not for readers.
${hostFiles}
`;
}
