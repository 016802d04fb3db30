import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content-io/collections';
import { readContent } from '../../src/content-io/read-content';

// The story's content as a whole: the build only stops on errors, so warnings (an actor or a
// claim nothing uses) and paragraphs no claim covers are caught here.

describe('the story content', () => {
	const { story, problems } = readContent(contentDir());

	it('has no problem at all: no error and no warning', () => {
		expect(problems.map((p) => `${p.severity} ${p.file}: ${p.message}`)).toEqual([]);
		expect(story).toBeDefined();
	});

	it('cites every paragraph of every source in at least one claim', () => {
		const sources = story?.sources ?? [];
		expect(sources.length).toBeGreaterThan(0);
		for (const source of sources) {
			const cited = new Set(
				(story?.claims ?? [])
					.filter((c) => c.data.source === source.id)
					.flatMap((c) => c.data.paragraphs),
			);
			const all = Array.from({ length: source.data.paragraphCount }, (_, i) => i + 1);
			expect(
				all.filter((n) => !cited.has(n)),
				`paragraphs of ${source.id} no claim cites`,
			).toEqual([]);
		}
	});

	it('gives every source one digest per paragraph', () => {
		for (const source of story?.sources ?? [])
			expect(source.data.paragraphs, source.id).toHaveLength(source.data.paragraphCount);
	});

	it('quotes people only in claims attributed to them', () => {
		const quoted = (story?.claims ?? []).filter((c) => c.data.quote !== undefined);
		for (const claim of quoted) expect(claim.data.attributedTo, claim.id).not.toEqual([]);
	});
});
