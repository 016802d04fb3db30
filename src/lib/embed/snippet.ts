/**
 * Embed addresses and the HTML snippets journalists paste into their CMS. Pure and shared by
 * the gallery page (server-rendered defaults) and its script (live updates), so both always
 * produce the same snippet.
 */

/** Options an embed reads from its address. */
export interface EmbedOptions {
	theme?: 'auto' | 'light' | 'dark';
	/** No header or footer. */
	plain?: boolean;
	/** No interactivity. */
	static?: boolean;
	/** An actor to focus on the map. */
	focus?: string;
	/** An event to select on the timeline. */
	event?: string;
}

/** The sandbox an embed needs: its own scripts (same origin, for module scripts) and links that open a new tab. */
export const EMBED_SANDBOX =
	'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The embed's address with its options as query parameters (defaults omitted). */
export function buildEmbedUrl(src: string, options: EmbedOptions): string {
	const url = new URL(src);
	if (options.theme && options.theme !== 'auto') url.searchParams.set('theme', options.theme);
	if (options.plain) url.searchParams.set('plain', '');
	if (options.static) url.searchParams.set('static', '');
	if (options.focus) url.searchParams.set('focus', options.focus);
	if (options.event) url.searchParams.set('event', options.event);
	return url.href.replace(/=(&|$)/g, '$1');
}

const attr = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The iframe snippet. With `script`, our resizer follows it and the iframe starts at
 * `height` and then fits its content; without, it keeps `height` (for CMSs that strip
 * scripts). With `width`, the size is also given as attributes, for hosts that strip
 * `style` (WordPress does, for oEmbed providers it discovered).
 */
export function buildSnippet(options: {
	src: string;
	title: string;
	height: number;
	width?: number;
	script?: string;
}): string {
	const height = Math.round(options.height);
	const size =
		options.width === undefined
			? ''
			: ` width="${Math.round(options.width)}" height="${height}" frameborder="0"`;
	const iframe = `<iframe src="${attr(options.src)}" title="${attr(options.title)}"${size} loading="lazy" sandbox="${EMBED_SANDBOX}" referrerpolicy="strict-origin-when-cross-origin" style="width:100%;height:${height}px;border:0"${options.script ? ' data-explainer-embed' : ''}></iframe>`;
	return options.script
		? `${iframe}\n<script src="${attr(options.script)}" async></script>`
		: iframe;
}
