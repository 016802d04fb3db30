/**
 * Partial dates ("2020", "2020-06", "2020-06-01") as the source states them: their precision,
 * the period they cover, and their words in a language (Intl, in UTC, so a date never moves
 * by a time zone). Nothing here adds precision a date does not carry.
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';

/** The precision of a stated date. */
export type DatePrecision = 'year' | 'month' | 'day';

/** How long a date's words are: "March 3, 2020" (long) or "Mar 3, 2020" (short, for axes). */
export type DateStyle = 'long' | 'short';

/** The precision a "YYYY", "YYYY-MM" or "YYYY-MM-DD" string carries. */
export function datePrecision(value: string): DatePrecision {
	const parts = value.split('-').length;
	return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** The first and (exclusive) last instant of a partial date, in UTC. */
export function dateInterval(value: string): { start: Date; end: Date } {
	const [y = 0, m, d] = value.split('-').map(Number);
	if (m === undefined) {
		const start = new Date(Date.UTC(y, 0, 1));
		return { start, end: utcYear.offset(start, 1) };
	}
	if (d === undefined) {
		const start = new Date(Date.UTC(y, m - 1, 1));
		return { start, end: utcMonth.offset(start, 1) };
	}
	const start = new Date(Date.UTC(y, m - 1, d));
	return { start, end: utcDay.offset(start, 1) };
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language, precision and style (they are costly to make). */
function formatter(locale: string, precision: DatePrecision, style: DateStyle) {
	const key = `${locale}|${precision}|${style}`;
	let found = formats.get(key);
	if (!found) {
		const month = style === 'long' ? 'long' : 'short';
		found = new Intl.DateTimeFormat(locale, {
			timeZone: 'UTC',
			year: 'numeric',
			...(precision === 'year' ? {} : { month }),
			...(precision === 'day' ? { day: 'numeric' } : {}),
		});
		formats.set(key, found);
	}
	return found;
}

/**
 * A partial date in words at its own precision, in a language: "2020", "March 2020",
 * "March 3, 2020" in English; "3 de marzo de 2020" in Spanish. Never a weekday, never a
 * day the date does not state.
 */
export function formatPartialDate(value: string, locale = 'en', style: DateStyle = 'long'): string {
	const precision = datePrecision(value);
	// Noon of the first day: any instant inside the period names the same year, month or day.
	const at = new Date(dateInterval(value).start.getTime() + 12 * 3600 * 1000);
	return formatter(locale, precision, style).format(at);
}

/** A phrase naming the precision, for text alternatives: "exact day given", "year only". */
export function describePrecision(precision: DatePrecision): string {
	return precision === 'day'
		? 'exact day given'
		: precision === 'month'
			? 'month only'
			: 'year only';
}
