// A synthetic story for measuring the relationship map at scale: seeded, so every run
// measures the same graph. Communities of about 24 actors with most ties inside them and
// a few hubs tying communities together, like the networks investigative maps show.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const KINDS = ['person', 'person', 'organization', 'group'];
const TYPES = [
	['talks', 'held talks with', false],
	['funding', 'funded', true],
	['command', 'commands', true],
	['family', 'is related to', false],
	['sanction', 'sanctioned', true],
	['indictment', 'indicted', true],
];
const ATTRIBUTIONS = [
	'official-record',
	'on-the-record',
	'report-assessment',
	'multiple-unnamed-sources',
	'single-unnamed-source',
	'reportedly',
	'denied',
];
const GIVEN = [
	'Ana',
	'Luis',
	'María',
	'José',
	'Camila',
	'Andrés',
	'Sofía',
	'Tomás',
	'Inés',
	'Raúl',
];
const FAMILY = ['Peña', 'Ortega', 'Rodríguez', 'Suárez', 'Núñez', 'Castillo', 'Ibáñez', 'Varela'];
const BODIES = ['Ministry', 'Guard', 'Council', 'Bank', 'Agency', 'Front', 'Union', 'Office'];

/** A seeded generator in [0, 1). */
function lcg(seed) {
	let s = seed >>> 0;
	return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

/**
 * Actors and relations: `{ actors: [{id, name, kind}], relations: [{id, source, target,
 * type, label, directed, attributions}] }`. No self-ties, at most one tie per ordered pair
 * and type. About one tie in eight rests on two claims sourced differently (mixed sourcing).
 */
export function createSyntheticGraph({ actors = 600, relations = 1500, seed = 42 } = {}) {
	const random = lcg(seed);
	const pick = (list) => list[Math.floor(random() * list.length)];
	const list = Array.from({ length: actors }, (_, i) => {
		const kind = KINDS[i % KINDS.length];
		const n = String(i + 1).padStart(3, '0');
		const name =
			kind === 'person'
				? `${pick(GIVEN)} ${pick(FAMILY)} ${n}`
				: `${pick(BODIES)} of ${pick(FAMILY)} ${n}`;
		return { id: `actor-${n}`, name, kind };
	});
	const community = (i) => Math.floor(i / 24);
	const communities = Math.ceil(actors / 24);
	const seen = new Set();
	const ties = [];
	while (ties.length < relations) {
		const a = Math.floor(random() * actors);
		let b;
		if (random() < 0.82) {
			// Inside the community, favouring its first members (local hubs).
			const c = community(a);
			const size = Math.min(24, actors - c * 24);
			b = c * 24 + Math.floor(random() ** 1.6 * size);
		} else {
			// To another community's hub.
			b = Math.floor(random() * communities) * 24 + Math.floor(random() ** 3 * 6);
		}
		if (b >= actors || a === b) continue;
		const [type, label, directed] = pick(TYPES);
		const key = `${a}/${b}/${type}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const n = String(ties.length + 1).padStart(4, '0');
		const attribution = pick(ATTRIBUTIONS);
		const second = random() < 0.125 ? pick(ATTRIBUTIONS) : attribution;
		ties.push({
			id: `tie-${n}`,
			source: list[a].id,
			target: list[b].id,
			type,
			label,
			directed,
			attributions: ATTRIBUTIONS.filter((k) => k === attribution || k === second),
		});
	}
	return { actors: list, relations: ties };
}

/** Writes a complete, valid content folder for the graph into `dir` (emptied first). */
export function writeSyntheticStory(dir, graph) {
	const files = new Map();
	const paragraphs = 40;
	files.set(
		'site.yaml',
		[
			'title: Synthetic network story',
			'description: A generated story that measures the relationship map at scale.',
			'primarySource: synthetic-report',
			'lead: { text: A generated story., claims: [claim-tie-0001] }',
			'brief: [{ text: Generated for the bench., claims: [claim-tie-0001] }]',
		].join('\n'),
	);
	files.set(
		'sources/synthetic-report.yaml',
		[
			'title: A synthetic report',
			`paragraphCount: ${paragraphs}`,
			'paragraphs:',
			...Array.from({ length: paragraphs }, (_, i) => `  - Generated paragraph ${i + 1}.`),
		].join('\n'),
	);
	// The build needs the source's fingerprint; a made-up report has no text to protect.
	files.set(
		'fingerprints/synthetic-report.json',
		`${JSON.stringify({ source: 'synthetic-report', paragraphs, n: 8, algorithm: 'sha256-16', hashes: [] })}\n`,
	);
	const claim = (id, statement, attribution, i) =>
		files.set(
			`claims/${id}.yaml`,
			`statement: ${JSON.stringify(statement)}\nsource: synthetic-report\nparagraphs: [${(i % paragraphs) + 1}]\nattribution: ${attribution}\n`,
		);
	graph.actors.forEach((a, i) => {
		claim(`claim-${a.id}`, `${a.name} appears in the generated report.`, 'report-assessment', i);
		files.set(
			`actors/${a.id}.yaml`,
			[
				`name: ${JSON.stringify(a.name)}`,
				`kind: ${a.kind}`,
				`role: ${JSON.stringify(`Generated ${a.kind}`)}`,
				`summary: ${JSON.stringify(`${a.name}, generated for the bench.`)}`,
				`claims: [claim-${a.id}]`,
			].join('\n'),
		);
	});
	graph.relations.forEach((r, i) => {
		const claims = r.attributions.map((kind, k) => {
			const id = k === 0 ? `claim-${r.id}` : `claim-${r.id}-${k + 1}`;
			claim(id, `Tie ${r.id} is generated (${k + 1}).`, kind, i + k);
			return id;
		});
		files.set(
			`relations/${r.id}.yaml`,
			[
				`source: ${r.source}`,
				`target: ${r.target}`,
				`type: ${r.type}`,
				`label: ${r.label}`,
				`directed: ${r.directed}`,
				`claims: [${claims.join(', ')}]`,
			].join('\n'),
		);
	});
	files.set('phases/only.yaml', 'title: Only\nsummary: The only phase.\norder: 1\n');
	files.set(
		'events/generated.yaml',
		`title: Generated\nsummary: The story was generated.\ndate: '2020'\nphase: only\nactors: [${graph.actors[0].id}]\nclaims: [claim-tie-0001]\n`,
	);
	files.set(
		'explainers/about.mdx',
		'---\ntitle: About\nsummary: About this generated story.\norder: 1\n---\n\nA generated story.<Cite claims="claim-tie-0001" />\n',
	);
	for (const [name, text] of files) {
		const file = path.join(dir, name);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, text + '\n');
	}
}

/** The graph in the shape computeNetworkLayout takes (edge lines given by the caller). */
export function toNetworkGraph(graph, lineOf) {
	const degree = new Map();
	for (const r of graph.relations)
		for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
	return {
		nodes: graph.actors.map((a) => ({
			id: a.id,
			name: a.name,
			kind: a.kind,
			relations: degree.get(a.id) ?? 0,
		})),
		edges: graph.relations.map((r) => ({ ...r, line: lineOf(r.attributions) })),
	};
}
