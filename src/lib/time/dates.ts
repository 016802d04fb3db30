import type { I18n } from '../../i18n';

export { datePrecision, type DatePrecision } from '../../i18n/format';
import type { DatePrecision } from '../../i18n/format';

/**
 * A partial date in words at its own precision, in the page's language: "2020",
 * "March 2020", "March 3, 2020"; "marzo de 2020", "3 de marzo de 2020".
 */
export function formatPartialDate(value: string, i18n: I18n): string {
	return i18n.date(value);
}

/** A phrase naming the precision, for text alternatives: "exact day given", "year only". */
export function describePrecision(precision: DatePrecision, i18n: I18n): string {
	return i18n.t(`date.precision.${precision}`);
}
