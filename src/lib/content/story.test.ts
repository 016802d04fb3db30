import { describe, expect, it } from 'vitest';
import { readContent } from '../../content-io/read-content';
import { validStoryFiles, writeStory } from '../../content-io/test-story';
import { buildStory } from './story';

/** The test story with a second explainer and a claim attributed to an actor. */
function story() {
	const files = validStoryFiles();
	const dir = writeStory({
		...files,
		'claims/c-said.yaml':
			'statement: B said a thing.\nsource: report\nparagraphs: [2]\nattribution: on-the-record\nattributedTo: [b]\n',
		'explainers/aside.mdx':
			'---\ntitle: Aside\nsummary: An aside.\norder: 0\n---\n\nB spoke.<Cite claims="c-said" />\n',
		'explainers/later.mdx':
			'---\ntitle: Later\nsummary: Later on.\norder: 2\n---\n\n<Actor id="b">Bee</Actor> again.<Cite claims="c-talks c-said" />\n',
	});
	const { story: input, problems } = readContent(dir, dir);
	if (!input) throw new Error(JSON.stringify(problems));
	return buildStory(input);
}

describe('buildStory lookups', () => {
	it('lists the explainers that link to an actor or cite its claims, in explainer order, once each', () => {
		const s = story();
		// a: linked from intro; its claim c-talks is cited by intro and later.
		expect(s.explainersOf('a').map((e) => e.id)).toEqual(['intro', 'later']);
		// b: linked from later; its claim c-talks cited by intro and later (aside cites only c-said).
		expect(s.explainersOf('b').map((e) => e.id)).toEqual(['intro', 'later']);
		expect(s.explainersOf('nobody')).toEqual([]);
		// The same as scanning every explainer.
		for (const id of ['a', 'b']) {
			const own = new Set(s.actors.get(id)?.data.claims);
			expect(s.explainersOf(id)).toEqual(
				s.explainerList.filter((e) => e.actorLinks.includes(id) || e.cites.some((c) => own.has(c))),
			);
		}
	});

	it('lists the claims attributed to an actor', () => {
		const s = story();
		expect(s.statementsOf('b').map((c) => c.id)).toEqual(['c-said']);
		expect(s.statementsOf('a')).toEqual([]);
	});

	it('groups claims by attribution once, in vocabulary order', () => {
		const s = story();
		const groups = s.claimsByAttribution();
		expect(s.claimsByAttribution()).toBe(groups);
		expect(groups.map((g) => g.kind)).toEqual([
			'on-the-record',
			'report-assessment',
			'multiple-unnamed-sources',
		]);
	});
});
