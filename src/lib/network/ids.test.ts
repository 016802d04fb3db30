import { describe, expect, it } from 'vitest';
import { createNetworkIds } from './ids';

describe('createNetworkIds', () => {
	it('gives the main chart the public deep-link ids', () => {
		const ids = createNetworkIds('map', true);
		expect(ids.node('a')).toBe('focus=a');
		expect(ids.edge('a-b')).toBe('edge=a-b');
		expect(ids.row('a-b')).toBe('relation-a-b');
		expect(ids.marker('dashed')).toBe('map-arrow-dashed');
	});

	it('keeps other charts’ ids apart by prefix, with no deep links', () => {
		const a = createNetworkIds('near');
		const b = createNetworkIds('embed');
		expect(a.node('x')).toBeUndefined();
		expect(a.edge('x')).toBeUndefined();
		const all = (ids: typeof a) => [
			ids.title,
			ids.desc,
			ids.help,
			ids.panel,
			ids.panelTitle,
			ids.marker('solid'),
			ids.row('x'),
			ids.actorRow('x'),
		];
		expect(new Set([...all(a), ...all(b)]).size).toBe(16);
	});

	it('refuses a prefix that is not a kebab-case word', () => {
		expect(() => createNetworkIds('My Map')).toThrow(/kebab-case/);
		expect(() => createNetworkIds('')).toThrow();
	});
});
