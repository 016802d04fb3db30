import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
/** Where the bundled Source Sans 3 files are (the `source-sans` package). */
const FONT_DIR = path.join(path.dirname(require.resolve('source-sans/package.json')), 'TTF');
/** DejaVu Sans fills in symbols Source Sans lacks (such as the warning sign on disputed dates). */
const SYMBOL_FONT = path.join(
	path.dirname(require.resolve('dejavu-fonts-ttf/package.json')),
	'ttf',
	'DejaVuSans.ttf',
);

/** The font files drawn into chart PNGs: resvg only draws text with fonts it is given. */
export const FONTS = [
	...['Regular', 'It', 'Semibold', 'Bold'].map((w) => path.join(FONT_DIR, `SourceSans3-${w}.ttf`)),
	SYMBOL_FONT,
];

/** The font files share cards need: fewer files is faster, and cards use two weights. */
export const CARD_FONTS = [
	...['Regular', 'Bold'].map((w) => path.join(FONT_DIR, `SourceSans3-${w}.ttf`)),
	SYMBOL_FONT,
];

/** The family files are drawn in, with the symbol font behind it. */
export const FONT_FAMILY = "'Source Sans 3', 'DejaVu Sans', sans-serif";

/** resvg's font options for a set of files, never the machine's own fonts (builds must agree). */
export function resvgFonts(files: readonly string[]) {
	return { fontFiles: [...files], loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' };
}
