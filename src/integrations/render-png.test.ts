import { afterEach, describe, expect, it } from 'vitest';
import { openPngRenderer } from './render-png';

const SVG =
	'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="#0a56c2"/></svg>';
const PNG_SIGNATURE = [137, 80, 78, 71];

describe('openPngRenderer and the purge delay the build launcher sets', () => {
	const saved = {
		delay: process.env['MIMALLOC_PURGE_DELAY'],
		mark: process.env['EXPLAINER_BUNDLER_PURGE'],
	};
	afterEach(() => {
		if (saved.delay === undefined) delete process.env['MIMALLOC_PURGE_DELAY'];
		else process.env['MIMALLOC_PURGE_DELAY'] = saved.delay;
		if (saved.mark === undefined) delete process.env['EXPLAINER_BUNDLER_PURGE'];
		else process.env['EXPLAINER_BUNDLER_PURGE'] = saved.mark;
	});

	it("takes the launcher's setting out before its threads load resvg", async () => {
		process.env['MIMALLOC_PURGE_DELAY'] = '0';
		process.env['EXPLAINER_BUNDLER_PURGE'] = '1';
		const renderer = openPngRenderer(1, 1);
		try {
			const png = await renderer.render(SVG, {});
			expect([...png.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
			expect(process.env['MIMALLOC_PURGE_DELAY']).toBeUndefined();
			expect(process.env['EXPLAINER_BUNDLER_PURGE']).toBeUndefined();
		} finally {
			await renderer.close();
		}
	});

	it("keeps a caller's own setting", async () => {
		process.env['MIMALLOC_PURGE_DELAY'] = '25';
		delete process.env['EXPLAINER_BUNDLER_PURGE'];
		const renderer = openPngRenderer(1, 1);
		try {
			await renderer.render(SVG, {});
			expect(process.env['MIMALLOC_PURGE_DELAY']).toBe('25');
		} finally {
			await renderer.close();
		}
	});
});
