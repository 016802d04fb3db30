/**
 * Interface messages and how they are filled in. Pure and small: the same code formats
 * messages at build time and, for the few strings browser scripts need, in the page (which
 * gets its strings from the page's HTML, never from a bundled table).
 *
 * A message is a string with `{name}` placeholders, or, when it depends on a number, one
 * string per plural category of the language (Intl.PluralRules: `one`, `few`, `many`,
 * `other`…), chosen by the `count` parameter. Numbers are written with Intl.NumberFormat.
 */

/** One string per plural category; `other` is required, the rest as the language needs. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A message: a template, or plural variants of one. */
export type Message = string | PluralMessage;

/** Values a message's placeholders take. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A piece of a message split around its slots: text, or the name of a slot to fill. */
export type MessagePart = string | { slot: string };

const PLACEHOLDER = /\{(\w+)\}/g;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The template a message uses for these parameters (its plural variant by `count`). */
export function selectTemplate(message: Message, lang: string, params: MessageParams = {}): string {
	if (typeof message === 'string') return message;
	const count = params['count'];
	if (typeof count !== 'number') return message.other;
	let rules = pluralRules.get(lang);
	if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
	// An exact 0 may have its own wording ("no results") where the language has no zero category.
	if (count === 0 && message.zero !== undefined) return message.zero;
	return message[rules.select(count)] ?? message.other;
}

/** A number as the language writes it ("1,234" / "1.234"). */
export function formatNumber(n: number, lang: string): string {
	let format = numberFormats.get(lang);
	if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
	return format.format(n);
}

const paramText = (value: string | number, lang: string) =>
	typeof value === 'number' ? formatNumber(value, lang) : value;

/** Fills a message's placeholders; an unknown placeholder stays as written, so tests see it. */
export function formatMessage(message: Message, lang: string, params: MessageParams = {}): string {
	return selectTemplate(message, lang, params).replace(PLACEHOLDER, (whole, name: string) => {
		const value = params[name];
		return value === undefined ? whole : paramText(value, lang);
	});
}

/**
 * Splits a message around the placeholders named in `slots`, filling the others: lets a
 * template put a link or an element inside a translated sentence without cutting the
 * sentence into fragments. `parts("See {link} for more", ["link"])` → ["See ", {slot}, " for more"].
 */
export function messageParts(
	message: Message,
	lang: string,
	slots: readonly string[],
	params: MessageParams = {},
): MessagePart[] {
	const template = selectTemplate(message, lang, params);
	const parts: MessagePart[] = [];
	let text = '';
	let last = 0;
	for (const match of template.matchAll(PLACEHOLDER)) {
		const name = match[1] ?? '';
		text += template.slice(last, match.index);
		last = match.index + match[0].length;
		if (slots.includes(name)) {
			if (text) parts.push(text);
			parts.push({ slot: name });
			text = '';
		} else {
			const value = params[name];
			text += value === undefined ? match[0] : paramText(value, lang);
		}
	}
	text += template.slice(last);
	if (text) parts.push(text);
	return parts;
}

/** The placeholder names a message uses, across all its variants, sorted. */
export function placeholdersOf(message: Message): string[] {
	const templates = typeof message === 'string' ? [message] : Object.values(message);
	const names = new Set<string>();
	for (const t of templates) for (const m of t.matchAll(PLACEHOLDER)) names.add(m[1] ?? '');
	return [...names].sort();
}
