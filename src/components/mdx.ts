/** The components MDX explainers can use without importing them. */
import Actor from './Actor.astro';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import EventDate from './EventDate.astro';
import Quote from './Quote.astro';
import See from './See.astro';

export const mdxComponents = { Actor, Callout, Cite, EventDate, Quote, See };
