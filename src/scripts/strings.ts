/**
 * Interface strings for browser scripts, read from the page: a component puts the messages
 * its script needs in a `data-strings` attribute (JSON, written by the server in the page's
 * language), so no script bundles a table of English words.
 */
import { formatMessage, type Message, type MessageParams } from '../i18n/message';

/** Formats the messages an element carries; a missing key comes back as the key itself. */
export type Strings = (key: string, params?: MessageParams) => string;

/** The formatter for the strings in `el`'s `data-strings`, in the page's language. */
export function readStrings(el: HTMLElement): Strings {
	let messages: Record<string, Message> = {};
	try {
		messages = JSON.parse(el.dataset['strings'] ?? '{}') as Record<string, Message>;
	} catch {
		// A broken attribute leaves the keys showing, which tests catch; the page keeps working.
	}
	// The interface speaks the page's language, even inside content shown untranslated.
	const lang = document.documentElement.lang;
	return (key, params) => {
		const message = messages[key];
		return message === undefined ? key : formatMessage(message, lang, params);
	};
}
