/**
 * The design tokens' colours, checked as a reader would need them: text and marks contrast with
 * every surface in both themes (WCAG 2.2 AA), and the attribution and actor-kind palettes stay
 * apart in greyscale and for readers with colour-vision deficiencies (simulated with culori's
 * Machado et al. 2009 filters at full severity; differences are CIEDE2000).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
	differenceCiede2000,
	filterDeficiencyDeuter,
	filterDeficiencyProt,
	filterDeficiencyTrit,
	parse,
	wcagContrast,
	type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';

const css = readFileSync(path.resolve('src/styles/tokens.css'), 'utf8');
type Theme = 'light' | 'dark';
const THEMES: readonly Theme[] = ['light', 'dark'];

/** A colour token's value in one theme, from its `light-dark(light, dark)` pair. */
function token(name: string, theme: Theme): string {
	const m = new RegExp(`${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(
		css,
	);
	if (!m?.[1] || !m[2]) throw new Error(`tokens.css has no light-dark() colour ${name}`);
	return theme === 'light' ? m[1] : m[2];
}
const color = (hex: string): Color => {
	const c = parse(hex);
	if (!c) throw new Error(`not a colour: ${hex}`);
	return c;
};

const SURFACES = ['--bg', '--bg-soft', '--bg-raised'];
const TEXT = ['--text', '--muted', '--accent', '--disputed'];
const MARKS = ['--focus', '--line-solid', '--line-dashed', '--line-dotted', '--line-mixed'];
const KINDS = ['--kind-person', '--kind-organization', '--kind-group'];
const ATTRIBUTION = ['--line-solid', '--line-dashed', '--line-dotted', '--line-mixed'];

/** Smallest contrast between palette members in greyscale (WCAG luminance ratio). */
const GREY_MIN = 1.5;
/** Smallest CIEDE2000 difference between palette members under each simulation. */
const DELTA_MIN = 12;
const SIMULATIONS: Record<string, (c: Color) => Color> = {
	'normal vision': (c) => c,
	protanopia: filterDeficiencyProt(1),
	deuteranopia: filterDeficiencyDeuter(1),
	tritanopia: filterDeficiencyTrit(1),
};
const delta = differenceCiede2000();

const pairs = (names: readonly string[]) =>
	names.flatMap((a, i) => names.slice(i + 1).map((b) => [a, b] as const));

describe.each(THEMES)('the %s theme', (theme) => {
	it('sets text at 4.5:1 or more on every surface', () => {
		const low: string[] = [];
		for (const bg of [...SURFACES, '--accent-soft', '--mark', '--disputed-soft'])
			for (const fg of bg.startsWith('--bg') ? TEXT : ['--text']) {
				const ratio = wcagContrast(token(fg, theme), token(bg, theme));
				if (ratio < 4.5) low.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
			}
		expect(low).toEqual([]);
	});

	it('draws marks and focus rings at 3:1 or more on every surface', () => {
		const low: string[] = [];
		for (const bg of SURFACES)
			for (const fg of [...MARKS, ...KINDS]) {
				const ratio = wcagContrast(token(fg, theme), token(bg, theme));
				if (ratio < 3) low.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
			}
		expect(low).toEqual([]);
	});

	for (const [palette, names] of [
		['attribution', ATTRIBUTION],
		['actor-kind', KINDS],
	] as const) {
		it(`keeps the ${palette} palette apart in greyscale`, () => {
			const close = pairs(names)
				.map(([a, b]) => [a, b, wcagContrast(token(a, theme), token(b, theme))] as const)
				.filter(([, , ratio]) => ratio < GREY_MIN)
				.map(([a, b, ratio]) => `${a} / ${b}: ${ratio.toFixed(2)}`);
			expect(close).toEqual([]);
		});

		it(`keeps the ${palette} palette apart for common colour-vision deficiencies`, () => {
			const close: string[] = [];
			for (const [vision, simulate] of Object.entries(SIMULATIONS))
				for (const [a, b] of pairs(names)) {
					const d = delta(simulate(color(token(a, theme))), simulate(color(token(b, theme))));
					if (d < DELTA_MIN) close.push(`${vision}: ${a} / ${b}: ΔE ${d.toFixed(1)}`);
				}
			expect(close).toEqual([]);
		});
	}
});

describe('the checks themselves', () => {
	it('would catch the palette this kit had before (greyscale ties, a protanopia clash)', () => {
		// The former dark-theme solid and mixed lines: 1.12:1 in greyscale, ΔE 3.2 in protanopia.
		const [solid, mixed] = [color('#c5cad1'), color('#5fd0d0')];
		expect(wcagContrast(solid, mixed)).toBeLessThan(GREY_MIN);
		expect(delta(filterDeficiencyProt(1)(solid), filterDeficiencyProt(1)(mixed))).toBeLessThan(
			DELTA_MIN,
		);
	});
});
