import { describe, expect, it } from 'vitest';
import { readContent } from '../../content-io/read-content';
import { validStoryFiles, writeStory } from '../../content-io/test-story';
import { createI18n } from '../../i18n';
import { buildStory, type Story } from '../content/story';
import { urls } from '../site/urls';
import { buildNetworkDetails, DETAILS_MESSAGES } from './details';
import { computeNeighbourhoodNetwork, computeStoryNetwork } from './graph';

/** The shared test story, plus a tie with mixed sourcing and a quote by an actor with no ties. */
function story(): Story {
	const dir = writeStory({
		...validStoryFiles(),
		'claims/c-denied.yaml':
			'statement: C denies funding B.\nsource: report\nparagraphs: [1, 2]\nattribution: denied\n',
		'claims/c-quote.yaml':
			'statement: D spoke of C.\nsource: report\nparagraphs: [2]\nattribution: on-the-record\nattributedTo: [d]\nquote: We never met\n',
		'actors/c.yaml':
			'name: Cé Bank\nkind: organization\nrole: Role C\nsummary: Summary C.\nclaims: [c-quote]\n',
		'actors/d.yaml':
			'name: Dee\nkind: person\nrole: Role D\nsummary: Summary D.\nclaims: [c-quote]\n',
		'relations/c-b.yaml':
			'source: c\ntarget: b\ntype: funding\nlabel: funded\nclaims: [c-denied, c-talks]\n',
	});
	const { story: input, problems } = readContent(dir, dir);
	if (!input) throw new Error(JSON.stringify(problems));
	return buildStory(input);
}

const en = createI18n('en');

describe('buildNetworkDetails', () => {
	const s = story();
	const data = buildNetworkDetails(s, computeStoryNetwork(s), en, urls);

	it('has every actor and tie of the chart, each claim once', () => {
		expect(Object.keys(data.actors).sort()).toEqual(['a', 'b', 'c', 'd']);
		expect(Object.keys(data.relations).sort()).toEqual(['a-b', 'c-b']);
		expect(Object.keys(data.claims).sort()).toEqual(['c-denied', 'c-quote', 'c-talks']);
		expect(data.actors['b']).toMatchObject({
			meta: 'Group · Role B',
			summary: 'Summary B.',
			ties: '2 relations on this map',
			claims: ['c-talks'],
			edges: ['a-b', 'c-b'],
		});
		expect(data.actors['d']?.ties).toBe('No relations on this map');
	});

	it('writes a tie’s sentences and keeps every attribution of its claims', () => {
		expect(data.relations['c-b']).toEqual({
			label: 'funded',
			directed: true,
			line: 'mixed',
			behind: 'The 2 claims behind this tie',
			source: 'c',
			target: 'b',
			attributions: ['multiple-unnamed-sources', 'denied'],
			claims: ['c-denied', 'c-talks'],
		});
		expect(data.relations['a-b']?.line).toBe('dashed');
		expect(data.kinds['denied']).toEqual(['Denied', '✕', 'The subject denies it.', 'dotted']);
	});

	it('gives each claim its source paragraphs, evidence entry, speakers and quotation', () => {
		expect(data.claims['c-quote']).toEqual({
			s: 'D spoke of C.',
			a: 'on-the-record',
			src: 'report',
			p: [2],
			by: ['d'],
			q: { o: 'We never met', l: 'en' },
		});
		const [label, title, page] = data.sources['report'] ?? [];
		expect([label, title]).toEqual(['Report', 'A report']);
		// The browser links paragraph n as `${page}#p${n}`: the address urls.source writes.
		expect(`${page}#p2`).toBe(urls.source('report', 2));
		// And a claim's evidence entry as `${evidence}#claim-${id}`: the address urls.evidence writes.
		expect(`${data.evidence}#claim-c-quote`).toBe(urls.evidence('c-quote'));
		expect(data.names['d']).toEqual(['Dee', urls.actor('d')]);
	});

	it('carries the messages the panel formats, in the page’s language', () => {
		expect(Object.keys(data.strings).sort()).toEqual([...DETAILS_MESSAGES].sort());
		const es = buildNetworkDetails(s, computeStoryNetwork(s), createI18n('es'), urls);
		expect(es.lang).toBe('es');
		expect(es.strings['claim.evidence']).not.toBe(data.strings['claim.evidence']);
		expect(es.relations['c-b']?.behind).toMatch(/2/);
	});

	it('holds only a neighbourhood’s actors and ties, naming speakers from outside it', () => {
		const near = buildNetworkDetails(s, computeNeighbourhoodNetwork(s, 'a'), en, urls);
		expect(Object.keys(near.actors).sort()).toEqual(['a', 'b']);
		expect(Object.keys(near.relations)).toEqual(['a-b']);
		expect(near.actors['b']?.edges).toEqual(['a-b']);
		expect(Object.keys(near.claims)).toEqual(['c-talks']);
		const c = buildNetworkDetails(s, computeNeighbourhoodNetwork(s, 'c'), en, urls);
		// D is quoted in C's claim but not on C's map: named, with a link, not drawn.
		expect(c.names['d']?.[0]).toBe('Dee');
		expect(c.actors['d']).toBeUndefined();
	});

	it('is plain JSON', () => {
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
	});
});
