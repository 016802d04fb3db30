import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FONTS, FONT_FAMILY, drawingFont, resvgFonts } from './fonts';

// Every face the charts use, accented Spanish, ligatures, kerning pairs, Greek and Cyrillic
// (which Source Sans 3 draws) and the warning sign (which only DejaVu Sans has).
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="260" font-family="${FONT_FAMILY.replaceAll("'", '&apos;')}">
<rect width="640" height="260" fill="#fff"/>
<text x="10" y="40" font-size="28">Diosdado Cabello, ministro — «¿qué?» ñ ü fi fl AV To</text>
<text x="10" y="90" font-size="28" font-style="italic">Reuters: según fuentes, 2026 ‘then’</text>
<text x="10" y="140" font-size="28" font-weight="600">Semibold: Washington ↔ Caracas №</text>
<text x="10" y="190" font-size="28" font-weight="700" letter-spacing="2">BOLD ΑΒΓ Ωμέγα Жизнь ⚠ disputed</text>
<text x="10" y="240" font-size="20">0123456789 % € $ · • … ≈</text>
</svg>`;

describe('drawingFont', () => {
	let cache: string;
	const saved = process.env['CONTENT_CACHE_DIR'];
	beforeAll(() => {
		cache = mkdtempSync(path.join(tmpdir(), 'drawing-fonts-'));
		process.env['CONTENT_CACHE_DIR'] = cache;
	});
	afterAll(() => {
		if (saved === undefined) delete process.env['CONTENT_CACHE_DIR'];
		else process.env['CONTENT_CACHE_DIR'] = saved;
		rmSync(cache, { recursive: true, force: true });
	});

	it('makes a smaller copy of each font, in the build cache', async () => {
		for (const file of FONTS) {
			const copy = await drawingFont(file);
			expect(copy.startsWith(path.join(cache, 'drawing-fonts'))).toBe(true);
			expect(statSync(copy).size).toBeLessThan(statSync(file).size * 0.8);
		}
	});

	it('draws exactly the pixels the original fonts draw', async () => {
		const original = {
			fontFiles: FONTS,
			loadSystemFonts: false,
			defaultFontFamily: 'Source Sans 3',
		};
		const [before, after] = await Promise.all([
			renderAsync(SVG, { font: original }),
			resvgFonts(FONTS).then((font) => renderAsync(SVG, { font })),
		]);
		expect(after.width).toBe(before.width);
		const a = before.pixels;
		const b = after.pixels;
		let differing = 0;
		for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++;
		expect(differing).toBe(0);
		// And it drew text at all: the rows of each line hold dark pixels.
		expect(a.some((v, i) => i % 4 === 0 && v < 100)).toBe(true);
	});
});
