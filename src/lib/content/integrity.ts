import type { Site } from '../../schemas';
import { ENTRY_NOUN, type RefCollection } from './mdx-components';
import type { Entry, Problem, StoryInput } from './types';

/** A story as far as it parsed: the site file may have failed, so it may be missing. */
export type PartialStoryInput = Omit<StoryInput, 'site'> & { site?: Entry<Site> | undefined };

export interface IntegrityOptions {
	/**
	 * Ids of files that exist but did not parse, by collection. References to them are not
	 * reported as unknown (their own file's problem is), so one run lists every real problem.
	 */
	unparsed?: Partial<Record<RefCollection, ReadonlySet<string>>>;
}

/**
 * Lists every cross-reference problem in a story, each with the file it is in. Errors stop the
 * build; warnings (an actor or claim nothing uses) are printed, and only when every file parsed
 * (otherwise a use in a broken file would look like no use). Pure: no I/O.
 */
export function checkIntegrity(
	story: PartialStoryInput,
	options: IntegrityOptions = {},
): Problem[] {
	const problems: Problem[] = [];
	const error = (file: string, message: string, extra: Partial<Problem> = {}) =>
		problems.push({ severity: 'error', file, message, ...extra });
	const warn = (file: string, message: string) =>
		problems.push({ severity: 'warning', file, message });
	const unparsed = options.unparsed ?? {};
	const complete = Object.values(unparsed).every((ids) => ids.size === 0);

	const sources = indexById(story.sources, 'source', error);
	const claims = indexById(story.claims, 'claim', error);
	const actors = indexById(story.actors, 'actor', error);
	const relations = indexById(story.relations, 'relation', error);
	const events = indexById(story.events, 'event', error);
	const phases = indexById(story.phases, 'phase', error);
	const explainers = indexById(story.explainers, 'explainer', error);
	const known: Record<RefCollection, Map<string, unknown>> = {
		claims,
		actors,
		relations,
		events,
		explainers,
		phases,
		sources,
	};

	const usedClaims = new Set<string>();
	const usedActors = new Set<string>();

	/**
	 * Checks each id in `ids` exists in `collection` (or in a file that failed to parse), naming
	 * the field that refers to it. `path` locates the field in the file; a list's index is added.
	 */
	const refs = (
		file: string,
		what: string,
		ids: readonly string[],
		collection: RefCollection,
		used?: Set<string>,
		path: (string | number)[] = [what],
		line?: number,
	) => {
		const map = known[collection];
		for (const [i, id] of ids.entries()) {
			used?.add(id);
			if (map.has(id) || unparsed[collection]?.has(id)) continue;
			const hint = suggest(id, map);
			const noun = ENTRY_NOUN[collection];
			error(file, `${what} refers to unknown ${noun} "${id}"${hint}`, {
				path: ids.length > 1 || path.length > 1 ? [...path, i] : path,
				...(line === undefined ? {} : { line }),
				...(hint
					? {}
					: {
							fix: `correct the id, or add the ${noun} as ${collection}/${id}.${collection === 'explainers' ? 'mdx' : 'yaml'}`,
						}),
			});
		}
	};

	const site = story.site;
	if (site) {
		refs(site.file, 'primarySource', [site.data.primarySource], 'sources');
		refs(site.file, 'lead', site.data.lead.claims, 'claims', usedClaims, ['lead', 'claims']);
		for (const [i, item] of site.data.brief.entries())
			refs(site.file, `brief[${i}]`, item.claims, 'claims', usedClaims, ['brief', i, 'claims']);
		for (const [i, item] of site.data.keyFigures.entries())
			refs(site.file, `keyFigures[${i}]`, item.claims, 'claims', usedClaims, [
				'keyFigures',
				i,
				'claims',
			]);
	}

	const shortLabels = new Map<string, string>();
	for (const source of story.sources) {
		const { short } = source.data;
		if (short === undefined) continue;
		const other = shortLabels.get(short);
		if (other !== undefined)
			error(
				source.file,
				`field "short" is "${short}", the same as in ${other}: give each source its own short label`,
			);
		else shortLabels.set(short, source.file);
	}

	for (const source of story.sources) {
		const { paragraphCount, paragraphs } = source.data;
		if (paragraphs.length !== paragraphCount)
			error(
				source.file,
				`has ${paragraphs.length} paragraph digests but paragraphCount is ${paragraphCount}`,
				{
					path: ['paragraphs'],
					fix: 'write one digest per paragraph of the report, in order, or correct paragraphCount',
				},
			);
	}

	for (const claim of story.claims) {
		const source = sources.get(claim.data.source);
		refs(claim.file, 'source', [claim.data.source], 'sources');
		if (source) {
			for (const [i, n] of claim.data.paragraphs.entries())
				if (n > source.data.paragraphCount)
					error(
						claim.file,
						`cites paragraph ${n}, but source "${source.id}" has ${source.data.paragraphCount} paragraphs`,
						{ path: ['paragraphs', i], fix: 'paragraphs are the report’s non-empty lines, from 1' },
					);
		}
		refs(claim.file, 'attributedTo', claim.data.attributedTo, 'actors', usedActors);
	}

	for (const actor of story.actors)
		refs(actor.file, 'claims', actor.data.claims, 'claims', usedClaims);

	for (const relation of story.relations) {
		const { source, target } = relation.data;
		refs(relation.file, 'source', [source], 'actors', usedActors);
		refs(relation.file, 'target', [target], 'actors', usedActors);
		if (source === target)
			error(relation.file, `relates actor "${source}" to itself`, { path: ['target'] });
		refs(relation.file, 'claims', relation.data.claims, 'claims', usedClaims);
	}

	for (const event of story.events) {
		const { data, file } = event;
		refs(file, 'actors', data.actors, 'actors', usedActors);
		refs(file, 'claims', data.claims, 'claims', usedClaims);
		refs(file, 'after', data.after, 'events');
		refs(file, 'before', data.before, 'events');
		if (data.phase !== undefined) refs(file, 'phase', [data.phase], 'phases');
		if (data.note !== undefined) refs(file, 'note', [data.note], 'explainers');
		if (data.after.includes(event.id) || data.before.includes(event.id))
			error(file, 'is ordered relative to itself');
		// An undated event with no order is placed by its phase alone (a phase may itself be
		// unplaced in time); with no phase either, nothing says where it belongs.
		if (
			data.date === undefined &&
			data.after.length === 0 &&
			data.before.length === 0 &&
			data.phase === undefined
		)
			error(
				file,
				'has neither a date, an order nor a phase: give the date the source states, list events it comes after or before, or put it in a phase',
			);
		if (data.date === undefined && data.when === undefined)
			error(file, 'has no date, so it needs `when`: the timing in words, as the source gives it');
		if (data.flags.includes('disputed') && data.note === undefined)
			error(file, 'is flagged disputed but has no `note` naming the explainer that discusses it');
	}
	for (const event of story.events) {
		const phaseOf = (e: { data: { phase?: string | undefined } } | undefined) =>
			e?.data.phase === undefined ? undefined : phases.get(e.data.phase)?.data.order;
		const own = phaseOf(event);
		if (own === undefined) continue;
		for (const id of event.data.after) {
			const other = phaseOf(events.get(id));
			if (other !== undefined && other > own)
				error(
					event.file,
					`comes after "${id}", which is in a later phase: the order and the phases disagree`,
				);
		}
		for (const id of event.data.before) {
			const other = phaseOf(events.get(id));
			if (other !== undefined && other < own)
				error(
					event.file,
					`comes before "${id}", which is in an earlier phase: the order and the phases disagree`,
				);
		}
	}
	for (const cycle of findOrderCycles(story.events))
		error(
			events.get(cycle[0] ?? '')?.file ?? 'content/events',
			`event order has a cycle: ${cycle.join(' → ')} → ${cycle[0] ?? ''}`,
		);

	const formerSlugs = new Map<string, string>();
	for (const explainer of story.explainers) {
		for (const from of explainer.data.redirectFrom) {
			const slug = from.split('#')[0] ?? from;
			if (explainers.has(slug))
				error(
					explainer.file,
					`redirectFrom "${from}" is the slug of an existing explainer; a page cannot redirect from a live page`,
				);
			const other = formerSlugs.get(slug);
			if (other !== undefined)
				error(explainer.file, `redirectFrom "${slug}" is also claimed by ${other}`);
			formerSlugs.set(slug, explainer.file);
		}
	}
	// Every id any MDX component names, whatever the component: the registry says which
	// collection each prop refers to.
	for (const explainer of story.explainers)
		for (const ref of explainer.refs) {
			const used =
				ref.collection === 'claims'
					? usedClaims
					: ref.collection === 'actors'
						? usedActors
						: undefined;
			refs(explainer.file, `<${ref.component}>`, [ref.id], ref.collection, used, [], ref.line);
		}

	// A correction names what it changed; each must exist, so the note reaches its pages. An
	// explainer may be named by a former slug (redirectFrom): the page that replaced it.
	for (const correction of story.corrections ?? []) {
		const { affects } = correction.data;
		for (const collection of [
			'claims',
			'actors',
			'relations',
			'events',
			'phases',
			'sources',
		] as const)
			refs(correction.file, `affects.${collection}`, affects[collection], collection, undefined, [
				'affects',
				collection,
			]);
		for (const [i, slug] of affects.explainers.entries())
			if (!formerSlugs.has(slug))
				refs(correction.file, 'affects.explainers', [slug], 'explainers', undefined, [
					'affects',
					'explainers',
					i,
				]);
	}

	// An actor is used when a relation, event, attribution or explainer link names it; its own
	// claims do not count. A claim is used when anything cites it.
	if (!complete) return problems;
	for (const actor of story.actors)
		if (!usedActors.has(actor.id))
			warn(actor.file, `actor "${actor.id}" is in no relation, event, attribution or explainer`);
	for (const claim of story.claims)
		if (!usedClaims.has(claim.id))
			warn(
				claim.file,
				`claim "${claim.id}" is cited by no actor, relation, event, explainer or the home page`,
			);

	return problems;
}

/** Maps entries by id, reporting every id used by more than one file. */
function indexById<T extends Entry<unknown>>(
	entries: readonly T[],
	kind: string,
	error: (file: string, message: string) => void,
): Map<string, T> {
	const map = new Map<string, T>();
	for (const entry of entries) {
		const previous = map.get(entry.id);
		if (previous)
			error(entry.file, `duplicate ${kind} id "${entry.id}", also used by ${previous.file}`);
		else map.set(entry.id, entry);
	}
	return map;
}

/**
 * Finds cycles in the "happened after" order between events. Each cycle is listed once, as
 * the ids along it, starting from its smallest id so the message is stable.
 */
export function findOrderCycles(
	events: readonly Entry<{ after: readonly string[]; before: readonly string[] }>[],
): string[][] {
	// Edge a → b means "a happened before b".
	const next = new Map<string, Set<string>>();
	const edge = (a: string, b: string) => {
		if (!next.has(a)) next.set(a, new Set());
		next.get(a)?.add(b);
	};
	for (const e of events) {
		for (const earlier of e.data.after) edge(earlier, e.id);
		for (const later of e.data.before) edge(e.id, later);
	}
	const cycles = new Map<string, string[]>();
	const state = new Map<string, 'active' | 'done'>();
	const stack: string[] = [];
	const visit = (id: string) => {
		state.set(id, 'active');
		stack.push(id);
		for (const n of [...(next.get(id) ?? [])].sort()) {
			if (n === id) continue; // a self-reference is reported on its own
			const s = state.get(n);
			if (s === 'active') {
				const cycle = stack.slice(stack.indexOf(n));
				const start = cycle.indexOf([...cycle].sort()[0] ?? '');
				const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
				cycles.set(rotated.join(' '), rotated);
			} else if (s === undefined) visit(n);
		}
		stack.pop();
		state.set(id, 'done');
	};
	for (const id of [...next.keys()].sort()) if (!state.has(id)) visit(id);
	return [...cycles.values()];
}

/** A "did you mean" hint for a mistyped id, when a known id is close. */
function suggest(id: string, known: Map<string, unknown>): string {
	let best: string | undefined;
	let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
	for (const candidate of known.keys()) {
		const d = editDistance(id, candidate);
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

/** Levenshtein distance between two short strings. */
function editDistance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
		}
		prev = row;
	}
	return prev[b.length] ?? 0;
}

/** Formats problems for the terminal: errors first, then by file and line, each with its fix. */
export function formatProblems(problems: readonly Problem[]): string {
	const sorted = [...problems].sort(
		(a, b) =>
			(a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
			a.file.localeCompare(b.file) ||
			(a.line ?? 0) - (b.line ?? 0),
	);
	return sorted
		.map((p) => {
			const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
			const head = `  ${p.severity === 'error' ? '✗' : '!'} ${where}: ${p.message}`;
			return p.fix ? `${head}\n      fix: ${p.fix}` : head;
		})
		.join('\n');
}
