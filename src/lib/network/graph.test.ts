import { describe, expect, it } from 'vitest';
import { readContent } from '../../content-io/read-content';
import { validStoryFiles, writeStory } from '../../content-io/test-story';
import { smallGraph } from './fixture.test-data';
import {
	buildNetworkGraph,
	computeNeighbourhoodNetwork,
	countRelations,
	describeEdge,
	describeNode,
	formatRelationType,
	listEdgeAttributions,
	listLineStyles,
	listNodeKinds,
	listRelationTypes,
	lineOf,
	selectNeighbourhood,
	summarizeNetwork,
} from './graph';
import { buildStory, type Story } from '../content/story';
import { createI18n } from '../../i18n';

const en = createI18n('en');
const es = createI18n('es');

/** The shared test story plus an organization tied to B twice, and an actor with no ties. */
function story(): Story {
	const files = {
		...validStoryFiles(),
		'claims/c-denied.yaml':
			'statement: C denies funding B.\nsource: report\nparagraphs: [2]\nattribution: denied\n',
		'claims/c-record.yaml':
			'statement: C is on record.\nsource: report\nparagraphs: [2]\nattribution: official-record\n',
		'actors/c.yaml':
			'name: Cé Bank\nkind: organization\nrole: Role C\nsummary: Summary C.\nclaims: [c-record]\npin: { x: 0.9, y: 0.1 }\n',
		'actors/d.yaml':
			'name: Dee\nkind: person\nrole: Role D\nsummary: Summary D.\nclaims: [c-record]\n',
		'relations/c-b.yaml':
			'source: c\ntarget: b\ntype: arms-deal\nlabel: funded\nclaims: [c-denied, c-record]\n',
		'relations/b-c.yaml':
			'source: b\ntarget: c\ntype: talks\nlabel: met\ndirected: false\nclaims: [c-denied]\n',
	};
	const dir = writeStory(files);
	const { story: input, problems } = readContent(dir, dir);
	if (!input) throw new Error(JSON.stringify(problems));
	return buildStory(input);
}

describe('buildNetworkGraph', () => {
	const graph = buildNetworkGraph(story());

	it('has every actor and relation of the story, with pins and relation counts', () => {
		expect(graph.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'd']);
		expect(graph.edges.map((e) => e.id).sort()).toEqual(['a-b', 'b-c', 'c-b']);
		const c = graph.nodes.find((n) => n.id === 'c');
		expect(c).toMatchObject({
			name: 'Cé Bank',
			kind: 'organization',
			relations: 2,
			pin: { x: 0.9, y: 0.1 },
		});
		expect(graph.nodes.find((n) => n.id === 'd')?.relations).toBe(0);
	});

	it('draws a relation with every attribution of its claims, mixed when they differ', () => {
		const byId = new Map(graph.edges.map((e) => [e.id, e]));
		// Claims listed denied first, official record second: both kept, in vocabulary order,
		// and the tie is drawn as mixed, not as the more formal of the two.
		expect(byId.get('c-b')).toMatchObject({
			attributions: ['official-record', 'denied'],
			line: 'mixed',
			directed: true,
		});
		expect(byId.get('b-c')).toMatchObject({
			attributions: ['denied'],
			line: 'dotted',
			directed: false,
		});
		expect(byId.get('a-b')).toMatchObject({
			attributions: ['multiple-unnamed-sources'],
			line: 'dashed',
		});
	});
});

describe('selectNeighbourhood', () => {
	const graph = smallGraph();

	it('keeps the actor, its neighbours and every tie among them, the actor pinned at the centre', () => {
		const near = selectNeighbourhood(graph, 'sofia');
		expect(near.nodes.map((n) => n.id).sort()).toEqual(['luis', 'sofia', 'union']);
		expect(near.edges.map((e) => e.id).sort()).toEqual(['luis-sofia', 'sofia-union']);
		expect(near.nodes.find((n) => n.id === 'sofia')).toMatchObject({
			focal: true,
			pin: { x: 0.5, y: 0.5 },
		});
		expect(near.nodes.filter((n) => n.focal)).toHaveLength(1);
	});

	it('includes ties between neighbours, reaches further with more hops and drops other pins', () => {
		const one = selectNeighbourhood(graph, 'guard');
		expect(one.edges.map((e) => e.id)).toContain('ana-luis');
		const two = selectNeighbourhood(graph, 'sofia', 2);
		expect(two.nodes.map((n) => n.id).sort()).toEqual(['ana', 'guard', 'luis', 'sofia', 'union']);
		const pinned = selectNeighbourhood(graph, 'bank').nodes.find((n) => n.id === 'ministry');
		expect(pinned?.pin).toBeUndefined();
	});

	it('refuses an unknown actor', () => {
		expect(() => selectNeighbourhood(graph, 'nobody')).toThrow(/nobody/);
	});
});

describe('computeNeighbourhoodNetwork', () => {
	it('lays out an actor’s neighbourhood with the actor at the centre of a shorter frame', () => {
		const layout = computeNeighbourhoodNetwork(story(), 'b');
		const b = layout.nodes.find((n) => n.id === 'b');
		expect(layout.height).toBeLessThan(680);
		expect(b).toMatchObject({ focal: true, x: layout.width / 2, y: layout.height / 2 });
		expect(layout.nodes[0]?.id).toBe('b');
		expect(layout.nodes.map((n) => n.id)).not.toContain('d');
	});
});

describe('words', () => {
	it('names nodes, edges and counts as the map reads them aloud', () => {
		expect(describeNode({ name: 'Ána', kind: 'person', relations: 9 }, en)).toBe(
			'Ána, person, 9 relations',
		);
		expect(countRelations(0, en)).toBe('no relations');
		expect(countRelations(1, en)).toBe('1 relation');
		const names: Record<string, string> = { a: 'Ána', b: 'Bee Group' };
		expect(
			describeEdge(
				{ source: 'a', target: 'b', label: 'talked with', attributions: ['single-unnamed-source'] },
				(id) => names[id] ?? id,
				en,
			),
		).toBe('Ána talked with Bee Group, single unnamed source');
		expect(
			describeEdge(
				{
					source: 'a',
					target: 'b',
					label: 'talked with',
					attributions: ['on-the-record', 'single-unnamed-source'],
				},
				(id) => names[id] ?? id,
				en,
			),
		).toBe('Ána talked with Bee Group, mixed sourcing: on the record; single unnamed source');
		expect(lineOf(['denied'])).toBe('dotted');
		expect(lineOf(['official-record', 'report-assessment'])).toBe('mixed');
		expect(formatRelationType('arms-deal')).toBe('arms deal');
		expect(summarizeNetwork({ nodes: [1], edges: [1, 2] }, en)).toBe('1 actor and 2 relations');
	});

	it('says the same in the page’s language, keeping every hedge of the sourcing', () => {
		expect(describeNode({ name: 'Ána', kind: 'organization', relations: 1 }, es)).toBe(
			'Ána, organización, 1 relación',
		);
		expect(countRelations(0, es)).toBe('ninguna relación');
		expect(summarizeNetwork({ nodes: [1, 2], edges: [1, 2, 3] }, es)).toBe(
			'2 actores y 3 relaciones',
		);
		expect(
			describeEdge(
				{
					source: 'a',
					target: 'b',
					label: 'habló con',
					attributions: ['on-the-record', 'multiple-unnamed-sources'],
				},
				(id) => id.toUpperCase(),
				es,
			),
		).toBe(
			'A habló con B, atribución mixta: declaración pública; según varias fuentes no identificadas',
		);
	});

	it('lists what the filters and the key offer, in a stable order with counts', () => {
		const { nodes, edges } = smallGraph();
		expect(listRelationTypes(edges)).toEqual([
			{ type: 'family', count: 1 },
			{ type: 'funding', count: 1 },
			{ type: 'indictment', count: 1 },
			{ type: 'talks', count: 6 },
		]);
		expect(listEdgeAttributions(edges, en).map((a) => [a.kind, a.count])).toEqual([
			['official-record', 2],
			['on-the-record', 1],
			['multiple-unnamed-sources', 4],
			['single-unnamed-source', 1],
			['reportedly', 1],
			['denied', 1],
		]);
		expect(listNodeKinds(nodes)).toEqual(['person', 'organization', 'group']);
		expect(listNodeKinds(nodes.filter((n) => n.kind === 'group'))).toEqual(['group']);
		expect(listLineStyles(en).map((s) => s.line)).toEqual(['solid', 'dashed', 'dotted']);
		expect(listLineStyles(en)[1]?.labels).toEqual([
			'Multiple unnamed sources',
			'Single unnamed source',
		]);
	});
});
