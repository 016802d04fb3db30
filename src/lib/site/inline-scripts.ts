/**
 * The only inline scripts the kit emits, as text, and their hashes for the Content Security
 * Policy. They are inline because they must run before the first paint (a module script runs
 * after it). The header policy allows exactly these hashes, computed here from the kit's own
 * source and never from built pages, so nothing a story's content contains (a name such as
 * `<script>…</script>` ends up as text in attributes) can ever add a hash to the policy.
 * Components insert them with `set:html` from these constants, so the hashed text is the
 * emitted text; the dist tests check that every page's inline scripts are in this list.
 */
import { createHash } from 'node:crypto';

/**
 * Every page: marks that scripts run (module scripts do not from file://), so controls that
 * need them can show now, or that the page is a copy opened from disk (FileNotice), and applies the reader's saved theme so the page never flashes the
 * wrong scheme. Storage may be blocked (private modes, sandboxed frames): then the theme
 * follows the system.
 */
export const THEME_INIT_SCRIPT = `(() => {
	const root = document.documentElement;
	if (location.protocol !== 'file:') root.setAttribute('data-scripts', '');
	else root.setAttribute('data-file', '');
	try {
		const saved = localStorage.getItem('theme');
		if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
	} catch {}
})();`;

/**
 * Embed pages: reads the options from the query (`theme=light|dark`, `plain`, `static`,
 * `focus=<actor-id>`, `event=<event-id>`), whatever the hash carries. A host may have put its
 * own part there (WordPress appends `#?secret=…`): its secret is kept on the root element for
 * the height message (public/embed-frame.js), then a focus or event option becomes the deep-link hash
 * the charts read, unless the reader's own deep link is already there. History may be refused
 * in a sandboxed frame; the option is then simply not applied.
 */
export const EMBED_INIT_SCRIPT = `(() => {
	const q = new URLSearchParams(location.search);
	const root = document.documentElement;
	if (location.protocol !== 'file:') root.setAttribute('data-scripts', '');
	const theme = q.get('theme');
	if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
	if (q.has('plain')) root.setAttribute('data-plain', '');
	if (q.has('static')) root.setAttribute('data-static', '');
	const secret = /[#?&]secret=([A-Za-z0-9]{1,64})(?=$|[#&?])/.exec(location.hash);
	if (secret) root.dataset.embedSecret = secret[1];
	if (/^#(?:focus|edge|event)=/.test(location.hash)) return;
	for (const key of ['focus', 'event']) {
		const id = q.get(key);
		if (!id || !/^[a-z0-9-]{1,200}$/.test(id)) continue;
		try {
			history.replaceState(null, '', location.pathname + location.search + '#' + key + '=' + id);
		} catch {}
		return;
	}
})();`;

/** Every inline script the kit emits. */
export const INLINE_SCRIPTS: readonly string[] = [THEME_INIT_SCRIPT, EMBED_INIT_SCRIPT];

/** A script's CSP hash source, without quotes: `sha256-…`. */
export function scriptHash(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/** The hashes of the kit's inline scripts, sorted: all the header policy allows inline. */
export function inlineScriptHashes(): `sha256-${string}`[] {
	return INLINE_SCRIPTS.map(scriptHash).sort();
}
