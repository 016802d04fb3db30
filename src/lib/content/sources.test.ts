import { describe, expect, it } from 'vitest';
import type { Source } from '../../schemas';
import { creditSource, labelSources, orderSources } from './sources';
import type { Entry } from './types';

const source = (id: string, extra: Partial<Source> = {}): Entry<Source> => ({
	id,
	file: `sources/${id}.yaml`,
	data: {
		title: `Title ${id}`,
		kind: 'news report',
		paragraphCount: 1,
		paragraphs: ['P.'],
		...extra,
	},
});

describe('orderSources', () => {
	it('puts the primary source first, then the rest by id', () => {
		const ordered = orderSources([source('c'), source('a'), source('b')], 'b');
		expect(ordered.map((s) => s.id)).toEqual(['b', 'a', 'c']);
	});
});

describe('labelSources', () => {
	it('labels a single unnamed source "Report"', () => {
		expect([...labelSources([source('a')], 'Report')]).toEqual([['a', 'Report']]);
	});

	it('keeps two unnamed sources apart with letters, in reading order', () => {
		const labels = labelSources(orderSources([source('a'), source('b')], 'b'), 'Report');
		expect(labels.get('b')).toBe('Report A');
		expect(labels.get('a')).toBe('Report B');
	});

	it('uses the publisher, lettered only when two share it', () => {
		const labels = labelSources(
			[
				source('a', { publisher: 'Daily' }),
				source('b', { publisher: 'Weekly' }),
				source('c', { publisher: 'Weekly' }),
			],
			'Report',
		);
		expect([...labels.values()]).toEqual(['Daily', 'Weekly A', 'Weekly B']);
	});

	it('prefers the source’s own short label, and never repeats it as a default', () => {
		const labels = labelSources(
			[
				source('a', { short: 'Minutes' }),
				source('b'),
				source('c', { short: 'Report A' }),
				source('d'),
			],
			'Report',
		);
		expect([...labels.values()]).toEqual(['Minutes', 'Report B', 'Report A', 'Report C']);
		expect(new Set(labels.values()).size).toBe(4);
	});

	it('takes the fallback word from the caller (another language)', () => {
		expect(labelSources([source('a'), source('b')], 'Informe').get('a')).toBe('Informe A');
	});

	it('gives 30 unnamed sources 30 different labels', () => {
		const many = Array.from({ length: 30 }, (_, i) => source(`s${String(i).padStart(2, '0')}`));
		const labels = [...labelSources(many, 'Report').values()];
		expect(new Set(labels).size).toBe(30);
		expect(labels.at(26)).toBe('Report AA');
	});
});

describe('creditSource', () => {
	it('names the title, and the publisher when known', () => {
		expect(creditSource(source('a').data)).toBe('Title a');
		expect(creditSource(source('a', { publisher: 'Daily' }).data)).toBe('Title a (Daily)');
	});
});
