import { describe, expect, it } from 'vitest';
import { isPymChildId } from './protocols';

describe('isPymChildId', () => {
	it('accepts any id a container can carry', () => {
		for (const id of ['chart-1', 'my.chart', 'grafik:1', 'gráfico', 'a_b', 'x/y', '[1]'])
			expect(isPymChildId(id), id).toBe(true);
	});

	it('refuses ids that would change how a pym parent reads the message', () => {
		for (const id of [
			'',
			'a b',
			'a\tb',
			'a\nb',
			'chart-1xPYMxnavigateToxPYMxjavascript:alert(1)',
			'x XPYMX y',
			'a\u202eb',
			'a\u0000b',
			'x'.repeat(201),
		])
			expect(isPymChildId(id), JSON.stringify(id)).toBe(false);
	});
});
