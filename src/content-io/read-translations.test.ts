import { describe, expect, it } from 'vitest';
import { buildStory } from '../lib/content/story';
import { readContent } from './read-content';
import { validStoryFiles, writeStory } from './test-story';

/** The shared test story declared in English and Spanish, with some files changed. */
function read(changes: Record<string, string | undefined> = {}) {
	const files = validStoryFiles();
	const dir = writeStory({
		...files,
		'site.yaml': `${files['site.yaml'] ?? ''}\nlang: en\nlanguages: [es]\n`,
		...changes,
	});
	const report = readContent(dir, dir);
	const of = (severity: string) =>
		report.problems.filter((p) => p.severity === severity).map((p) => `${p.file}: ${p.message}`);
	return { ...report, errors: of('error'), warnings: of('warning') };
}

const spanish = {
	'i18n/es/site.yaml':
		'title: Historia de prueba\ndescription: Una historia para pruebas.\nlead: { text: Entrada. }\nbrief: [{ text: Breve. }]\nrelationTypes: { talks: conversaciones }\n',
	'i18n/es/claims/c-talks.yaml': 'statement: A habló con B.\n',
	'i18n/es/claims/c-event.yaml': 'statement: B hizo algo.\n',
	'i18n/es/actors/a.yaml': 'role: Cargo A\nsummary: Resumen A.\n',
	'i18n/es/actors/b.yaml': 'name: Grupo Bee\nrole: Cargo B\nsummary: Resumen B.\n',
	'i18n/es/relations/a-b.yaml': 'label: habló con\n',
	'i18n/es/phases/one.yaml': 'title: Uno\nsummary: La primera etapa.\n',
	'i18n/es/events/first.yaml': 'title: Primero\nsummary: Empezó.\n',
	'i18n/es/events/second.yaml': 'title: Segundo\nsummary: Luego esto.\nwhen: Más tarde\n',
	'i18n/es/sources/report.yaml':
		'title: Un informe\nkind: informe\nparagraphs: [Resumen del primero., Resumen del segundo.]\n',
	'i18n/es/explainers/intro.mdx':
		'---\ntitle: Introducción\nsummary: Una introducción.\n---\n\n<Actor id="a">Ána</Actor> se reunió con B.<Cite claims="c-talks c-event" />\n',
};

describe('reading a story’s translations', () => {
	it('reads a complete translation with no problem, and a one-language story needs none', () => {
		expect(read(spanish).problems).toEqual([]);
		const single = writeStory(validStoryFiles());
		expect(readContent(single, single).problems).toEqual([]);
	});

	it('refuses a field a translation cannot change, naming the file and the fields it may give', () => {
		const { errors } = read({
			...spanish,
			'i18n/es/claims/c-talks.yaml': 'statement: A habló con B.\nattribution: reportedly\n',
			'i18n/es/events/first.yaml': "title: Primero\nsummary: Empezó.\ndate: '2021'\n",
			'i18n/es/site.yaml': 'lead: { text: Entrada., claims: [c-event] }\n',
		});
		expect(errors.sort()).toEqual([
			'i18n/es/claims/c-talks.yaml: field "attribution" cannot be translated: a translation carries text only (statement, quoteTranslation); the story\'s attribution holds in every language',
			'i18n/es/events/first.yaml: field "date" cannot be translated: a translation carries text only (title, summary, when); the story\'s date holds in every language',
			'i18n/es/site.yaml: field "lead" gives claims, which cannot be translated: give the text only, the claims are the story\'s',
		]);
	});

	it('refuses an overlay for an entry the story does not have', () => {
		const { errors } = read({ ...spanish, 'i18n/es/actors/zed.yaml': 'role: Nadie\n' });
		expect(errors).toEqual([
			'i18n/es/actors/zed.yaml: translates unknown actor "zed": the file name must be the id of an entry in content/actors/',
		]);
	});

	it('refuses stray files, and says translations into an undeclared language are not built', () => {
		const { errors } = read({
			...spanish,
			'i18n/fr/claims/c-talks.yaml': 'statement: A a parlé à B.\n',
			'i18n/es/notes.yaml': 'title: Notas\n',
		});
		expect(errors).toEqual([
			'i18n/es/notes.yaml: is not part of a translation, so it would be ignored: a translation holds site.yaml and the folders sources, claims, actors, relations, events, phases, explainers, corrections',
		]);
		const clean = read({ ...spanish, 'i18n/fr/claims/c-talks.yaml': 'statement: A a parlé.\n' });
		expect(clean.errors).toEqual([]);
		// Written before its edition is switched on: not a problem, a note for the author.
		expect(clean.warnings).toEqual([]);
		expect(clean.notes).toEqual([
			'i18n/fr holds translations into "fr", which site.yaml does not declare, so they are not built: add `languages: [fr]` to publish them',
		]);
	});

	it('refuses a translated explainer citing other claims than its original', () => {
		const { errors } = read({
			...spanish,
			'i18n/es/explainers/intro.mdx':
				'---\ntitle: Introducción\nsummary: Una introducción.\n---\n\nA se reunió con B.<Cite claims="c-talks" />\n',
		});
		expect(errors).toEqual([
			'i18n/es/explainers/intro.mdx: cites other claims than its original explainers/intro.mdx: a translation says what the original says; it leaves out "c-event"',
		]);
	});

	it('refuses lists of another length and texts the original has no place for', () => {
		const { errors } = read({
			...spanish,
			'i18n/es/sources/report.yaml': 'paragraphs: [Solo uno.]\n',
			'i18n/es/claims/c-event.yaml': 'statement: B hizo algo.\nquoteTranslation: Nada.\n',
			'i18n/es/events/first.yaml': 'when: Antes\n',
		});
		expect(errors).toEqual([
			'i18n/es/sources/report.yaml: field "paragraphs" has 1 digests but the source has 2: translate each paragraph\'s digest, in order',
			'i18n/es/claims/c-event.yaml: field "quoteTranslation" translates a quotation, but this claim has no `quote`',
			'i18n/es/events/first.yaml: field "when" translates the timing in words, but this event has no `when`',
		]);
	});

	it('warns about each untranslated entry, listing what is missing', () => {
		const { errors, warnings } = read({
			...spanish,
			'i18n/es/actors/a.yaml': 'role: Cargo A\n',
			'i18n/es/events/second.yaml': undefined,
			'i18n/es/explainers/intro.mdx': undefined,
		});
		expect(errors).toEqual([]);
		expect(warnings).toEqual([
			'i18n/es/actors/a.yaml: actor "a" is partly translated into es: missing summary',
			'i18n/es/events/second.yaml: event "second" is not translated into es (title, summary, when)',
			'i18n/es/explainers/intro.mdx: explainer "intro" is not translated into es: its page shows the original, marked as not yet translated',
		]);
	});

	it('refuses a language the kit has no interface dictionary for, or the default one again', () => {
		const { errors } = read({
			'site.yaml': `${validStoryFiles()['site.yaml'] ?? ''}\nlang: en\nlanguages: [tlh, en]\n`,
		});
		expect(errors).toEqual([
			'site.yaml: language "tlh" has no interface dictionary: add src/i18n/<lang>.ts and register it in src/i18n/index.ts',
			'site.yaml: field "languages" lists "en", the default language (lang): list only the other editions',
		]);
	});

	it('builds the edition with the translated text over the same facts', () => {
		const { story: input } = read({
			...spanish,
			'i18n/es/actors/a.yaml': 'role: Cargo A\n',
		});
		if (!input) throw new Error('the story does not parse');
		const en = buildStory(input);
		const es = buildStory(input, { lang: 'es' });
		expect(es.lang).toBe('es');
		expect(es.edition).toBe('es/');
		expect(es.claims.get('c-talks')?.data).toEqual({
			...en.claims.get('c-talks')?.data,
			statement: 'A habló con B.',
		});
		// The original name stays a name readers may type.
		expect(es.actors.get('b')?.data.name).toBe('Grupo Bee');
		expect(es.actors.get('b')?.data.aliases).toContain('Bee Group');
		// What is not translated shows in English, marked as such.
		expect(es.actors.get('a')?.data.summary).toBe('Summary A.');
		expect(es.textLang(es.actors.get('a'), 'summary')).toBe('en');
		expect(es.textLang(es.actors.get('a'), 'role')).toBeUndefined();
		expect(es.textAttrs(es.actors.get('a'), 'summary')).toEqual({
			lang: 'en',
			'data-pagefind-ignore': '',
		});
		expect(es.relationTypeLabel('talks')).toBe('conversaciones');
		expect(es.urls.actor('a')).toBe('/es/actors/a/');
		expect(en.urls.actor('a')).toBe('/actors/a/');
		expect(es.explainers.get('intro')?.translation).toBe('intro');
		expect(es.eventList.map((e) => e.id)).toEqual(en.eventList.map((e) => e.id));
	});

	it('translates the corrections log: its words, never its date or what it affects', () => {
		const correction =
			"date: '2024-02-01'\nsummary: A fix.\nchanged: It said X; it says Y.\nwhy: X was wrong.\naffects: { actors: [a] }\n";
		const { story: input, warnings } = read({
			...spanish,
			'corrections/2024-02-01-fix.yaml': correction,
			'i18n/es/corrections/2024-02-01-fix.yaml': 'summary: Una corrección.\nwhy: X era falso.\n',
		});
		expect(warnings).toEqual([
			'i18n/es/corrections/2024-02-01-fix.yaml: correction "2024-02-01-fix" is partly translated into es: missing changed',
		]);
		if (!input) throw new Error('the story does not parse');
		const es = buildStory(input, { lang: 'es' });
		const fix = es.correctionsFor('actor:a')[0];
		expect(fix?.data).toMatchObject({ date: '2024-02-01', summary: 'Una corrección.' });
		expect(es.textAttrs(fix, 'changed')).toEqual({ lang: 'en', 'data-pagefind-ignore': '' });
		const { errors } = read({
			...spanish,
			'corrections/2024-02-01-fix.yaml': correction,
			'i18n/es/corrections/2024-02-01-fix.yaml': "summary: Una corrección.\ndate: '2024-03-01'\n",
		});
		expect(errors).toEqual([
			'i18n/es/corrections/2024-02-01-fix.yaml: field "date" cannot be translated: a translation carries text only (summary, changed, why); the story\'s date holds in every language',
		]);
	});
});
