/**
 * Added by integrations/share-cards.ts to `astro build` only: hands each rendered HTML page
 * to the build's listeners (rendered-pages.ts), then returns the response as it was.
 */
import { defineMiddleware } from 'astro:middleware';
import { listening, renderedPage } from './rendered-pages';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!listening() || !(response.headers.get('content-type') ?? '').includes('text/html'))
		return response;
	renderedPage(context.url.pathname, await response.clone().text());
	return response;
});
