// Writes a synthetic story, `scale` times the size of a typical one (16 actors, 62 claims,
// 22 relations, 13 events, 8 explainers of ~600 words), into a content folder. Made-up words
// only, deterministic for a given scale, and valid: every reference resolves and every actor
// and claim is used, so the integrity check passes and the build is a fair measurement.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ATTRIBUTION_KINDS as KINDS } from '../../src/schemas/attribution.ts';

const WORDS =
	'amber basin cobalt delta ember fjord granite harbor island juniper kestrel lagoon meadow nectar orchid prairie quartz river summit tundra upland valley willow yonder zephyr'.split(
		' ',
	);

/** A seeded generator (LCG), so the same scale always gives the same story. */
function random(seed) {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

/**
 * Writes the story into `dir` (emptied first) and returns its counts. With `languages`
 * (e.g. ['es']) it is also published in those languages, untranslated: every page twice.
 */
export function writeSyntheticStory(dir, scale = 50, languages = []) {
	const rand = random(scale);
	const pick = (list) => list[Math.floor(rand() * list.length)];
	const sentence = (n) => {
		const w = Array.from({ length: n }, () => pick(WORDS));
		return `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
	};
	const yaml = (value) => JSON.stringify(value);
	rmSync(dir, { recursive: true, force: true });
	const write = (file, text) => {
		mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		writeFileSync(path.join(dir, file), text);
	};

	const counts = {
		actors: 16 * scale,
		claims: 62 * scale,
		relations: 22 * scale,
		events: 13 * scale,
		explainers: 8 * scale,
		paragraphs: 9 * scale,
	};
	const sources = Math.max(1, Math.round(scale));
	const paragraphsPerSource = 9;
	for (let s = 0; s < sources; s++) {
		write(
			`sources/source-${s}.yaml`,
			`title: ${yaml(`Synthetic report ${s}`)}\nparagraphCount: ${paragraphsPerSource}\nparagraphs:\n${Array.from({ length: paragraphsPerSource }, () => `  - ${yaml(sentence(30))}`).join('\n')}\n`,
		);
		// The build needs each source's fingerprint; a made-up report has no text to protect.
		write(
			`fingerprints/source-${s}.json`,
			`${JSON.stringify({ source: `source-${s}`, paragraphs: paragraphsPerSource, n: 8, algorithm: 'sha256-16', hashes: [] })}\n`,
		);
	}
	const claim = (i) => `claim-${i}`;
	for (let i = 0; i < counts.claims; i++)
		write(
			`claims/${claim(i)}.yaml`,
			`statement: ${yaml(sentence(14))}\nsource: source-${i % sources}\nparagraphs: [${1 + (i % paragraphsPerSource)}]\nattribution: ${KINDS[i % KINDS.length]}\n`,
		);
	const actor = (i) => `actor-${i}`;
	for (let i = 0; i < counts.actors; i++)
		write(
			`actors/${actor(i)}.yaml`,
			`name: ${yaml(`${pick(WORDS)} ${pick(WORDS)} ${i}`)}\nkind: ${['person', 'organization', 'group'][i % 3]}\naliases: [${yaml(`alias ${i}`)}]\nrole: ${yaml(sentence(5))}\nsummary: ${yaml(sentence(24))}\nclaims: [${claim(i % counts.claims)}]\n`,
		);
	// Relations: a ring (every actor used) plus random ties; each cites a distinct claim block.
	for (let i = 0; i < counts.relations; i++) {
		const a = i < counts.actors ? i : Math.floor(rand() * counts.actors);
		let b = i < counts.actors ? (i + 1) % counts.actors : Math.floor(rand() * counts.actors);
		if (b === a) b = (a + 1) % counts.actors;
		write(
			`relations/relation-${i}.yaml`,
			`source: ${actor(a)}\ntarget: ${actor(b)}\ntype: ${pick(['talks', 'support', 'oversight', 'sanctions', 'praise'])}\nlabel: ${yaml(`${pick(WORDS)} with`)}\ndirected: ${rand() < 0.7}\nclaims: [${claim((counts.actors + i) % counts.claims)}]\n`,
		);
	}
	const phases = 8;
	for (let p = 0; p < phases; p++)
		write(
			`phases/phase-${p}.yaml`,
			`title: ${yaml(`Phase ${p}`)}\nsummary: ${yaml(sentence(8))}\norder: ${p}\n`,
		);
	for (let i = 0; i < counts.events; i++) {
		const phase = Math.floor((i / counts.events) * phases);
		const dated = i % 5 === 0;
		const order =
			!dated && i > 0 && Math.floor(((i - 1) / counts.events) * phases) === phase
				? `after: [event-${i - 1}]\n`
				: '';
		const timing = dated
			? `date: '${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}'\n`
			: order
				? `when: ${yaml('Later')}\n`
				: `date: '${2000 + phase}'\n`;
		write(
			`events/event-${i}.yaml`,
			`title: ${yaml(sentence(5))}\nsummary: ${yaml(sentence(18))}\n${timing}${order}phase: phase-${phase}\nactors: [${actor(i % counts.actors)}, ${actor((i * 7 + 3) % counts.actors)}]\nclaims: [${claim((counts.actors + counts.relations + i) % counts.claims)}]\n`,
		);
	}
	// Explainers cite every claim not used above, a few per paragraph, ~600 words each.
	let next = counts.actors + counts.relations + counts.events;
	for (let e = 0; e < counts.explainers; e++) {
		const body = [];
		for (let h = 0; h < 4; h++) {
			body.push(`## ${sentence(4).slice(0, -1)}`);
			for (let p = 0; p < 3; p++) {
				const cites = [];
				for (let k = 0; k < 2; k++) cites.push(claim(next++ % counts.claims));
				body.push(
					`${sentence(24)} ${sentence(20)} <Actor id="${actor((e * 5 + p) % counts.actors)}">link</Actor>.<Cite claims="${cites.join(' ')}" />`,
				);
			}
		}
		write(
			`explainers/explainer-${e}.mdx`,
			`---\ntitle: ${yaml(sentence(6).slice(0, -1))}\nsummary: ${yaml(sentence(20))}\norder: ${e}\n---\n\n${body.join('\n\n')}\n`,
		);
	}
	write(
		'site.yaml',
		`title: Synthetic story\ndescription: A generated story for measuring the build at scale.\nprimarySource: source-0\nlead: { text: ${yaml(sentence(20))}, claims: [${claim(0)}] }\nbrief: [{ text: ${yaml(sentence(16))}, claims: [${claim(1)}] }]\n${languages.length ? `languages: ${yaml(languages)}\n` : ''}`,
	);
	return { ...counts, sources, languages: 1 + languages.length };
}
