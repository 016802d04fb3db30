/*
 * Resizes this site's chart iframes on a host page. Add it once, after the iframe snippets:
 *   <script src="https://<this site>/embed.js" async></script>
 * It acts only on iframes marked data-explainer-embed whose address is on the same site as
 * this script, and only on a height message that comes from that very iframe, with a finite
 * height in a sane range. It never navigates, never runs or inserts anything it receives.
 */
(function () {
	'use strict';
	var MIN = 60;
	var MAX = 20000;
	var script = document.currentScript;
	var home = script && script.src ? new URL(script.src, location.href).origin : location.origin;

	function ours(frame) {
		try {
			return new URL(frame.getAttribute('src') || '', location.href).origin === home;
		} catch {
			return false;
		}
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || typeof data !== 'object' || data.type !== 'explainer-embed:height') return;
		var height = data.height;
		if (typeof height !== 'number' || !isFinite(height) || height < MIN || height > MAX) return;
		if (event.origin !== home) return;
		var frames = document.querySelectorAll('iframe[data-explainer-embed]');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow === event.source && ours(frame)) {
				frame.style.height = Math.round(height) + 'px';
				return;
			}
		}
	});
})();
