// One drawing thread of render-png.ts's pool: draws an SVG with resvg and encodes the PNG,
// both off the build's main thread. Plain JavaScript, because Node starts it as it is.
import { renderAsync } from '@resvg/resvg-js';

/**
 * The PNG bytes of one SVG. resvg draws in a thread of its own (renderAsync) and frees the
 * parsed drawing and its fonts there; the bitmap lives in native memory until V8 finalizes
 * its handle, which a thread with a small JavaScript heap seldom does. So after each drawing
 * the thread asks for a young-generation collection (a millisecond or two), where the build
 * exposes it (`--expose-gc`, scripts/build-options.mjs). Drawing the 50× story's map 60 times
 * on two threads peaked at 275 MB this way, 365 MB without the collections, and 750 MB with
 * resvg's synchronous `Resvg` class, whose handle also holds the parsed drawing and fonts.
 *
 * @param {{ svg: string, options: import('@resvg/resvg-js').ResvgRenderOptions }} job
 * @returns {Promise<Uint8Array>}
 */
async function drawOne({ svg, options }) {
	const png = (await renderAsync(svg, options)).asPng();
	globalThis.gc?.({ type: 'minor', execution: 'sync' });
	return png;
}

/** The latest drawing asked for, settled or not: drawings run one after another. */
/** @type {Promise<unknown>} */
let previous = Promise.resolve();

/**
 * A thread is sent a few drawings at once (render-png.ts), so it never waits for the build's
 * busy thread to send the next; it draws them in turn, holding one bitmap at a time.
 *
 * @param {{ svg: string, options: import('@resvg/resvg-js').ResvgRenderOptions }} job
 * @returns {Promise<Uint8Array>}
 */
export default function draw(job) {
	const png = previous.then(() => drawOne(job));
	previous = png.then(
		() => undefined,
		() => undefined,
	);
	return png;
}
