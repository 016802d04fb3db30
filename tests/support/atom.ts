import sax from 'sax';

/** An element of a parsed XML document. */
export interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	text: string;
}

/**
 * Parses XML with a strict, namespace-aware parser (sax): any well-formedness error throws.
 * Element names are local names; the namespace of each is kept in `attributes['xmlns:uri']`.
 */
export function parseXml(xml: string): XmlElement {
	const parser = sax.parser(true, { xmlns: true });
	const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
	const stack: XmlElement[] = [root];
	parser.onerror = (e) => {
		throw e;
	};
	parser.onopentag = (tag) => {
		const t = tag as sax.QualifiedTag;
		const attributes: Record<string, string> = { 'xmlns:uri': t.uri };
		for (const [name, attr] of Object.entries(t.attributes)) attributes[name] = attr.value;
		const el: XmlElement = { name: t.local, attributes, children: [], text: '' };
		stack.at(-1)?.children.push(el);
		stack.push(el);
	};
	parser.ontext = (text) => {
		const el = stack.at(-1);
		if (el) el.text += text;
	};
	parser.oncdata = (text) => {
		const el = stack.at(-1);
		if (el) el.text += text;
	};
	parser.onclosetag = () => {
		stack.pop();
	};
	parser.write(xml).close();
	const [doc] = root.children;
	if (!doc) throw new Error('no root element');
	return doc;
}

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** RFC 3339 date-time, as Atom's updated elements need. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks an Atom 1.0 feed against RFC 4287's rules: a `feed` root in the Atom namespace; one
 * id, title and updated on the feed and on each entry; an author on the feed (or on every
 * entry); ids absolute IRIs, unique; updated as RFC 3339; every link's href absolute; a
 * rel="self" link; each entry with an alternate link or content. Returns the problems found.
 */
export function checkAtom(feed: XmlElement): string[] {
	const problems: string[] = [];
	const kids = (el: XmlElement, name: string) =>
		el.children.filter((c) => c.name === name && c.attributes['xmlns:uri'] === ATOM_NS);
	const one = (el: XmlElement, name: string, where: string) => {
		const found = kids(el, name);
		if (found.length !== 1) problems.push(`${where}: ${found.length} <${name}>, expected 1`);
		return found[0];
	};
	const absolute = (value: string | undefined, what: string) => {
		try {
			if (!value || !new URL(value).protocol.startsWith('http')) throw new Error();
		} catch {
			problems.push(`${what} is not an absolute http(s) IRI: ${String(value)}`);
		}
	};
	const dates = (el: XmlElement, where: string) => {
		const updated = one(el, 'updated', where)?.text.trim();
		if (updated !== undefined && !RFC3339.test(updated))
			problems.push(`${where}: updated "${updated}" is not RFC 3339`);
	};
	const links = (el: XmlElement, where: string) => {
		for (const link of kids(el, 'link')) absolute(link.attributes['href'], `${where} link`);
	};

	if (feed.name !== 'feed' || feed.attributes['xmlns:uri'] !== ATOM_NS)
		problems.push(`root is <${feed.name}> in ${feed.attributes['xmlns:uri'] ?? 'no namespace'}`);
	absolute(one(feed, 'id', 'feed')?.text.trim(), 'feed id');
	one(feed, 'title', 'feed');
	dates(feed, 'feed');
	links(feed, 'feed');
	if (!kids(feed, 'link').some((l) => l.attributes['rel'] === 'self'))
		problems.push('feed: no rel="self" link');
	const entries = kids(feed, 'entry');
	const feedAuthor = kids(feed, 'author').length > 0;
	const ids = new Set<string>();
	for (const [i, entry] of entries.entries()) {
		const where = `entry ${i + 1}`;
		const id = one(entry, 'id', where)?.text.trim();
		absolute(id, `${where} id`);
		if (id !== undefined && ids.has(id)) problems.push(`${where}: id ${id} repeats`);
		if (id !== undefined) ids.add(id);
		one(entry, 'title', where);
		dates(entry, where);
		links(entry, where);
		if (!feedAuthor && kids(entry, 'author').length === 0) problems.push(`${where}: no author`);
		const alternate = kids(entry, 'link').some(
			(l) => (l.attributes['rel'] ?? 'alternate') === 'alternate',
		);
		if (!alternate && kids(entry, 'content').length === 0)
			problems.push(`${where}: neither an alternate link nor content`);
	}
	return problems;
}
