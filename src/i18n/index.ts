/**
 * The interface dictionaries and the translator pages use. The only place in src/ that names
 * languages: a story declares its languages in content/site.yaml, and each must have a
 * dictionary registered here.
 */
import { en } from './en';
import { es } from './es';
import {
	capitalize,
	collatorFor,
	formatList,
	formatPartialDate,
	languageName,
	lowerCase,
} from './format';
import {
	formatMessage,
	formatNumber,
	messageParts,
	type Message,
	type MessageParams,
	type MessagePart,
} from './message';

/** Every key of the interface. English is the reference: other dictionaries mirror it. */
export type MessageKey = keyof typeof en;

/** A dictionary: every key, each with its message in the dictionary's language. */
export type Dictionary = Record<MessageKey, Message>;

/** The language of messages to authors (the content check, the dev server's error page). */
export const AUTHOR_LANG = 'en';

/** The registered dictionaries, by primary language subtag. */
export const DICTIONARIES: Readonly<Record<string, Dictionary>> = { en, es };

/** The dictionary for a BCP 47 tag ("es-419" uses "es"), or undefined when there is none. */
export function dictionaryFor(lang: string): Dictionary | undefined {
	const exact = DICTIONARIES[lang.toLowerCase()];
	return exact ?? DICTIONARIES[lang.split('-')[0]?.toLowerCase() ?? ''];
}

/** Whether the kit can show its interface in a language. */
export function hasDictionary(lang: string): boolean {
	return dictionaryFor(lang) !== undefined;
}

/** The translator and formatters for one language. */
export interface I18n {
	/** The BCP 47 tag, as declared in site.yaml. */
	lang: string;
	/** A message with its placeholders filled. */
	t: (key: MessageKey, params?: MessageParams) => string;
	/** A message split around the named placeholders, to place elements inside it. */
	parts: (key: MessageKey, slots: readonly string[], params?: MessageParams) => MessagePart[];
	/** The raw messages for some keys, for a browser script to format in the page. */
	messages: <K extends MessageKey>(keys: readonly K[]) => Record<K, Message>;
	/** A partial date at its own precision ("3 de enero de 2023", "mayo de 1961"). */
	date: (value: string) => string;
	number: (n: number) => string;
	/** Items joined as the language lists them ("A, B and C"). */
	list: (items: readonly string[]) => string;
	/** Compares two names for sorting, by the language's collation. */
	compare: (a: string, b: string) => number;
	/** A language's name in this language ("inglés"). */
	languageName: (tag: string) => string;
	lower: (text: string) => string;
	capitalize: (text: string) => string;
}

const made = new Map<string, I18n>();

/** The translator for a language; throws when no dictionary covers it. */
export function createI18n(lang: string): I18n {
	const cached = made.get(lang);
	if (cached) return cached;
	const dictionary = dictionaryFor(lang);
	if (!dictionary)
		throw new Error(
			`No interface dictionary for language "${lang}": add src/i18n/<lang>.ts and register it in src/i18n/index.ts`,
		);
	const collator = collatorFor(lang);
	const i18n: I18n = {
		lang,
		t: (key, params) => formatMessage(dictionary[key], lang, params),
		parts: (key, slots, params) => messageParts(dictionary[key], lang, slots, params),
		messages: <K extends MessageKey>(keys: readonly K[]) =>
			Object.fromEntries(keys.map((k) => [k, dictionary[k]])) as Record<K, Message>,
		date: (value) => formatPartialDate(value, lang),
		number: (n) => formatNumber(n, lang),
		list: (items) => formatList(items, lang),
		compare: (a, b) => collator.compare(a, b),
		languageName: (tag) => languageName(tag, lang),
		lower: (text) => lowerCase(text, lang),
		capitalize: (text) => capitalize(text, lang),
	};
	made.set(lang, i18n);
	return i18n;
}

/**
 * The language whose dictionary defines the keys. Used only where no page language exists
 * (a component rendered alone, in a unit test); pages always get theirs from the middleware.
 */
export const REFERENCE_LANG = 'en';

/** The translator for the page being rendered (its language is set by src/middleware.ts). */
export function pageI18n(locals: { lang?: string | undefined }): I18n {
	return createI18n(locals.lang ?? REFERENCE_LANG);
}
