import { describe, expect, it } from 'vitest';
import { en } from './en';
import { DICTIONARIES, createI18n, dictionaryFor, type MessageKey } from './index';
import { placeholdersOf, type Message } from './message';

const reference = Object.keys(en).sort();

describe.each(Object.entries(DICTIONARIES))('the %s dictionary', (lang, dictionary) => {
	it('has every key of the interface, and no other', () => {
		const keys = Object.keys(dictionary).sort();
		expect(
			reference.filter((k) => !keys.includes(k)),
			'missing keys',
		).toEqual([]);
		expect(
			keys.filter((k) => !reference.includes(k)),
			'unknown keys',
		).toEqual([]);
	});

	it('fills the same placeholders as the reference in every message', () => {
		// Looked up as a plain record: a dictionary built at run time may lack a key.
		const entries: Record<string, Message | undefined> = dictionary;
		const differ = reference.filter((key) => {
			const mine = entries[key];
			return (
				mine === undefined ||
				placeholdersOf(mine).join() !== placeholdersOf(en[key as MessageKey]).join()
			);
		});
		expect(differ).toEqual([]);
	});

	it('has a plural form for every category of the language, and no empty text', () => {
		const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
		for (const key of reference) {
			const message: Message = dictionary[key as MessageKey];
			const variants = typeof message === 'string' ? [message] : Object.values(message);
			for (const v of variants) expect(v.trim(), key).not.toBe('');
			if (typeof message === 'string' && typeof en[key as MessageKey] !== 'string')
				throw new Error(`${key}: the reference has plural forms, ${lang} has one string`);
			if (typeof message !== 'string')
				// "many" (Spanish millions) may fall back to "other"; "one" must exist if used.
				for (const c of categories.filter((c) => c !== 'many' && c !== 'other'))
					expect(message[c], `${key}.${c}`).toBeDefined();
		}
	});

	it('names its own language', () => {
		const i18n = createI18n(lang);
		expect(i18n.t('language.name').toLocaleLowerCase(lang)).toBe(
			i18n.languageName(lang).toLocaleLowerCase(lang),
		);
	});
});

describe('dictionaryFor', () => {
	it('finds a dictionary by primary subtag, and none for a language without one', () => {
		expect(dictionaryFor('es-419')).toBe(DICTIONARIES['es']);
		expect(dictionaryFor('EN')).toBe(DICTIONARIES['en']);
		expect(dictionaryFor('tlh')).toBeUndefined();
		expect(() => createI18n('tlh')).toThrow(/No interface dictionary for language "tlh"/);
	});
});
