/**
 * Reading what a reader, a host page or a CMS put in an address, without ever throwing. A
 * hash or query is typed by anyone: `#focus=%` or `#event=%E0%A4%A` are not valid
 * percent-encoding, and `decodeURIComponent` throws a URIError on them. Hosts also append
 * their own parts (WordPress adds `#?secret=…` to every embed). Pure; used by the charts, the
 * citations and the embeds in the browser.
 */

/** The text percent-decoded, or the text as it is when its encoding is malformed. */
export function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/**
 * The value of `key=` in a hash such as `#focus=a`, decoded, or undefined. Parts a host
 * appended after `#`, `&` or `?` (WordPress's `#?secret=…`) are separate parts, not part of
 * the value.
 */
export function readHashValue(hash: string, key: string): string | undefined {
	for (const part of hash.replace(/^#/, '').split(/[#&?]/)) {
		const at = part.indexOf('=');
		if (at !== -1 && safeDecode(part.slice(0, at)) === key) return safeDecode(part.slice(at + 1));
	}
	return undefined;
}

/** What WordPress's `wp-embed.js` accepts as a secret: letters and digits (it makes ten). */
const SECRET = /^[A-Za-z0-9]{1,64}$/;

/** The secret WordPress appended to an embed's address (`#?secret=…`), if it is well formed. */
export function readEmbedSecret(hash: string): string | undefined {
	const secret = readHashValue(hash, 'secret');
	return secret !== undefined && SECRET.test(secret) ? secret : undefined;
}
