/** Sizes for the offline save control, in the page's language (Intl). */

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
