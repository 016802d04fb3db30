import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { contentHash, contentCacheRoot } from './content-cache';

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

/** The version in a package's package.json, found beside one of its files. */
const versionBeside = (file: string, up: string) =>
	(
		JSON.parse(
			readFileSync(path.join(path.dirname(require.resolve(file)), up, 'package.json'), 'utf8'),
		) as {
			version: string;
		}
	).version;

/** What makes the drawing copies of the fonts (harfbuzz, through subset-font): a new version makes them again. */
const PREPARED_BY = `subset-font ${versionBeside('subset-font', '.')}, harfbuzzjs ${versionBeside('harfbuzzjs/dist/harfbuzz-subset.wasm', '..')}`;

/** Every code point, so that a drawing copy maps every character its font maps. */
const EVERY_CHARACTER = Array.from({ length: 0x110000 - 0x20 }, (_, i) => i + 0x20)
	.filter((c) => c < 0xd800 || c > 0xdfff)
	.map((c) => String.fromCodePoint(c))
	.join('');

/** The name records a copy keeps: all of them, since resvg picks faces by family and style. */
const EVERY_NAME_ID = Array.from({ length: 256 }, (_, i) => i);

const prepared = new Map<string, Promise<string>>();

/**
 * The file resvg draws a font from: a copy without the font's TrueType hinting instructions,
 * made once and kept in the build cache (node_modules/.cache/explainer-kit/drawing-fonts/). It
 * keeps every glyph, metric, name and layout table, and resvg never reads hinting, so it draws
 * the same pixels. The copy is smaller (Source Sans 3 Regular 431 KB → 280 KB), and that is
 * what matters: resvg reads the whole font file again for every glyph it draws (a share card
 * of 250 characters read Source Sans 236 times, 100 MB, at 430 KB a read). A card draws in 15
 * ms instead of 22 this way. When the copy cannot be made, resvg is given the original.
 */
export function drawingFont(file: string): Promise<string> {
	let copy = prepared.get(file);
	if (!copy) {
		copy = prepare(file).catch((error: unknown) => {
			console.warn(
				`[explainer:fonts] drawing from ${file} as it is: its copy without hinting could not be made (${error instanceof Error ? error.message : String(error)})`,
			);
			return file;
		});
		prepared.set(file, copy);
	}
	return copy;
}

async function prepare(file: string): Promise<string> {
	const font = readFileSync(file);
	const dir = path.join(contentCacheRoot(), 'drawing-fonts');
	const target = path.join(
		dir,
		`${contentHash(PREPARED_BY, font).slice(0, 32)}-${path.basename(file)}`,
	);
	if (existsSync(target)) return target;
	const copy = await subsetFont(font, EVERY_CHARACTER, {
		targetFormat: 'truetype',
		noHinting: true,
		preserveNameIds: EVERY_NAME_ID,
	});
	mkdirSync(dir, { recursive: true });
	// Written beside and renamed, so a build running at the same time never reads half a file.
	const partial = `${target}.${process.pid}.partial`;
	writeFileSync(partial, copy);
	renameSync(partial, target);
	return target;
}

/**
 * resvg's font options for a set of files, from their drawing copies (`drawingFont`), never
 * the machine's own fonts (builds must agree).
 */
export async function resvgFonts(files: readonly string[]) {
	return {
		fontFiles: await Promise.all(files.map((file) => drawingFont(file))),
		loadSystemFonts: false,
		defaultFontFamily: 'Source Sans 3',
	};
}
