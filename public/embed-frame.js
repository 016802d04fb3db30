/*
 * Inside a chart embed: tells the host page how tall the embed is, whenever that changes and
 * whenever the host's script asks, in every format newsroom parent scripts already understand
 * (formats in NOTES.md): our own message for /embed.js, Datawrapper's `datawrapper-height`,
 * AMP's `embed-size`, pym.js's string when the pym parent gave us a `childId`, and
 * WordPress's `height` message when WordPress gave us a secret (`#?secret=…`, kept by the
 * embed's first script before the hash became a deep link).
 *
 * The messages carry only a height, so any origin may read them; they go only to the parent.
 * Of the parent's messages, only two handshakes are answered, by sending the height again:
 * /embed.js's `explainer-embed:ask` and WordPress's `ready` with our secret. Nothing in them is
 * used, and no message ever asks the host to navigate (WordPress's `link` is never sent).
 *
 * A classic script, not a module: WordPress frames embeds in `sandbox="allow-scripts"`, where
 * the page's origin is opaque and module scripts need CORS headers many hosts do not send.
 * It needs no storage, cookies or worker, which throw there.
 */
(function () {
	'use strict';
	if (window.parent === window) return;
	var parent = window.parent;
	var root = document.documentElement;
	var chartId = root.getAttribute('data-embed') || 'chart';
	var secret = root.getAttribute('data-embed-secret');

	// pym.js echoes the id of the host's container (any id an element can have: `my.chart`).
	// Refused: what would change how a pym parent splits its message (whitespace, control
	// characters, its separator xPYMx), e.g. `a xPYMxnavigateToxPYMx…`.
	var childId = new URLSearchParams(location.search).get('childId');
	if (
		childId !== null &&
		(childId.length === 0 ||
			childId.length > 200 ||
			/[\s\p{Cc}\p{Cf}]/u.test(childId) ||
			childId.toLowerCase().indexOf('xpymx') !== -1)
	)
		childId = null;

	// This frame's own id in Datawrapper messages. Older Datawrapper parents find an iframe by
	// this id (`#datawrapper-chart-<id>`, then `iframe[src*='<id>']`): a chart's name would match
	// the first of two copies of the same chart. Unique per instance, and selector-safe.
	var random = crypto.getRandomValues(new Uint32Array(2));
	var instanceId =
		chartId.replace(/[^\w-]/g, '-') + '-' + random[0].toString(36) + random[1].toString(36);

	var last = 0;
	function report(force) {
		var height = Math.ceil(document.body.getBoundingClientRect().height);
		if (height <= 0 || (height === last && !force)) return;
		last = height;
		var dw = {};
		dw[instanceId] = height;
		parent.postMessage({ type: 'explainer-embed:height', id: chartId, height: height }, '*');
		parent.postMessage({ 'datawrapper-height': dw }, '*');
		parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
		if (childId !== null)
			parent.postMessage('pymxPYMx' + childId + 'xPYMxheightxPYMx' + height, '*');
		if (secret) parent.postMessage({ message: 'height', value: height, secret: secret }, '*');
	}

	window.addEventListener('message', function (event) {
		if (event.source !== parent) return;
		var data = event.data;
		if (typeof data !== 'object' || data === null) return;
		if (
			data.type === 'explainer-embed:ask' ||
			(secret && data.message === 'ready' && data.secret === secret)
		)
			report(true);
	});

	new ResizeObserver(function () {
		requestAnimationFrame(function () {
			report(false);
		});
	}).observe(document.body);
	window.addEventListener('load', function () {
		report(true);
	});
	report(false);
})();
