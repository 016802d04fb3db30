/**
 * Small graphs for the relationship map's tests: fixed data, no content ids. Not a test file
 * itself (vitest only runs `*.test.ts`).
 */
import type { ActorKind } from '../../schemas';
import type { NetworkEdgeInput, NetworkGraph } from './layout';

const edge = (
	id: string,
	source: string,
	target: string,
	extra: Partial<NetworkEdgeInput> = {},
): NetworkEdgeInput => ({
	id,
	source,
	target,
	directed: true,
	type: 'talks',
	label: 'talked with',
	attributions: ['multiple-unnamed-sources'],
	line: 'dashed',
	...extra,
});

/**
 * Eight actors of every kind, with a pinned one, an isolated one, two ties between the same
 * pair, undirected ties, every line style and a tie with mixed sourcing.
 */
export function smallGraph(): NetworkGraph {
	const node = (id: string, name: string, kind: ActorKind, relations: number) => ({
		id,
		name,
		kind,
		relations,
	});
	return {
		nodes: [
			node('ana', 'Ana Pérez', 'person', 4),
			node('bank', 'Banco del Sur', 'organization', 3),
			node('guard', 'Guardia Costera del Sur', 'group', 3),
			node('luis', 'Luis Núñez', 'person', 3),
			{
				...node('ministry', 'Ministry of the Interior', 'organization', 2),
				pin: { x: 0.1, y: 0.2 },
			},
			node('sofia', 'Sofía Ibáñez', 'person', 2),
			node('union', 'Union of Workers', 'group', 1),
			node('alone', 'Tomás Castillo', 'person', 0),
		],
		edges: [
			edge('ana-bank', 'ana', 'bank', { type: 'funding', label: 'funded' }),
			edge('ana-bank-2', 'bank', 'ana', {
				type: 'indictment',
				label: 'was named with',
				attributions: ['official-record'],
				line: 'solid',
			}),
			edge('ana-luis', 'ana', 'luis', { directed: false, label: 'is related to', type: 'family' }),
			edge('ana-guard', 'ana', 'guard', { attributions: ['reportedly'], line: 'dotted' }),
			edge('bank-ministry', 'bank', 'ministry', { attributions: ['denied'], line: 'dotted' }),
			edge('guard-luis', 'guard', 'luis'),
			edge('guard-ministry', 'guard', 'ministry', { directed: false }),
			edge('luis-sofia', 'luis', 'sofia', { attributions: ['on-the-record'], line: 'solid' }),
			// Mixed sourcing: one claim on the official record, one from a single unnamed source.
			edge('sofia-union', 'sofia', 'union', {
				attributions: ['official-record', 'single-unnamed-source'],
				line: 'mixed',
			}),
		],
	};
}

/** A seeded graph of `n` actors and `m` ties with clusters, for checks at scale. */
export function clusteredGraph(n: number, m: number, seed = 3): NetworkGraph {
	let s = seed;
	const random = () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
	const kinds: ActorKind[] = ['person', 'organization', 'group'];
	const ids = Array.from({ length: n }, (_, i) => `n${String(i).padStart(4, '0')}`);
	const edges: NetworkEdgeInput[] = [];
	while (edges.length < m) {
		const a = Math.floor(random() * n);
		const b =
			random() < 0.8
				? Math.min(n - 1, Math.floor(a / 12) * 12 + Math.floor(random() * 12))
				: Math.floor(random() * n);
		if (a === b) continue;
		edges.push(edge(`e${edges.length}`, ids[a] ?? '', ids[b] ?? ''));
	}
	const degree = (id: string) => edges.filter((e) => e.source === id || e.target === id).length;
	return {
		nodes: ids.map((id, i) => ({
			id,
			name: `Actor ${i} ${['Ortega', 'Núñez Gómez', 'Ministry of Defence'][i % 3] ?? ''}`,
			kind: kinds[i % 3] ?? 'person',
			relations: degree(id),
		})),
		edges,
	};
}
