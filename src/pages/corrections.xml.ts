import type { APIRoute } from 'astro';
import { getStory } from '../data/story';
import { createI18n } from '../i18n';
import { atomDate, writeAtom } from '../lib/content/atom';
import { urls } from '../lib/site/urls';

/** The corrections log as an Atom feed (RFC 4287): one entry per correction, newest first. */
export const GET: APIRoute = async ({ site }) => {
	const story = await getStory();
	const { t } = createI18n(story.lang);
	const origin = site ?? new URL('http://localhost/');
	const abs = (path: string) => new URL(path, origin).href;
	const latest = story.corrections[0]?.data.date;
	const body = writeAtom({
		id: abs(urls.correctionsFeed()),
		title: t('corrections.feedTitle', { site: story.site.title }),
		// An empty log is as new as the build that says so.
		updated: latest ? atomDate(latest) : new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
		self: abs(urls.correctionsFeed()),
		alternate: abs(urls.corrections()),
		author: story.site.title,
		lang: story.lang,
		entries: story.corrections.map((c) => ({
			id: abs(urls.corrections(c.id)),
			title: c.data.summary,
			updated: atomDate(c.data.date),
			link: abs(urls.corrections(c.id)),
			summary: c.data.summary,
			content: t('corrections.entryContent', { changed: c.data.changed, why: c.data.why }),
		})),
	});
	return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
