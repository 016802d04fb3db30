/**
 * Dates, lists, names of languages and sorting, for a page's language, with Intl. Pure; each
 * formatter is made once per language and kept.
 */

/** The precision of a stated date. */
export type DatePrecision = 'year' | 'month' | 'day';

const cache = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
	if (!cache.has(key)) cache.set(key, make());
	return cache.get(key) as T;
}

const DATE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
	year: { year: 'numeric', timeZone: 'UTC' },
	month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
	day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/** The precision a "YYYY", "YYYY-MM" or "YYYY-MM-DD" string carries. */
export function datePrecision(value: string): DatePrecision {
	const parts = value.split('-').length;
	return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** The UTC instant a partial date starts at: "2020-03" → 1 March 2020. */
function startOf(value: string): Date {
	const [y = 0, m = 1, d = 1] = value.split('-').map(Number);
	const date = new Date(Date.UTC(0, m - 1, d));
	date.setUTCFullYear(y);
	return date;
}

/**
 * A partial date in words at its own precision, never more: "2020", "March 2020",
 * "March 3, 2020" in English; "2020", "marzo de 2020", "3 de marzo de 2020" in Spanish.
 */
export function formatPartialDate(value: string, lang: string): string {
	const precision = datePrecision(value);
	const format = once(
		`date:${lang}:${precision}`,
		() => new Intl.DateTimeFormat(lang, DATE_OPTIONS[precision]),
	);
	return format.format(startOf(value));
}

/** A tick on a time axis, at the precision the ticks step by: "2020", "Mar 2020", "Mar 3". */
export function formatTick(date: Date, precision: DatePrecision, lang: string): string {
	const options: Intl.DateTimeFormatOptions =
		precision === 'year'
			? { year: 'numeric', timeZone: 'UTC' }
			: precision === 'month'
				? { year: 'numeric', month: 'short', timeZone: 'UTC' }
				: { month: 'short', day: 'numeric', timeZone: 'UTC' };
	return once(`tick:${lang}:${precision}`, () => new Intl.DateTimeFormat(lang, options)).format(
		date,
	);
}

/** Items joined as the language lists them: "A, B and C", "A, B y C". */
export function formatList(
	items: readonly string[],
	lang: string,
	type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction',
): string {
	return once(
		`list:${lang}:${type}`,
		() => new Intl.ListFormat(lang, { style: 'long', type }),
	).format(items);
}

/** A collator for the language: sorts names as its readers expect ("Á" beside "A"). */
export function collatorFor(lang: string): Intl.Collator {
	return once(`collator:${lang}`, () => new Intl.Collator(lang, { sensitivity: 'base' }));
}

/** A language's name in another language: ("en", "es") → "inglés"; ("es", "es") → "español". */
export function languageName(tag: string, inLang: string): string {
	const names = once(
		`names:${inLang}`,
		() => new Intl.DisplayNames(inLang, { type: 'language', fallback: 'code' }),
	);
	return names.of(tag) ?? tag;
}

/** Lower-cases text by the language's rules (Turkish dotted i, for one). */
export function lowerCase(text: string, lang: string): string {
	return text.toLocaleLowerCase(lang);
}

/** Upper-cases the first letter by the language's rules: "ongoing" → "Ongoing". */
export function capitalize(text: string, lang: string): string {
	const first = text.codePointAt(0);
	if (first === undefined) return text;
	const ch = String.fromCodePoint(first);
	return ch.toLocaleUpperCase(lang) + text.slice(ch.length);
}
