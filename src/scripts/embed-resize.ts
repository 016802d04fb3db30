/**
 * Tells the host page how tall the embed is, whenever that changes and whenever our host
 * script asks, in every format newsroom parent scripts already understand (formats in
 * NOTES.md): our own message for /embed.js, Datawrapper's `datawrapper-height`, AMP's
 * `embed-size`, pym.js's string when the pym parent gave us a `childId`, and WordPress's
 * `height` message when WordPress gave us a secret. The messages carry only a height, so any
 * origin may read them; they go only to the parent. Nothing the parent sends is read except
 * our own "ask" (which carries nothing), and no message ever asks the host to navigate
 * (WordPress's `link` is never sent).
 */
import { isPymChildId } from '../lib/embed/protocols';

const params = new URLSearchParams(window.location.search);
const childId = params.get('childId');
const root = document.documentElement;
const chartId = root.dataset['embed'] ?? 'chart';
/** Kept by EmbedInit from WordPress's `#?secret=…` before the hash became a deep link. */
const secret = root.dataset['embedSecret'];

/**
 * This frame's own id in Datawrapper messages. Older Datawrapper parents look an iframe up by
 * this id (`#datawrapper-chart-<id>`, then `iframe[src*='<id>']`): a chart's name would match
 * the first of two copies of the same chart. Unique per instance, and selector-safe.
 */
const instanceId = `${chartId.replace(/[^\w-]/g, '-')}-${[...crypto.getRandomValues(new Uint32Array(2))].map((n) => n.toString(36)).join('')}`;

let last = 0;

function report(force = false): void {
	if (window.parent === window) return;
	const height = Math.ceil(document.body.getBoundingClientRect().height);
	if (height <= 0 || (height === last && !force)) return;
	last = height;
	const parent = window.parent;
	parent.postMessage({ type: 'explainer-embed:height', id: chartId, height }, '*');
	parent.postMessage({ 'datawrapper-height': { [instanceId]: height } }, '*');
	parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
	if (childId !== null && isPymChildId(childId))
		parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, '*');
	if (secret) parent.postMessage({ message: 'height', value: height, secret }, '*');
}

// /embed.js may start after our first report (loaded late, injected by a CMS, deferred by a
// tag manager): it then asks every frame of ours, and we answer with the height now.
window.addEventListener('message', (event) => {
	if (event.source !== window.parent || window.parent === window) return;
	const data: unknown = event.data;
	if (
		typeof data === 'object' &&
		data !== null &&
		(data as { type?: unknown }).type === 'explainer-embed:ask'
	)
		report(true);
});

new ResizeObserver(() => {
	requestAnimationFrame(() => {
		report();
	});
}).observe(document.body);
window.addEventListener('load', () => {
	report(true);
});
report();
