import type { I18n } from '../../i18n';
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

/** Describes an event's time honestly, in the page's language: a date only when the source states one. */
export function describeEventTime(event: StoryEvent, i18n: I18n): EventTime {
	const disputed = event.flags.includes('disputed');
	if (event.date === undefined) {
		if (event.when === undefined) {
			const none = i18n.t('date.noDate');
			return { when: none, disputed, text: none };
		}
		return { when: event.when, disputed, text: i18n.t('date.noDateGiven', { when: event.when }) };
	}
	const date = formatPartialDate(event.date, i18n);
	const precision = describePrecision(datePrecision(event.date), i18n);
	const text = disputed
		? i18n.t('date.disputedText', { date })
		: i18n.t('date.withPrecision', { date, precision });
	return {
		date,
		precision,
		...(event.when === undefined ? {} : { when: event.when }),
		disputed,
		text,
	};
}
