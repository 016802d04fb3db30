/**
 * Gives every page its language before it renders: the `lang` route parameter of an edition
 * (`/es/…`), or the story's default language at the root. Components read it from
 * `Astro.locals.lang`; pages get the story in that language from `getStory(lang)`.
 */
import { defineMiddleware } from 'astro:middleware';
import { editionLang } from './data/story';

export const onRequest = defineMiddleware(async (context, next) => {
	const param = context.params['lang'];
	context.locals.lang = await editionLang(typeof param === 'string' ? param : undefined);
	return next();
});
