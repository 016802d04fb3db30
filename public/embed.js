/*
 * Resizes this site's chart iframes on a host page. Add it once, after the iframe snippets:
 *   <script src="https://<this site>/embed.js" async></script>
 * It acts only on iframes marked data-explainer-embed whose address is on the same site as
 * this script, and only on a height message that comes from that very iframe, with a finite
 * height in a sane range. It never navigates, never runs or inserts anything it receives.
 * Loaded after the charts reported their height (late, injected by a CMS, deferred by a tag
 * manager), it asks each of them for its height once, when it starts and when a frame loads.
 * A chart pasted by URL comes after a fallback link to its page; once the chart has reported
 * its height, that link is hidden.
 */
(function () {
	'use strict';
	var MIN = 60;
	var MAX = 20000;
	var SELECTOR = 'iframe[data-explainer-embed]';
	var script = document.currentScript;
	// Without currentScript (a tag manager that evaluates the code), each frame's own address
	// says where its messages must come from.
	var home = script && script.src ? new URL(script.src, location.href).origin : null;

	function originOf(frame) {
		try {
			return new URL(frame.getAttribute('src') || '', location.href).origin;
		} catch {
			return null;
		}
	}

	function ours(frame) {
		var origin = originOf(frame);
		return origin !== null && origin !== 'null' && (home === null || origin === home);
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || typeof data !== 'object' || data.type !== 'explainer-embed:height') return;
		var height = data.height;
		if (typeof height !== 'number' || !isFinite(height) || height < MIN || height > MAX) return;
		var frames = document.querySelectorAll(SELECTOR);
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow === event.source && ours(frame)) {
				if (event.origin !== originOf(frame)) return;
				frame.style.height = Math.round(height) + 'px';
				hideFallback(frame);
				return;
			}
		}
	});

	// Pasted by URL (oEmbed), the chart comes after a link to its page, for hosts that strip
	// iframes. Once the chart shows, that link is not needed: hide it, if it is ours.
	function hideFallback(frame) {
		var quote = frame.previousElementSibling;
		if (
			!quote ||
			quote.tagName !== 'BLOCKQUOTE' ||
			!quote.classList.contains('wp-embedded-content')
		)
			return;
		var link = quote.querySelector('a[href]');
		try {
			if (link && new URL(link.href).origin === originOf(frame)) quote.hidden = true;
		} catch {
			/* not a link of ours */
		}
	}

	// The ask carries nothing: it may go to whatever the frame shows now ('*'), where a
	// stricter target would log an error for a frame that has not loaded yet.
	function ask(frame) {
		if (frame.contentWindow && ours(frame))
			frame.contentWindow.postMessage({ type: 'explainer-embed:ask' }, '*');
	}

	var frames = document.querySelectorAll(SELECTOR);
	for (var i = 0; i < frames.length; i++) {
		ask(frames[i]);
		frames[i].addEventListener('load', ask.bind(null, frames[i]));
	}
})();
