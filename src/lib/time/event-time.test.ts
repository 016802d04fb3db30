import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import type { StoryEvent } from '../../schemas';
import { describeEventTime } from './event-time';

const event = (data: Partial<StoryEvent>) =>
	({ title: 'T', summary: 'S', flags: [], actors: [], claims: [], ...data }) as StoryEvent;

describe('describeEventTime', () => {
	const en = createI18n('en');

	it('gives a stated date with its precision, and no date where none is stated', () => {
		expect(describeEventTime(event({ date: '2020' }), en).text).toBe('2020 (year only)');
		expect(describeEventTime(event({ when: 'Later' }), en).text).toBe('Later (no date given)');
	});

	it('says once that no date is given when the event has no words for its time either', () => {
		const { text, when } = describeEventTime(event({}), en);
		expect(text).toBe('Date not given');
		expect(when).toBe('Date not given');
	});

	it('speaks the page’s language', () => {
		expect(describeEventTime(event({}), createI18n('es')).text).toBe('Sin fecha');
		expect(describeEventTime(event({ when: 'Después' }), createI18n('es')).text).toBe(
			'Después (sin fecha)',
		);
	});
});
