/** The precision of a stated date. */
export type DatePrecision = 'year' | 'month' | 'day';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** The precision a "YYYY", "YYYY-MM" or "YYYY-MM-DD" string carries. */
export function datePrecision(value: string): DatePrecision {
	const parts = value.split('-').length;
	return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** A partial date in words at its own precision: "2020", "March 2020", "March 3, 2020". */
export function formatPartialDate(value: string): string {
	const [y, m, d] = value.split('-');
	const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
	if (month === undefined) return y ?? value;
	if (d === undefined) return `${month} ${y ?? ''}`;
	return `${month} ${Number(d)}, ${y ?? ''}`;
}

/** A phrase naming the precision, for text alternatives: "day given", "year only". */
export function describePrecision(precision: DatePrecision): string {
	return precision === 'day'
		? 'exact day given'
		: precision === 'month'
			? 'month only'
			: 'year only';
}
