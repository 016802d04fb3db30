/**
 * Sizes, counts and dates for the offline save control, in the page's language (Intl), and
 * the `{name}` placeholders its sentences use. Sentences come whole from the page, so a
 * translation can order the words as its language needs.
 */

/** Bytes as the reader reads sizes: "512 kB", "2.1 MB", "1.3 GB" (1 MB = 1,000,000 bytes). */
export function formatBytes(bytes: number, lang: string): string {
	const [unit, value] =
		bytes >= 1e9
			? (['gigabyte', bytes / 1e9] as const)
			: bytes >= 1e6
				? (['megabyte', bytes / 1e6] as const)
				: (['kilobyte', Math.max(bytes, 1) / 1e3] as const);
	return new Intl.NumberFormat(lang, {
		style: 'unit',
		unit,
		unitDisplay: 'short',
		maximumFractionDigits: value < 10 ? 1 : 0,
	}).format(value);
}

/** Fills `{name}` placeholders; unknown names stay as they are. */
export function fillTemplate(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The CLDR plural category of a count ("one", "other", …) in a language. */
export function pluralOf(count: number, lang: string): Intl.LDMLPluralRule {
	return new Intl.PluralRules(lang).select(count);
}
