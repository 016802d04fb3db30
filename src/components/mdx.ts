/**
 * The components MDX explainers can use without importing them. What each one needs (its id
 * props, its required props) is declared in `lib/content/mdx-components.ts`, which the build
 * checks every explainer against before rendering; `satisfies` keeps the two lists equal.
 */
import type { MdxComponentName } from '../lib/content/mdx-components';
import Actor from './Actor.astro';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import EventDate from './EventDate.astro';
import See from './See.astro';

export const mdxComponents = { Actor, Callout, Cite, EventDate, See } satisfies Record<
	MdxComponentName,
	unknown
>;
