import type {
	Actor,
	Claim,
	Correction,
	Explainer,
	Phase,
	Relation,
	Site,
	Source,
	StoryEvent,
} from '../../schemas';
import type { MdxRef } from './mdx-refs';

/** One content entry: its id (the file name), the file it came from, and its parsed data. */
export interface Entry<T> {
	id: string;
	/** Path of the content file, relative to the project root, for error messages. */
	file: string;
	data: T;
}

/** An explainer entry with the references found in its MDX body. */
export interface ExplainerEntry extends Entry<Explainer> {
	/** Every id an MDX component in the body names, with its line, for the integrity check. */
	refs: MdxRef[];
	/** Claim ids cited with `<Cite claims="…">`, in order of first appearance. */
	cites: string[];
	/** Actor ids linked with `<Actor id="…">`. */
	actorLinks: string[];
	/** Explainer slugs linked with `<See slug="…">`. */
	explainerLinks: string[];
}

/** Every collection of a story, as read from `content/`. */
export interface StoryInput {
	site: Entry<Site>;
	sources: Entry<Source>[];
	claims: Entry<Claim>[];
	actors: Entry<Actor>[];
	relations: Entry<Relation>[];
	events: Entry<StoryEvent>[];
	phases: Entry<Phase>[];
	explainers: ExplainerEntry[];
	/** The corrections log; optional, so a story (or a test) without one is still a story. */
	corrections?: Entry<Correction>[];
}

/** A problem found in content, with the file it is in. */
export interface Problem {
	severity: 'error' | 'warning';
	file: string;
	/** 1-based line in the file, when known. */
	line?: number;
	/** The field the problem is in, as a path into the file's data (e.g. ["claims", 2]). */
	path?: (string | number)[];
	/** What is wrong, naming the field. */
	message: string;
	/** How to fix it, when the message does not already say. */
	fix?: string;
}
