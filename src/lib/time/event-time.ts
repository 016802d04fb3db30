import type { StoryEvent } from '../../schemas';
import { datePrecision, describePrecision, formatPartialDate } from './dates';

/** How an event's time reads in text: the stated date or the words for its timing. */
export interface EventTime {
	/** The date as stated, in words ("January 3, 2023"), when the source gives one. */
	date?: string;
	/** The precision of that date, in words ("exact day given"). */
	precision?: string;
	/** The timing in words when there is no date ("in the months before the operation"). */
	when?: string;
	/** Whether the date as stated is disputed. */
	disputed: boolean;
	/** The whole thing as one plain phrase, for lists and text alternatives. */
	text: string;
}

/** Describes an event's time honestly: a date only when the source states one. */
export function describeEventTime(event: StoryEvent): EventTime {
	const disputed = event.flags.includes('disputed');
	if (event.date === undefined) {
		const when = event.when ?? 'Date not given';
		return { when, disputed, text: `${when} (no date given)` };
	}
	const date = formatPartialDate(event.date);
	const precision = describePrecision(datePrecision(event.date));
	const text = disputed ? `${date}, as reported; this date is disputed` : `${date} (${precision})`;
	return {
		date,
		precision,
		...(event.when === undefined ? {} : { when: event.when }),
		disputed,
		text,
	};
}
