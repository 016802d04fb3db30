/** One entry of an Atom feed, every URL absolute. */
export interface AtomEntry {
	/** A permanent, absolute IRI that identifies the entry. */
	id: string;
	title: string;
	/** RFC 3339 date-time. */
	updated: string;
	/** The page the entry is about. */
	link: string;
	summary: string;
	content: string;
}

/** An Atom feed, every URL absolute. */
export interface AtomFeed {
	/** A permanent, absolute IRI that identifies the feed. */
	id: string;
	title: string;
	/** RFC 3339 date-time: the latest entry's, or the build's when there is none. */
	updated: string;
	/** The feed's own address (rel="self"). */
	self: string;
	/** The page the feed mirrors (rel="alternate"). */
	alternate: string;
	author: string;
	lang: string;
	entries: AtomEntry[];
}

/**
 * Text made safe for XML: characters XML 1.0 cannot hold at all (most control characters, lone
 * surrogates, U+FFFE/FFFF) removed, markup characters escaped. Content text can be anything.
 */
export function xmlText(text: string): string {
	return text
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
		.replace(
			/[<>&"']/g,
			(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
		);
}

/** A date ("2026-02-10") as the RFC 3339 date-time Atom requires, at midnight UTC. */
export function atomDate(day: string): string {
	return `${day}T00:00:00Z`;
}

/** Writes an Atom 1.0 document (RFC 4287): text constructs only, so nothing in it is markup. */
export function writeAtom(feed: AtomFeed): string {
	const t = xmlText;
	const entries = feed.entries
		.map(
			(e) => `  <entry>
    <id>${t(e.id)}</id>
    <title type="text">${t(e.title)}</title>
    <updated>${t(e.updated)}</updated>
    <link rel="alternate" type="text/html" href="${t(e.link)}"/>
    <summary type="text">${t(e.summary)}</summary>
    <content type="text">${t(e.content)}</content>
  </entry>
`,
		)
		.join('');
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${t(feed.lang)}">
  <id>${t(feed.id)}</id>
  <title type="text">${t(feed.title)}</title>
  <updated>${t(feed.updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${t(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${t(feed.alternate)}"/>
  <author><name>${t(feed.author)}</name></author>
${entries}</feed>
`;
}
