import {
	ENTRY_NOUN,
	MDX_COMPONENTS,
	type MdxComponentSpec,
	type RefCollection,
} from './mdx-components';

/** One id an MDX component names, with where it is. */
export interface MdxRef {
	/** The component, e.g. "EventDate". */
	component: string;
	/** The prop holding the id, e.g. "event". */
	prop: string;
	collection: RefCollection;
	id: string;
	/** 1-based line in the file (frontmatter included when `firstLine` was given). */
	line: number;
}

/** A problem in an MDX body that the build must stop on. */
export interface MdxProblem {
	line: number;
	message: string;
	fix?: string;
}

/** References found in an MDX body, for the integrity check and for footnote numbering. */
export interface MdxRefs {
	/** Every id named by a registered component, in order of appearance. */
	refs: MdxRef[];
	/** Unknown components, missing required props, ids that are not plain strings. */
	problems: MdxProblem[];
	/** Claim ids cited with `<Cite claims="a b">`, in order of first appearance. */
	cites: string[];
	/** Actor ids linked with `<Actor id="…">`. */
	actorLinks: string[];
	/** Explainer slugs linked with `<See slug="…">`. */
	explainerLinks: string[];
}

export interface ReadMdxOptions {
	/** The line of the file the body starts on (after the frontmatter); default 1. */
	firstLine?: number;
	/** The file, for messages that name their place. */
	file?: string;
	/** The registry; default the kit's MDX_COMPONENTS. */
	components?: Readonly<Record<string, MdxComponentSpec>>;
}

/** A prop's value as written: a string literal, an expression in braces, or bare (true). */
type PropValue = { kind: 'string'; text: string } | { kind: 'expression' } | { kind: 'bare' };

interface Tag {
	name: string;
	props: Map<string, PropValue>;
	/** Whether the tag spreads props (`{...rest}`), so its props cannot all be known. */
	spread: boolean;
	source: string;
	index: number;
}

/**
 * Reads every component tag of an MDX body and checks it against the registry before anything
 * renders: unknown components, missing required props, and ids that are not plain strings are
 * problems; every id is returned with its line for the integrity check. Code (fenced or inline)
 * and comments are skipped. Pure.
 */
export function readMdxRefs(body: string, options: ReadMdxOptions = {}): MdxRefs {
	const components: Readonly<Record<string, MdxComponentSpec>> =
		options.components ?? MDX_COMPONENTS;
	const firstLine = options.firstLine ?? 1;
	const out: MdxRefs = { refs: [], problems: [], cites: [], actorLinks: [], explainerLinks: [] };
	const lineAt = lineIndex(body, firstLine);
	const available = Object.keys(components).join(', ');

	for (const tag of scanTags(maskCode(body))) {
		const line = lineAt(tag.index);
		const problem = (message: string, fix?: string) =>
			out.problems.push(fix === undefined ? { line, message } : { line, message, fix });
		const spec = components[tag.name];
		if (spec === undefined) {
			const where = options.file ? ` in ${options.file}:${line}` : ` on line ${line}`;
			problem(
				`unknown component <${tag.name}>${where}; available: ${available}`,
				'use one of the available components (no import needed), or register a new one in src/lib/content/mdx-components.ts and src/components/mdx.ts',
			);
			continue;
		}
		for (const prop of spec.required) {
			const value = tag.props.get(prop);
			if (value === undefined && !tag.spread)
				problem(
					`<${tag.name}> needs ${/^[aeiou]/i.test(prop) ? 'an' : 'a'} "${prop}"`,
					`write it as ${spec.example}`,
				);
			else if (value?.kind === 'string' && value.text.trim() === '')
				problem(`<${tag.name}> has an empty "${prop}"`, `write it as ${spec.example}`);
		}
		for (const [prop, ref] of Object.entries(spec.refs)) {
			const value = tag.props.get(prop);
			if (value === undefined) continue;
			const noun = ENTRY_NOUN[ref.collection];
			const plain = ref.list ? `${prop}="${noun}-a ${noun}-b"` : `${prop}="${noun}-id"`;
			if (value.kind !== 'string') {
				problem(
					`${tag.source} must name its ids as a plain string, e.g. ${plain}`,
					'the build checks every id before rendering, so ids cannot come from an expression',
				);
				continue;
			}
			const ids = value.text.split(/\s+/).filter(Boolean);
			if (ids.length === 0) continue; // reported as empty above when required
			if (!ref.list && ids.length > 1) {
				problem(
					`<${tag.name} ${prop}="${value.text}"> names ${ids.length} ${noun}s; it takes one`,
					`write one component per ${noun}, e.g. ${plain}`,
				);
				continue;
			}
			for (const id of ids)
				out.refs.push({ component: tag.name, prop, collection: ref.collection, id, line });
		}
	}

	const seen = new Set<string>();
	for (const ref of out.refs) {
		if (ref.collection === 'claims' && ref.component === 'Cite' && !seen.has(ref.id)) {
			seen.add(ref.id);
			out.cites.push(ref.id);
		} else if (ref.collection === 'actors') out.actorLinks.push(ref.id);
		else if (ref.collection === 'explainers') out.explainerLinks.push(ref.id);
	}
	return out;
}

/** A function from a character index in `text` to its 1-based line, offset by `firstLine`. */
function lineIndex(text: string, firstLine: number): (index: number) => number {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
	return (index) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((starts[mid] ?? 0) <= index) lo = mid;
			else hi = mid - 1;
		}
		return firstLine + lo;
	};
}

/**
 * The body with code blocks, inline code and comments blanked out (newlines kept), so a tag
 * shown as code is not read as a component and every index still maps to its line.
 */
function maskCode(body: string): string {
	const blank = (s: string) => s.replace(/[^\n]/g, ' ');
	return body
		.replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, blank)
		.replace(/<!--[\s\S]*?-->/g, blank)
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
		.replace(/(`+)(?:[^`\n]|[^`\n][^\n]*?[^`\n])\1(?!`)/g, blank);
}

/** Every opening (or self-closing) tag whose name starts with a capital letter. */
function scanTags(text: string): Tag[] {
	const tags: Tag[] = [];
	const name = /[A-Z][\w.]*/y;
	for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
		name.lastIndex = i + 1;
		const match = name.exec(text);
		if (!match) continue;
		const tag = readProps(text, name.lastIndex);
		if (!tag) continue;
		const source = text.slice(i, tag.end).replace(/\s+/g, ' ');
		tags.push({
			name: match[0],
			props: tag.props,
			spread: tag.spread,
			source: source.length > 80 ? `${source.slice(0, 77)}…` : source,
			index: i,
		});
		i = tag.end - 1;
	}
	return tags;
}

/** Reads a tag's props from `start` up to its closing `>`; undefined when it never closes. */
function readProps(
	text: string,
	start: number,
): { props: Map<string, PropValue>; spread: boolean; end: number } | undefined {
	const props = new Map<string, PropValue>();
	let spread = false;
	let i = start;
	const skipSpace = () => {
		while (i < text.length && /\s/.test(text[i] ?? '')) i++;
	};
	/** Moves past a balanced {…} group starting at i; false when it never closes. */
	const skipBraces = (): boolean => {
		let depth = 0;
		let quote: string | undefined;
		for (; i < text.length; i++) {
			const c = text[i];
			if (quote) {
				if (c === '\\') i++;
				else if (c === quote) quote = undefined;
			} else if (c === '"' || c === "'" || c === '`') quote = c;
			else if (c === '{') depth++;
			else if (c === '}' && --depth === 0) {
				i++;
				return true;
			}
		}
		return false;
	};
	for (;;) {
		skipSpace();
		const c = text[i];
		if (c === undefined) return undefined;
		if (c === '>') return { props, spread, end: i + 1 };
		if (c === '/' && text[i + 1] === '>') return { props, spread, end: i + 2 };
		if (c === '{') {
			spread = true;
			if (!skipBraces()) return undefined;
			continue;
		}
		const attr = /[A-Za-z_:][\w:.-]*/y;
		attr.lastIndex = i;
		const m = attr.exec(text);
		if (!m) return undefined; // not a tag after all (e.g. "<A and B>" in prose)
		i = attr.lastIndex;
		skipSpace();
		if (text[i] !== '=') {
			props.set(m[0], { kind: 'bare' });
			continue;
		}
		i++;
		skipSpace();
		const q = text[i];
		if (q === '"' || q === "'") {
			const close = text.indexOf(q, i + 1);
			if (close === -1) return undefined;
			props.set(m[0], { kind: 'string', text: text.slice(i + 1, close) });
			i = close + 1;
		} else if (q === '{') {
			const from = i;
			if (!skipBraces()) return undefined;
			// A string literal in braces, claims={"a b"}, is still a plain string.
			const literal = /^\{\s*(["'`])([^"'`$\\]*)\1\s*\}$/.exec(text.slice(from, i));
			props.set(
				m[0],
				literal ? { kind: 'string', text: literal[2] ?? '' } : { kind: 'expression' },
			);
		} else return undefined;
	}
}
