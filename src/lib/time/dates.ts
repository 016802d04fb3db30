/**
 * Partial dates ("2020", "2020-06", "2020-06-01") as the source states them: their precision,
 * the period they cover, and their words in the page's language (Intl, in UTC, so a date never
 * moves by a time zone). Nothing here adds precision a date does not carry.
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { I18n } from '../../i18n';
import { datePrecision, type DatePrecision } from '../../i18n/format';

export { datePrecision, type DatePrecision };

/**
 * A partial date in words at its own precision, in the page's language: "2020",
 * "March 2020", "March 3, 2020"; "marzo de 2020", "3 de marzo de 2020".
 */
export function formatPartialDate(value: string, i18n: I18n): string {
	return i18n.date(value);
}

const shortFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A partial date in short words at its own precision, for an axis: "2020", "Mar 2020",
 * "Mar 3, 2020"; "mar 2020", "3 mar 2020". Always with its year, never with a weekday.
 */
export function formatShortDate(value: string, i18n: I18n): string {
	const precision = datePrecision(value);
	const key = `${i18n.lang}|${precision}`;
	let format = shortFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(i18n.lang, {
			timeZone: 'UTC',
			year: 'numeric',
			...(precision === 'year' ? {} : { month: 'short' }),
			...(precision === 'day' ? { day: 'numeric' } : {}),
		});
		shortFormats.set(key, format);
	}
	return format.format(dateInterval(value).start);
}

/** The first and (exclusive) last instant of a partial date, in UTC. */
export function dateInterval(value: string): { start: Date; end: Date } {
	const [y = 0, m, d] = value.split('-').map(Number);
	const start = new Date(Date.UTC(2000, (m ?? 1) - 1, d ?? 1));
	// setUTCFullYear keeps years before 100 as written (Date.UTC would read 79 as 1979).
	start.setUTCFullYear(y);
	const end =
		m === undefined
			? utcYear.offset(start, 1)
			: d === undefined
				? utcMonth.offset(start, 1)
				: utcDay.offset(start, 1);
	return { start, end };
}

/** A phrase naming the precision, for text alternatives: "exact day given", "year only". */
export function describePrecision(precision: DatePrecision, i18n: I18n): string {
	return i18n.t(`date.precision.${precision}`);
}
