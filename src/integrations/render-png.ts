/**
 * Drawing SVG as PNG with resvg, for the build's chart files and share cards, without the
 * build holding every bitmap it ever drew.
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

/** Bitmap bytes drawn since the last collection, and how many may pile up before one. */
let drawn = 0;
const COLLECT_AFTER = 64_000_000;

/**
 * The PNG of an SVG, drawn off the main thread. A drawn bitmap lives in native memory until
 * V8 finalizes its handle, which a build with a small JavaScript heap seldom does: 522 share
 * cards of a story 50 times a typical one held 1.5 GB. So after every 64 MB of bitmaps this
 * asks for a young-generation collection (a few milliseconds), where the build exposes it
 * (`--expose-gc`, scripts/build-options.mjs); elsewhere memory is left to V8.
 */
export async function renderPng(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
	const image = await renderAsync(svg, options);
	const png = image.asPng();
	drawn += image.width * image.height * 4;
	if (drawn > COLLECT_AFTER) {
		drawn = 0;
		globalThis.gc?.({ type: 'minor', execution: 'sync' });
	}
	return png;
}
