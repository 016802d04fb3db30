import type {
	Actor,
	ActorTranslation,
	Claim,
	ClaimTranslation,
	CorrectionTranslation,
	EventTranslation,
	Correction,
	Explainer,
	ExplainerTranslation,
	Phase,
	PhaseTranslation,
	Relation,
	RelationTranslation,
	Site,
	SiteTranslation,
	Source,
	SourceTranslation,
	StoryEvent,
} from '../../schemas';
import type { MdxRef } from './mdx-refs';

/** One content entry: its id (the file name), the file it came from, and its parsed data. */
export interface Entry<T> {
	id: string;
	/** Path of the content file, relative to the project root, for error messages. */
	file: string;
	data: T;
	/**
	 * In an edition in another language: the text fields still in the story's own language
	 * (not translated yet), which pages mark with that language. Absent when all are translated.
	 */
	untranslated?: readonly string[];
	/** In an edition in another language: the entry has no translation at all yet. */
	notTranslated?: boolean;
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
	/** Claim ids quoted with `<Quote claim="…">` (also in `cites`, which number them). */
	quotes?: string[];
	/** In another edition: the id of the translated MDX entry to render, when there is one. */
	translation?: string;
}

/** A translated explainer: its frontmatter and the references its MDX body makes. */
export interface ExplainerTranslationEntry extends Entry<ExplainerTranslation> {
	/** Every id an MDX component in the body names, with its line. */
	refs: MdxRef[];
	cites: string[];
	actorLinks: string[];
	explainerLinks: string[];
	quotes?: string[];
}

/** One language's translations of a story (`content/i18n/<lang>/`), by collection. */
export interface TranslationInput {
	lang: string;
	site?: Entry<SiteTranslation> | undefined;
	sources: Entry<SourceTranslation>[];
	claims: Entry<ClaimTranslation>[];
	actors: Entry<ActorTranslation>[];
	relations: Entry<RelationTranslation>[];
	events: Entry<EventTranslation>[];
	phases: Entry<PhaseTranslation>[];
	/** Optional, as a story's corrections log is. */
	corrections?: Entry<CorrectionTranslation>[];
	explainers: ExplainerTranslationEntry[];
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
	/** Its translations, one per other language it is published in (site.yaml `languages`). */
	translations?: TranslationInput[];
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
