/** References found in an MDX body, for the integrity check and for footnote numbering. */
export interface MdxRefs {
	/** Claim ids cited with `<Cite claims="a b">`, in order of first appearance. */
	cites: string[];
	/** Actor ids linked with `<Actor id="…">`. */
	actorLinks: string[];
	/** Explainer slugs linked with `<See slug="…">`. */
	explainerLinks: string[];
	/** Claim ids quoted with `<Quote claim="…">`; each also counts as a citation (`cites`). */
	quotes: string[];
	/** Component uses whose ids are not a plain string literal, which cannot be checked. */
	unreadable: string[];
}

const TAG = /<(Cite|Actor|See|Quote)\b([^>]*)>/g;
const ATTRS: Record<string, string> = { Cite: 'claims', Actor: 'id', See: 'slug', Quote: 'claim' };

/**
 * Reads the story components an MDX body uses. Ids must be string literals so the build can
 * check them before rendering; anything else is reported as unreadable.
 */
export function readMdxRefs(body: string): MdxRefs {
	const refs: MdxRefs = {
		cites: [],
		actorLinks: [],
		explainerLinks: [],
		quotes: [],
		unreadable: [],
	};
	const seen = new Set<string>();
	for (const match of body.matchAll(TAG)) {
		const [whole, tag = '', attrs = ''] = match;
		const name = ATTRS[tag] ?? '';
		const value = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
		if (value === undefined) {
			refs.unreadable.push(whole.trim());
			continue;
		}
		const ids = value.split(/\s+/).filter(Boolean);
		if (ids.length === 0) refs.unreadable.push(whole.trim());
		if (tag === 'Cite' || tag === 'Quote') {
			if (tag === 'Quote') refs.quotes.push(...ids);
			for (const id of ids)
				if (!seen.has(id)) {
					seen.add(id);
					refs.cites.push(id);
				}
		} else if (tag === 'Actor') refs.actorLinks.push(...ids);
		else refs.explainerLinks.push(...ids);
	}
	return refs;
}
