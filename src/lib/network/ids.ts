/**
 * Element ids of one relationship chart. Every id a chart renders comes from here, built on
 * the chart's prefix, so several charts can share a page. The page's main chart ("anchors")
 * also carries the public deep-link ids, `focus=<actor-id>` and `edge=<relation-id>`.
 */
import { edgeAnchor, focusAnchor } from '../site/urls';

/** The ids and id builders of one chart. */
export interface NetworkIds {
	prefix: string;
	title: string;
	desc: string;
	help: string;
	panel: string;
	panelTitle: string;
	/** The arrowhead marker for a line style. */
	marker: (line: string) => string;
	/** The id on a node: its deep link on the main chart, none elsewhere. */
	node: (actorId: string) => string | undefined;
	/** The id on an edge: its deep link on the main chart, none elsewhere. */
	edge: (relationId: string) => string | undefined;
	/** The id of a relation's row in the chart's text twin. */
	row: (relationId: string) => string;
	/** The id of an actor's row in the chart's text twin. */
	actorRow: (actorId: string) => string;
}

/** Ids for a chart; `prefix` must be a lowercase kebab-case word unique on the page. */
export function createNetworkIds(prefix: string, anchors = false): NetworkIds {
	if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(prefix))
		throw new Error(`network: idPrefix "${prefix}" must be lowercase kebab-case`);
	return {
		prefix,
		title: `${prefix}-title`,
		desc: `${prefix}-desc`,
		help: `${prefix}-help`,
		panel: `${prefix}-panel`,
		panelTitle: `${prefix}-panel-title`,
		marker: (line) => `${prefix}-arrow-${line}`,
		node: (id) => (anchors ? focusAnchor(id) : undefined),
		edge: (id) => (anchors ? edgeAnchor(id) : undefined),
		row: (id) => (anchors ? `relation-${id}` : `${prefix}-relation-${id}`),
		actorRow: (id) => (anchors ? `actor-${id}` : `${prefix}-actor-${id}`),
	};
}
