import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import {
	IdSchema,
	SiteSchema,
	TRANSLATABLE_FIELDS,
	TRANSLATION_SCHEMAS,
	type TranslatedCollection,
} from '../schemas';
import { checkIntegrity, type PartialStoryInput } from '../lib/content/integrity';
import { readMdxRefs } from '../lib/content/mdx-refs';
import { checkLanguages, checkTranslations } from '../lib/content/translations';
import type {
	Entry,
	ExplainerEntry,
	ExplainerTranslationEntry,
	Problem,
	StoryInput,
	TranslationInput,
} from '../lib/content/types';
import { COLLECTIONS, SITE_FILE, TRANSLATIONS_DIR, type CollectionName } from './collections';

/** The result of reading a content directory: the story when it parsed, and every problem. */
export interface ContentReport {
	story: StoryInput | undefined;
	problems: Problem[];
	/** What the author should know that is not a problem (translations not yet switched on). */
	notes: string[];
}

const DATA_EXT = new Set(['.yaml', '.yml']);
const PAGE_EXT = new Set(['.md', '.mdx']);
const FINGERPRINTS = 'fingerprints';
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Reads and validates every file of a story's content directory, then checks cross-references.
 * Collects all problems rather than stopping at the first, each naming its file relative to
 * `root`. The Astro content collections use the same schemas; this pass exists because Astro
 * stops at the first schema error and only logs dangling references.
 *
 * A build asks twice (the config, for languages and redirects, then the content check): the
 * same bytes give the same report, returned again without parsing. Treat it as read-only.
 */
export function readContent(dir: string, root: string = process.cwd()): ContentReport {
	const stamp = `${path.resolve(root)}\u0000${fingerprintFolder(dir)}`;
	const known = reports.get(dir);
	if (known?.stamp === stamp) return known.report;
	const report = parseContent(dir, root);
	reports.delete(dir);
	reports.set(dir, { stamp, report });
	// A build reads one story; tests read many small ones, so keep only the latest few.
	for (const key of reports.keys()) if (reports.size > 4) reports.delete(key);
	return report;
}

const reports = new Map<string, { stamp: string; report: ContentReport }>();

/** A hash of the path and bytes of every file under `dir` (reading is cheap, parsing is not). */
function fingerprintFolder(dir: string): string {
	const hash = createHash('sha256');
	const walk = (folder: string) => {
		let names: string[];
		try {
			names = readdirSync(folder).sort();
		} catch {
			return;
		}
		for (const name of names) {
			const file = path.join(folder, name);
			hash.update(file).update('\u0000');
			try {
				if (statSync(file).isDirectory()) walk(file);
				else hash.update(readFileSync(file));
			} catch {
				hash.update('\u0001unreadable');
			}
			hash.update('\u0000');
		}
	};
	walk(dir);
	return hash.digest('hex');
}

function parseContent(dir: string, root: string): ContentReport {
	const problems: Problem[] = [];
	// Paths relative to the project when inside it, absolute otherwise (another story's folder).
	const rel = (file: string) => {
		const relative = path.relative(root, file);
		return relative === '' || relative.startsWith('..') ? file : relative;
	};
	const error = (file: string, message: string, extra: Partial<Problem> = {}) =>
		problems.push({ severity: 'error', file: rel(file), message, ...extra });
	/** Each parsed YAML document by its file (as reported), to find the line of a field. */
	const documents = new Map<string, ParsedYaml>();
	/** Ids of files that exist but failed to parse, by collection. */
	const unparsed: Record<string, Set<string>> = {};

	const parseData = <S extends z.ZodType>(
		file: string,
		raw: unknown,
		schema: S,
	): z.output<S> | undefined => {
		if (raw === null || raw === undefined) {
			error(file, 'is empty');
			return undefined;
		}
		const result = schema.safeParse(raw);
		if (result.success) return result.data;
		const yaml = documents.get(rel(file));
		for (const issue of result.error.issues) {
			const line = yaml ? lineOfIssue(yaml, issue) : undefined;
			const fix = fixFor(issue, schema);
			error(file, describeIssue(issue), {
				...(line === undefined ? {} : { line }),
				...(fix === undefined ? {} : { fix }),
			});
		}
		return undefined;
	};

	/** Parses YAML text (at `firstLine` of its file); records the document for line lookups. */
	const readYaml = (file: string, text: string, firstLine = 1): unknown => {
		const lineCounter = new LineCounter();
		const doc = parseDocument(text, { lineCounter, prettyErrors: true });
		const [first] = doc.errors;
		if (first) {
			const at = first.linePos?.[0];
			error(
				file,
				`is not valid YAML${at ? `: line ${at.line + firstLine - 1}, column ${at.col}` : ''}: ${first.message.split('\n')[0] ?? ''}`,
				at ? { line: at.line + firstLine - 1 } : {},
			);
			return undefined;
		}
		documents.set(rel(file), { doc, lineCounter, firstLine });
		return doc.toJS();
	};

	const entries = <S extends z.ZodType>(name: CollectionName, schema: S) => {
		const out: Entry<z.output<S>>[] = [];
		const broken = (unparsed[name] = new Set<string>());
		for (const file of listFiles(path.join(dir, name), DATA_EXT, error)) {
			const id = idOf(file, error);
			const raw = readYaml(file, readText(file, error) ?? '');
			const data = raw === undefined ? undefined : parseData(file, raw, schema);
			if (id === undefined) continue;
			if (data === undefined) broken.add(id);
			else out.push({ id, file: rel(file), data });
		}
		return out;
	};

	const sources = entries('sources', COLLECTIONS.sources.schema);
	const claims = entries('claims', COLLECTIONS.claims.schema);
	const actors = entries('actors', COLLECTIONS.actors.schema);
	const relations = entries('relations', COLLECTIONS.relations.schema);
	const events = entries('events', COLLECTIONS.events.schema);
	const phases = entries('phases', COLLECTIONS.phases.schema);
	const corrections = entries('corrections', COLLECTIONS.corrections.schema);

	checkFingerprints(dir, root, sources, unparsed['sources'] ?? new Set(), error);

	const explainers: ExplainerEntry[] = [];
	const brokenExplainers = (unparsed['explainers'] = new Set<string>());
	for (const file of listFiles(path.join(dir, 'explainers'), PAGE_EXT, error)) {
		const id = idOf(file, error);
		const text = readText(file, error) ?? '';
		const match = FRONTMATTER.exec(text);
		if (!match) {
			error(
				file,
				'has no frontmatter: start the file with a --- block holding title, summary and order',
				{ line: 1 },
			);
			if (id !== undefined) brokenExplainers.add(id);
			continue;
		}
		const raw = readYaml(file, match[1] ?? '', 2);
		const data =
			raw === undefined ? undefined : parseData(file, raw, COLLECTIONS.explainers.schema);
		const firstLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
		const refs = readMdxRefs(text.slice(match[0].length), { firstLine, file: rel(file) });
		for (const p of refs.problems)
			error(file, p.message, { line: p.line, ...(p.fix === undefined ? {} : { fix: p.fix }) });
		if (id === undefined) continue;
		if (data === undefined) brokenExplainers.add(id);
		else
			explainers.push({
				id,
				file: rel(file),
				data,
				refs: refs.refs,
				cites: refs.cites,
				actorLinks: refs.actorLinks,
				explainerLinks: refs.explainerLinks,
			});
	}

	const siteFile = path.join(dir, SITE_FILE);
	let site: StoryInput['site'] | undefined;
	if (!exists(siteFile)) error(siteFile, 'is missing: every story needs its site settings');
	else {
		const raw = readYaml(siteFile, readText(siteFile, error) ?? '');
		const data = raw === undefined ? undefined : parseData(siteFile, raw, SiteSchema);
		if (data) site = { id: 'site', file: rel(siteFile), data };
		if (data) for (const message of checkLanguages(data)) error(siteFile, message);
	}

	/** Checks an overlay's fields are text fields, then parses it. */
	const parseOverlay = <C extends Exclude<TranslatedCollection, 'explainers'>>(
		file: string,
		raw: unknown,
		collection: C,
	): z.output<(typeof TRANSLATION_SCHEMAS)[C]> | undefined => {
		const allowed: readonly string[] = TRANSLATABLE_FIELDS[collection];
		if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
			const fixed = Object.keys(raw).filter(
				(k) => !allowed.includes(k) && k in originalShape(collection),
			);
			for (const key of fixed)
				error(
					file,
					`field "${key}" cannot be translated: a translation carries text only (${allowed.join(', ')}); the story's ${key} holds in every language`,
					{ path: [key], fix: `remove "${key}": set it once, in the story's own file` },
				);
			let nested = false;
			if (collection === 'site')
				for (const key of ['lead', 'brief', 'keyFigures'] as const) {
					const value = (raw as Record<string, unknown>)[key];
					const items: unknown[] = Array.isArray(value) ? value : [value];
					if (items.some((v) => v !== null && typeof v === 'object' && 'claims' in v)) {
						nested = true;
						error(
							file,
							`field "${key}" gives claims, which cannot be translated: give the text only, the claims are the story's`,
							{ path: [key] },
						);
					}
				}
			if (fixed.length > 0 || nested) return undefined;
		}
		const schema: z.ZodType = TRANSLATION_SCHEMAS[collection];
		return parseData(file, raw, schema) as z.output<(typeof TRANSLATION_SCHEMAS)[C]> | undefined;
	};

	/**
	 * Reads one language's translations (`i18n/<lang>/`): overlays that carry text fields only,
	 * and translated explainers. A field that is not text (an id, a date, an attribution…) is
	 * an error naming the fields a translation may give.
	 */
	const readTranslation = (lang: string): TranslationInput => {
		const folder = path.join(dir, TRANSLATIONS_DIR, lang);
		const overlays = <C extends Exclude<TranslatedCollection, 'explainers' | 'site'>>(
			collection: C,
		): Entry<z.output<(typeof TRANSLATION_SCHEMAS)[C]>>[] => {
			const out: Entry<z.output<(typeof TRANSLATION_SCHEMAS)[C]>>[] = [];
			for (const file of listFiles(path.join(folder, collection), DATA_EXT, error)) {
				const id = idOf(file, error);
				const raw = readYaml(file, readText(file, error) ?? '');
				const data = raw === undefined ? undefined : parseOverlay(file, raw, collection);
				if (id !== undefined && data !== undefined) out.push({ id, file: rel(file), data });
			}
			return out;
		};
		const explainerPages: ExplainerTranslationEntry[] = [];
		for (const file of listFiles(path.join(folder, 'explainers'), PAGE_EXT, error)) {
			const id = idOf(file, error);
			const text = readText(file, error) ?? '';
			const match = FRONTMATTER.exec(text);
			if (!match) {
				error(
					file,
					'has no frontmatter: start the file with a --- block holding title and summary',
					{
						line: 1,
					},
				);
				continue;
			}
			const raw = readYaml(file, match[1] ?? '', 2);
			const data =
				raw === undefined ? undefined : parseData(file, raw, TRANSLATION_SCHEMAS.explainers);
			const firstLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
			const refs = readMdxRefs(text.slice(match[0].length), { firstLine, file: rel(file) });
			for (const p of refs.problems)
				error(file, p.message, { line: p.line, ...(p.fix === undefined ? {} : { fix: p.fix }) });
			if (id !== undefined && data !== undefined)
				explainerPages.push({
					id,
					file: rel(file),
					data,
					refs: refs.refs,
					cites: refs.cites,
					actorLinks: refs.actorLinks,
					explainerLinks: refs.explainerLinks,
					quotes: refs.quotes,
				});
		}
		const siteOverlay = path.join(folder, SITE_FILE);
		let siteText: TranslationInput['site'];
		if (exists(siteOverlay)) {
			const raw = readYaml(siteOverlay, readText(siteOverlay, error) ?? '');
			const data = raw === undefined ? undefined : parseOverlay(siteOverlay, raw, 'site');
			if (data) siteText = { id: 'site', file: rel(siteOverlay), data };
		}
		const parts = Object.keys(TRANSLATABLE_FIELDS).filter((c) => c !== 'site');
		for (const name of exists(folder) ? readdirSync(folder).sort() : []) {
			if (name.startsWith('.') || name.startsWith('_') || name === SITE_FILE) continue;
			if (!parts.includes(name))
				error(
					path.join(folder, name),
					`is not part of a translation, so it would be ignored: a translation holds ${SITE_FILE} and the folders ${parts.join(', ')}`,
				);
		}
		return {
			lang,
			site: siteText,
			sources: overlays('sources'),
			claims: overlays('claims'),
			actors: overlays('actors'),
			relations: overlays('relations'),
			events: overlays('events'),
			phases: overlays('phases'),
			corrections: overlays('corrections'),
			explainers: explainerPages,
		};
	};
	const declared = site?.data.languages ?? [];
	const translations = declared.map(readTranslation);
	// A folder of translations for a language the story does not declare is not built: a note,
	// not a problem, so a translation can be written (and reviewed) before its edition is
	// switched on.
	const notes: string[] = [];
	const i18nDir = path.join(dir, TRANSLATIONS_DIR);
	for (const name of exists(i18nDir) ? readdirSync(i18nDir).sort() : [])
		if (!name.startsWith('.') && !declared.includes(name))
			notes.push(
				`${rel(path.join(i18nDir, name))} holds translations into "${name}", which site.yaml does not declare, so they are not built: add \`languages: [${name}]\` to publish them`,
			);

	// References are checked over everything that parsed, in the same run: an author sees every
	// problem at once. Ids of files that failed are known, so they raise no second error.
	const partial: PartialStoryInput = {
		site,
		sources,
		claims,
		actors,
		relations,
		events,
		phases,
		explainers,
		corrections,
	};
	const parsedAll = !problems.some((p) => p.severity === 'error') && site !== undefined;
	problems.push(...checkIntegrity(partial, { unparsed }));
	const story = parsedAll && site ? { ...partial, site, translations } : undefined;
	// Translations are checked against the story once both parsed: what they translate must exist.
	if (story) problems.push(...checkTranslations(story));
	// A problem that names its field gets the field's line.
	const located = problems.map((problem) => {
		const yaml = documents.get(problem.file);
		if (problem.line !== undefined || !yaml || !problem.path) return problem;
		const line = lineOfPath(yaml, problem.path);
		return line === undefined ? problem : { ...problem, line };
	});
	return { story, problems: located, notes };
}

/**
 * Every source needs the fingerprint of its report (`fingerprints/<id>.json`, written by `npm run
 * add-source`), counting the same paragraphs: the copy check proves no page repeats the report
 * with it, and a different count means the digests or the claims are numbered against another
 * text. A fingerprint for no source is reported too.
 */
function checkFingerprints(
	dir: string,
	root: string,
	sources: readonly Entry<{ paragraphCount: number }>[],
	unparsed: ReadonlySet<string>,
	error: (file: string, message: string, extra?: Partial<Problem>) => void,
): void {
	const folder = path.join(dir, FINGERPRINTS);
	const otherStory = path.resolve(dir) !== path.resolve(root, 'content');
	const command = (id: string) =>
		`${otherStory ? `EXPLAINER_CONTENT_DIR=${relativeOrAbsolute(root, dir)} ` : ''}npm run add-source -- path/to/report.txt ${id}`;
	for (const source of sources) {
		const file = path.join(folder, `${source.id}.json`);
		const sourceFile = path.join(dir, 'sources', path.basename(source.file));
		if (!exists(file)) {
			error(sourceFile, `has no fingerprint (${FINGERPRINTS}/${source.id}.json)`, {
				fix: `run \`${command(source.id)}\` with the report’s text file; it writes the fingerprint (and never overwrites this file)`,
			});
			continue;
		}
		let fingerprint: { source?: unknown; paragraphs?: unknown };
		try {
			fingerprint = JSON.parse(readFileSync(file, 'utf8')) as typeof fingerprint;
		} catch (e) {
			error(file, `is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, {
				fix: `run \`${command(source.id)}\` again`,
			});
			continue;
		}
		if (typeof fingerprint.paragraphs !== 'number')
			error(file, 'does not say how many paragraphs the report has', {
				fix: `it was made by an older version of the kit: run \`${command(source.id)}\` again`,
			});
		else if (fingerprint.paragraphs !== source.data.paragraphCount)
			error(
				sourceFile,
				`field "paragraphCount" is ${source.data.paragraphCount}, but the report fingerprinted in ${FINGERPRINTS}/${source.id}.json has ${fingerprint.paragraphs} paragraphs (non-empty lines)`,
				{
					path: ['paragraphCount'],
					fix: `count the report’s non-empty lines again; if the report changed, run \`${command(source.id)}\` and check every digest and claim against the new text`,
				},
			);
	}
	const known = new Set([...sources.map((s) => s.id), ...unparsed]);
	if (!exists(folder)) return;
	for (const name of readdirSync(folder).sort()) {
		if (name.startsWith('.')) continue;
		const id = path.basename(name, '.json');
		if (!name.endsWith('.json') || !known.has(id))
			error(
				path.join(folder, name),
				`is the fingerprint of no source: there is no sources/${id}.yaml`,
				{
					fix: 'delete it, or add the source it belongs to',
				},
			);
	}
}

/** `file` relative to `root` when inside it, absolute otherwise. */
function relativeOrAbsolute(root: string, file: string): string {
	const relative = path.relative(root, file);
	return relative === '' || relative.startsWith('..') ? path.resolve(file) : relative;
}

/** A parsed YAML document with what is needed to turn a node's offset into a line. */
interface ParsedYaml {
	doc: Document.Parsed;
	lineCounter: LineCounter;
	/** The file line the YAML text starts on (2 for an MDX frontmatter). */
	firstLine: number;
}

/** The line of the node at `keys` in a document, or of its deepest existing parent. */
function lineOfPath(yaml: ParsedYaml, keys: readonly (string | number)[]): number | undefined {
	let node: unknown = yaml.doc.contents;
	let offset: number | undefined;
	for (const key of keys) {
		if (!isMap(node) && !(node !== null && typeof node === 'object' && 'items' in node)) break;
		const items = (node as { items: unknown[] }).items;
		const next = isMap(node)
			? node.items.find((pair) => isScalar(pair.key) && pair.key.value === key)
			: typeof key === 'number'
				? items[key]
				: undefined;
		if (next === undefined) break;
		const target = isPair(next) ? next : undefined;
		const range =
			(target?.key as { range?: [number, number, number] } | undefined)?.range ??
			(next as { range?: [number, number, number] }).range;
		if (range) offset = range[0];
		node = target ? target.value : next;
	}
	if (offset === undefined) return undefined;
	return yaml.lineCounter.linePos(offset).line + yaml.firstLine - 1;
}

/** The line a zod issue points at: the field, or the first unknown key. */
function lineOfIssue(yaml: ParsedYaml, issue: z.core.$ZodIssue): number | undefined {
	const keys = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
	if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined)
		return lineOfPath(yaml, [...keys, issue.keys[0]]);
	if (keys.length === 0) return undefined;
	return lineOfPath(yaml, keys);
}

/** A hint for fixing a zod issue, when its message does not already say. */
function fixFor(issue: z.core.$ZodIssue, schema: z.ZodType): string | undefined {
	const shape = 'shape' in schema ? (schema.shape as Record<string, unknown>) : undefined;
	if (issue.code === 'unrecognized_keys' && issue.path.length === 0 && shape)
		return `remove it or correct its spelling; the fields are: ${Object.keys(shape).join(', ')}`;
	if (issue.code === 'invalid_type' && issue.message.includes('received undefined'))
		return `add "${issue.path.join('.')}:" (see README.md, “Adding a report”, for what it holds)`;
	return undefined;
}

/** A file's text, or undefined (with a problem) when it cannot be read. */
function readText(
	file: string,
	error: (file: string, message: string) => void,
): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch (e) {
		error(file, `could not be read: ${String(e)}`);
		return undefined;
	}
}

/** Lists a collection folder's files with the given extensions, reporting any other file. */
function listFiles(
	folder: string,
	extensions: Set<string>,
	error: (file: string, message: string) => void,
): string[] {
	if (!exists(folder)) return [];
	const files: string[] = [];
	for (const name of readdirSync(folder).sort()) {
		if (name.startsWith('.') || name.startsWith('_')) continue;
		const file = path.join(folder, name);
		if (statSync(file).isDirectory()) error(file, 'is a folder: collections hold files only');
		else if (extensions.has(path.extname(name))) files.push(file);
		else error(file, `is not a ${[...extensions].join(' or ')} file, so it would be ignored`);
	}
	return files;
}

/** The entry id of a file: its name without extension, which must be kebab-case. */
function idOf(file: string, error: (file: string, message: string) => void): string | undefined {
	const id = path.basename(file, path.extname(file));
	const result = IdSchema.safeParse(id);
	if (result.success) return id;
	error(
		file,
		`has a file name that is not a valid id: "${id}" ${result.error.issues[0]?.message ?? ''}`,
	);
	return undefined;
}

/** Turns a zod issue into a sentence naming the field. */
function describeIssue(issue: z.core.$ZodIssue): string {
	const field = issue.path.length ? `field "${issue.path.join('.')}"` : 'the file';
	if (issue.code === 'unrecognized_keys')
		return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${issue.path.length ? ` in ${issue.path.join('.')}` : ''}`;
	if (issue.code === 'invalid_value' && 'values' in issue)
		return `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
	if (issue.code === 'invalid_type' && issue.message.includes('received undefined'))
		return `${field} is missing`;
	return `${field} ${issue.message.replace(/^Invalid input: /, '')}`;
}

function exists(file: string): boolean {
	try {
		statSync(file);
		return true;
	} catch {
		return false;
	}
}

/** The fields of a collection's own schema: a translation may not set the non-text ones. */
function originalShape(collection: Exclude<TranslatedCollection, 'explainers'>): object {
	return collection === 'site' ? SiteSchema.shape : COLLECTIONS[collection].schema.shape;
}
