import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import {
	IdSchema,
	SiteSchema,
	TRANSLATABLE_FIELDS,
	TRANSLATION_SCHEMAS,
	type TranslatedCollection,
} from '../schemas';
import { checkIntegrity } from '../lib/content/integrity';
import { checkLanguages, checkTranslations } from '../lib/content/translations';
import { readMdxRefs } from '../lib/content/mdx-refs';
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
}

const DATA_EXT = new Set(['.yaml', '.yml']);
const PAGE_EXT = new Set(['.md', '.mdx']);
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Reads and validates every file of a story's content directory, then checks cross-references.
 * Collects all problems rather than stopping at the first, each naming its file relative to
 * `root`. The Astro content collections use the same schemas; this pass exists because Astro
 * stops at the first schema error and only logs dangling references.
 */
export function readContent(dir: string, root: string = process.cwd()): ContentReport {
	const problems: Problem[] = [];
	// Paths relative to the project when inside it, absolute otherwise (another story's folder).
	const rel = (file: string) => {
		const relative = path.relative(root, file);
		return relative === '' || relative.startsWith('..') ? file : relative;
	};
	const error = (file: string, message: string) =>
		problems.push({ severity: 'error', file: rel(file), message });

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
		for (const issue of result.error.issues) error(file, describeIssue(issue));
		return undefined;
	};

	const readYaml = (file: string): unknown => {
		try {
			return parse(readFileSync(file, 'utf8'), { prettyErrors: true });
		} catch (e) {
			if (e instanceof YAMLParseError) {
				const at = e.linePos?.[0];
				const where = at ? `line ${at.line}, column ${at.col}: ` : '';
				error(file, `is not valid YAML: ${where}${e.message.split('\n')[0] ?? ''}`);
			} else error(file, `could not be read: ${String(e)}`);
			return undefined;
		}
	};

	const entries = <S extends z.ZodType>(name: CollectionName, schema: S) => {
		const out: Entry<z.output<S>>[] = [];
		for (const file of listFiles(path.join(dir, name), DATA_EXT, error)) {
			const id = idOf(file, error);
			const raw = readYaml(file);
			if (raw === undefined) continue;
			const data = parseData(file, raw, schema);
			if (id !== undefined && data !== undefined) out.push({ id, file: rel(file), data });
		}
		return out;
	};

	const sources = entries('sources', COLLECTIONS.sources.schema);
	const claims = entries('claims', COLLECTIONS.claims.schema);
	const actors = entries('actors', COLLECTIONS.actors.schema);
	const relations = entries('relations', COLLECTIONS.relations.schema);
	const events = entries('events', COLLECTIONS.events.schema);
	const phases = entries('phases', COLLECTIONS.phases.schema);

	/** Reads an MDX page: its id, frontmatter (parsed with `schema`) and references. */
	const readPage = <S extends z.ZodType>(file: string, schema: S, what: string) => {
		const id = idOf(file, error);
		const text = readFileSync(file, 'utf8');
		const match = FRONTMATTER.exec(text);
		if (!match) {
			error(file, `has no frontmatter: start the file with a --- block holding ${what}`);
			return undefined;
		}
		let raw: unknown;
		try {
			raw = parse(match[1] ?? '', { prettyErrors: true });
		} catch (e) {
			error(
				file,
				`has frontmatter that is not valid YAML: ${e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)}`,
			);
			return undefined;
		}
		const data = parseData(file, raw, schema);
		const refs = readMdxRefs(text.slice(match[0].length));
		for (const tag of refs.unreadable)
			error(file, `${tag} must name its ids as a plain string, e.g. claims="claim-a claim-b"`);
		if (id === undefined || data === undefined) return undefined;
		return {
			id,
			file: rel(file),
			data,
			cites: refs.cites,
			actorLinks: refs.actorLinks,
			explainerLinks: refs.explainerLinks,
			quotes: refs.quotes,
		};
	};

	const explainers: ExplainerEntry[] = [];
	for (const file of listFiles(path.join(dir, 'explainers'), PAGE_EXT, error)) {
		const page = readPage(file, COLLECTIONS.explainers.schema, 'title, summary and order');
		if (page) explainers.push(page);
	}

	const siteFile = path.join(dir, SITE_FILE);
	let site: StoryInput['site'] | undefined;
	if (!exists(siteFile)) error(siteFile, 'is missing: every story needs its site settings');
	else {
		const raw = readYaml(siteFile);
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
				const raw = readYaml(file);
				if (raw === undefined) continue;
				const data = parseOverlay(file, raw, collection);
				if (id !== undefined && data !== undefined) out.push({ id, file: rel(file), data });
			}
			return out;
		};
		const explainerPages: ExplainerTranslationEntry[] = [];
		for (const file of listFiles(path.join(folder, 'explainers'), PAGE_EXT, error)) {
			const page = readPage(file, TRANSLATION_SCHEMAS.explainers, 'the title and summary');
			if (page) explainerPages.push(page);
		}
		const siteOverlay = path.join(folder, SITE_FILE);
		let siteText: TranslationInput['site'];
		if (exists(siteOverlay)) {
			const raw = readYaml(siteOverlay);
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
			explainers: explainerPages,
		};
	};
	const declared = site?.data.languages ?? [];
	const translations = declared.map(readTranslation);
	// A folder of translations for a language the story does not declare is not built: said
	// once, as a warning, so a translation can be written before its edition is switched on.
	const i18nDir = path.join(dir, TRANSLATIONS_DIR);
	for (const name of exists(i18nDir) ? readdirSync(i18nDir).sort() : [])
		if (!name.startsWith('.') && !declared.includes(name))
			problems.push({
				severity: 'warning',
				file: rel(path.join(i18nDir, name)),
				message: `holds translations into "${name}", which site.yaml does not declare, so they are not built: add \`languages: [${name}]\` to publish them`,
			});

	// Cross-references are only meaningful once every file parsed.
	if (problems.some((p) => p.severity === 'error') || site === undefined)
		return { story: undefined, problems };
	const story: StoryInput = {
		site,
		sources,
		claims,
		actors,
		relations,
		events,
		phases,
		explainers,
		translations,
	};
	return { story, problems: [...problems, ...checkIntegrity(story), ...checkTranslations(story)] };
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
