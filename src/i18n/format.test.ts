import { describe, expect, it } from 'vitest';
import { createI18n } from './index';
import { formatTick } from './format';
import { formatMessage, messageParts, placeholdersOf } from './message';

const en = createI18n('en');
const es = createI18n('es');

describe('dates at their own precision', () => {
	it('writes a day, a month or a year, never more than given', () => {
		expect(en.date('2023-01-03')).toBe('January 3, 2023');
		expect(es.date('2023-01-03')).toBe('3 de enero de 2023');
		expect(en.date('1961-05')).toBe('May 1961');
		expect(es.date('1961-05')).toBe('mayo de 1961');
		expect(es.date('2020')).toBe('2020');
	});

	it('keeps years before 100 as written, not shifted to the 1900s', () => {
		expect(en.date('0079')).toBe('79');
	});

	it('labels axis ticks by the precision the ticks step by', () => {
		const t = new Date(Date.UTC(2020, 2, 1));
		expect(formatTick(t, 'year', 'es')).toBe('2020');
		expect(formatTick(t, 'month', 'es')).toBe('mar 2020');
		expect(formatTick(t, 'month', 'en')).toBe('Mar 2020');
	});

	it('names the precision in words', () => {
		expect(es.t('date.precision.month')).toBe('solo el mes');
	});
});

describe('messages', () => {
	it('chooses the plural form by count and writes numbers the language’s way', () => {
		expect(es.t('network.relations', { count: 1 })).toBe('1 relación');
		expect(es.t('network.relations', { count: 1500 })).toBe('1500 relaciones');
		expect(en.t('network.relations', { count: 1500 })).toBe('1,500 relations');
		expect(es.t('network.relations', { count: 0 })).toBe('ninguna relación');
	});

	it('joins lists and sorts names as the language does', () => {
		expect(es.list(['Ana', 'Luis', 'Sofía'])).toBe('Ana, Luis y Sofía');
		expect(en.list(['Ana', 'Luis'])).toBe('Ana and Luis');
		expect(['Zoe', 'Álvaro', 'Beto'].sort(es.compare)).toEqual(['Álvaro', 'Beto', 'Zoe']);
	});

	it('names languages in the reader’s language', () => {
		expect(es.languageName('en')).toBe('inglés');
		expect(en.languageName('es')).toBe('Spanish');
	});

	it('splits a message around slots, filling the other placeholders', () => {
		expect(messageParts('See {link} in {n} ways', 'en', ['link'], { n: 2 })).toEqual([
			'See ',
			{ slot: 'link' },
			' in 2 ways',
		]);
		expect(formatMessage('Left {alone}', 'en')).toBe('Left {alone}');
		expect(placeholdersOf({ one: '{count} x', other: '{count} {what}' })).toEqual([
			'count',
			'what',
		]);
	});

	it('marks a translated quotation as ours, naming the original’s language', () => {
		expect(es.t('quote.translated', { language: es.languageName('en') })).toBe(
			'traducción nuestra de la cita en inglés del informe',
		);
	});
});
