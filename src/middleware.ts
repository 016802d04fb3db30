/**
 * Gives every page its language before it renders: the `lang` route parameter of an edition
 * (`/es/…`), or the story's default language at the root. Components read it from
 * `Astro.locals.lang` (and their URLs from `pageUrls(Astro.locals)`); pages get the story in
 * that language from `getStory(lang)`.
 */
import { defineMiddleware } from 'astro:middleware';
import { editionLang, getStory } from './data/story';

export const onRequest = defineMiddleware(async (context, next) => {
	const param = context.params['lang'];
	const lang = await editionLang(typeof param === 'string' ? param : undefined);
	context.locals.lang = lang;
	context.locals.edition = (await getStory(lang)).edition;
	return next();
});
