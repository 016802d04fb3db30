/**
 * Tells the host page how tall the embed is, whenever that changes, in every format newsroom
 * parent scripts already understand (formats in NOTES.md): our own message for /embed.js,
 * Datawrapper's `datawrapper-height`, AMP's `embed-size`, and pym.js's string when the pym
 * parent gave us a `childId`. The messages carry only a height, so any origin may read them.
 */
const params = new URLSearchParams(window.location.search);
const childId = params.get('childId');
const chartId = document.documentElement.dataset['embed'] ?? 'chart';
let last = 0;

function report(): void {
	if (window.parent === window) return;
	const height = Math.ceil(document.body.getBoundingClientRect().height);
	if (height === last || height <= 0) return;
	last = height;
	window.parent.postMessage({ type: 'explainer-embed:height', id: chartId, height }, '*');
	window.parent.postMessage({ 'datawrapper-height': { [chartId]: height } }, '*');
	window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
	if (childId && /^[\w-]+$/.test(childId))
		window.parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, '*');
}

new ResizeObserver(() => {
	requestAnimationFrame(report);
}).observe(document.body);
window.addEventListener('load', report);
report();
