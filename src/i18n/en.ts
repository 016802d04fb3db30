/**
 * The interface in English: every string the kit shows or speaks that is not content.
 * Keys are grouped by where they appear. `{name}` is filled in; a `{ one, other }` object is
 * chosen by `count` (Intl.PluralRules), `zero` when the count is exactly 0. Other languages
 * must have every key with the same placeholders (src/i18n/dictionaries.test.ts).
 */
export const en = {
	// The language itself, in its own words (the switcher shows it).
	'language.name': 'English',

	// Page shell
	'shell.skip': 'Skip to content',
	'shell.mainNav': 'Main',
	'shell.languages': 'Language',
	'shell.readIn': 'Read this page in {language}',
	'shell.untranslated':
		'This page is not yet translated into English. It is shown in {original}, the language it was written in.',
	'shell.partlyUntranslated':
		'Parts of this page are not yet translated into English and are shown in {original}.',
	'shell.title': '{page} · {site}',
	'nav.explainers': 'Explainers',
	'nav.actors': 'Who’s who',
	'nav.timeline': 'Timeline',
	'nav.network': 'Map',
	'nav.evidence': 'Evidence',
	'nav.data': 'Data',
	'nav.menu': 'Menu',
	'theme.label': 'Theme: {theme}',
	'theme.system': 'system',
	'theme.light': 'light',
	'theme.dark': 'dark',
	'footer.builtFrom': {
		one: 'Built from one source: {sources}. Every statement on this site cites the paragraph it comes from and how its source attributes it.',
		other:
			'Built from {count} sources: {sources}. Every statement on this site cites the paragraph it comes from and how its source attributes it.',
	},
	'footer.builtFromMany': {
		one: 'Built from one source, named on {sources}. Every statement on this site cites the paragraph it comes from and how its source attributes it.',
		other:
			'Built from {count} sources, each named on {sources}. Every statement on this site cites the paragraph it comes from and how its source attributes it.',
	},
	'footer.sourcesPage': 'the sources page',
	'footer.publisher': '({publisher})',
	'footer.sources': 'All sources',
	'footer.evidence': 'All claims by attribution',
	'footer.data': 'Download the data',
	'footer.search': 'Search',
	'footer.sitemap': 'Sitemap',
	'footer.corrections': 'Corrections',
	'fileNotice.lead': 'You are reading a copy opened from disk.',
	'fileNotice.body':
		'Its text and charts show as they do online. Links to other pages, search, interactive charts, the theme switch and saving for offline reading need the folder served over HTTP. In the folder that holds this site, run {python} or {npx} and open {url}.',

	// Reading offline: the save control (footer of every page, home page section)
	'offlineSave.heading': 'Read offline',
	'offlineSave.intro':
		'Keep the whole story on this device, search included, to read it without a connection.',
	'offlineSave.size': {
		one: 'Saving downloads up to {size}, in {count} file.',
		other: 'Saving downloads up to {size}, in {count} files.',
	},
	'offlineSave.save': 'Save this story for offline reading',
	'offlineSave.resume': 'Go on saving',
	'offlineSave.remove': 'Remove the saved copy',
	'offlineSave.progress': 'Saved for offline reading',
	'offlineSave.started': 'Saving the story for offline reading.',
	'offlineSave.saving': 'Saving: {done} of {total} files ({percent}).',
	'offlineSave.updating': 'Saving the new version: {done} of {total} files ({percent}).',
	'offlineSave.saved': 'Saved on {date}.',
	'offlineSave.savedUpdated': 'Saved on {date}, brought up to date on {updated}.',
	'offlineSave.outdated':
		'Saved on {date}. The latest version is saved the next time you are online.',
	'offlineSave.removed': 'The saved copy is removed from this device.',
	'offlineSave.error.offline':
		'Saving stopped: the connection was lost. What is saved stays; go on when you are back online.',
	'offlineSave.error.server':
		'Saving stopped: the server did not send every file. Try again later.',
	'offlineSave.error.space': 'Saving stopped: this device has no room left for it.',
	'offlineSave.error.stale':
		'A new version of this site is available. Reload the page, then save it.',
	'offlineSave.error.unknown': 'Saving stopped. Try again later.',
	'offlineSave.noSpace':
		'This device does not have room for it: it needs {size}, and {free} is free.',

	// The offline page: what the offline worker shows for a page not kept on the device
	'offlinePage.title': 'You are offline',
	'offlinePage.notSaved':
		'This page is not saved on this device, so it cannot open without a connection.',
	'offlinePage.saved': 'The whole story is saved on this device: {link}.',
	'offlinePage.savedLink': 'read it from the home page',
	'offlinePage.kept': 'Pages you can read offline',
	'offlinePage.keptNote': 'They are kept on this device because you opened them.',
	'offlinePage.nothing':
		'Nothing from this site is saved on this device yet. When you are back online, use “{save}” at the foot of any page to keep all of it.',
	'offlinePage.retry': 'Try again',

	// Attribution: how the report sources a claim
	'attribution.official-record.label': 'Official record',
	'attribution.official-record.description':
		'Documented in an official record, such as a court filing or a public register.',
	'attribution.on-the-record.label': 'On the record',
	'attribution.on-the-record.description': 'Said publicly by a named person or body.',
	'attribution.third-party.label': 'Third party',
	'attribution.third-party.description':
		'Reported by an outside party: neither the report itself nor the people it is about.',
	'attribution.multiple-unnamed-sources.label': 'Multiple unnamed sources',
	'attribution.multiple-unnamed-sources.description':
		'Attributed to several sources the report does not name.',
	'attribution.single-unnamed-source.label': 'Single unnamed source',
	'attribution.single-unnamed-source.description':
		'Attributed to one source the report does not name.',
	'attribution.reportedly.label': 'Reportedly',
	'attribution.reportedly.description': 'Presented as reported, with no source given.',
	'attribution.report-assessment.label': 'The report’s own account',
	'attribution.report-assessment.description':
		'Stated by the report itself, as narration or assessment, without a source.',
	'attribution.stated-unknown.label': 'Stated as unknown',
	'attribution.stated-unknown.description': 'The report says this is not known.',
	'attribution.denied.label': 'Denied',
	'attribution.denied.description': 'The subject denies it.',
	'attribution.no-response.label': 'Did not respond',
	'attribution.no-response.description':
		'The party asked did not respond to the report’s request for comment.',

	// Kinds of actor
	'actorKind.person': 'person',
	'actorKind.organization': 'organization',
	'actorKind.group': 'group',
	'actorKind.person.title': 'Person',
	'actorKind.organization.title': 'Organization',
	'actorKind.group.title': 'Group',
	'actorKind.person.plural': 'People',
	'actorKind.organization.plural': 'Organizations',
	'actorKind.group.plural': 'Groups',

	// Citations, notes, claims and quotations
	'cite.label': 'Source {number}: {attribution}',
	'cite.labelUnnumbered': 'Source: {attribution}',
	'cite.popover': 'Source of this statement',
	'notes.heading': 'Sources for this page',
	'notes.summary': {
		one: 'One statement on this page cites its source, shown below by how the source attributes it. Open the row for the note and the paragraph it comes from.',
		other:
			'{count} statements on this page cite their source, grouped below by how the source attributes them. Open a row for its notes and the paragraphs they come from.',
	},
	'notes.groupCount': { one: 'note {numbers}', other: '{count} notes: {numbers}' },
	'notes.evidence': 'Evidence',
	'notes.back': 'Back to citation {number} in the text',
	'claim.attributedTo': 'Attributed to {names}',
	'claim.evidence': 'Evidence',
	'claim.report': 'Report',
	'claim.paragraph': 'paragraph {number} of {title}',
	'quote.quoted': 'Quoted:',
	'quote.translated': 'our translation of the report’s {language} quotation',
	'quote.original': 'original',
	/** The quotation marks a quotation opens and closes with in this language. */
	'quote.open': '“',
	'quote.close': '”',

	// Dates and time
	'date.noDate': 'Date not given',
	'date.noDateGiven': '{when} (no date given)',
	'date.precision.day': 'exact day given',
	'date.precision.month': 'month only',
	'date.precision.year': 'year only',
	'date.withPrecision': '{date} ({precision})',
	'date.disputedText': '{date}, as reported; this date is disputed',
	'date.asReportedDisputed': '(as reported; {mark}disputed)',
	'date.asReportedDisputedNote': '(as reported; {mark}disputed, {note})',
	'date.seeNote': 'see the note',
	'date.whyDisputed': 'Why this date is disputed',
	'date.span': 'a stretch of time',
	'date.ongoing': 'ongoing at the time of the report',

	// Home
	'home.eyebrow': 'Explainer',
	'home.brief': 'The story in brief',
	'home.keyFigures': 'Key figures',
	'home.explainers': 'Explainers',
	'home.explore': 'Explore',
	'home.atAGlance': 'The story at a glance',
	'preview.network.title': 'Who is tied to whom',
	'preview.network.summary':
		'The {actors} with the most ties in the story, and the {relations} among them: {names}.',
	'preview.network.dek':
		'The {actors} with the most ties in the story, and the {relations} among them. Line style shows how each tie is sourced.',
	'preview.network.open': 'Open the full map',
	'preview.timeline.title': 'What happened when',
	'preview.timeline.phase': '{phase} ({events})',
	'preview.timeline.summary': 'The phases, in the order the story gives: {phases}.',
	'preview.timeline.disputed': '“{event}” is dated {date} as reported; that date is disputed.',
	'preview.timeline.unplaced': '{title}: {events}.',
	'preview.timeline.open': 'Open the full timeline',
	'home.actorsCard': {
		one: '{count} person, organization or group, with what the report says about it.',
		other: '{count} people, organizations and groups, each with what the report says about them.',
	},
	'home.timelineCard': {
		one: '{count} event, dated only as precisely as the report allows.',
		other: '{count} events, dated only as precisely as the report allows.',
	},
	'home.networkCard': {
		one: '{count} tie between the actors, with its sources.',
		other: '{count} ties between the actors, each with its sources.',
	},
	'home.evidenceCard': {
		one: 'The one claim, with how the report sources it.',
		other: 'All {count} claims, grouped by how the report sources them.',
	},

	// Explainers
	'explainers.title': 'Explainers',
	'explainers.description': 'Every explainer of {site}, in reading order.',
	'explainer.more': 'More explainers',
	'explainer.toc': 'On this page',

	// Who's who and actor pages
	'actors.title': 'Who’s who',
	'actors.description': 'The people, organizations and groups in {site}.',
	'actors.lede':
		'Everyone the report mentions, with their role as of the report. Each page lists what the report says about them and how it sources it.',
	'actor.description': '{name}: {role}. {summary}',
	'actor.aliases': 'Also written as: {aliases}',
	/** The aliases the story gives in its own language, on another edition's actor page. */
	'actor.aliasesIn': 'In {language}: {aliases}',
	'actor.relations': 'Relations',
	'actor.noRelations': 'The report states no direct tie between {name} and another actor.',
	'actor.onMap': 'See {name} on the relationship map',
	'actor.events': 'Events',
	'actor.noEvents': 'No event in the timeline involves {name}.',
	'actor.statements': 'Statements attributed to {name}',
	'actor.facts': 'Key facts',
	'actor.factRole': 'Role',
	'actor.factKind': 'Kind',
	'actor.factTies': 'Ties',
	'actor.factEvents': 'Events',
	'actor.factSourcing': 'Sourcing',
	'actor.sourcingNote': { one: '1 claim on this page', other: '{count} claims on this page' },
	'actor.eventCount': {
		zero: 'none on the timeline',
		one: '1 on the timeline',
		other: '{count} on the timeline',
	},
	'actor.claimCount': { one: '1 claim', other: '{count} claims' },
	'actor.mentions': 'In the explainers',
	'actor.noMentions': 'No explainer discusses {name} yet.',
	'actor.mapTitle': '{name} and the actors tied to them',
	'actor.mapDescription':
		'{summary}: {name}, at the centre, and every actor the report ties to them. Shapes show the kind of actor, line styles how the report sources each tie; the same relations are listed above.',
	'actor.timelineCaption': '{name} on the timeline',

	// Evidence
	'evidence.title': 'Evidence',
	'evidence.description': 'Every claim in {site}, grouped by how the report sources it.',
	'evidence.lede': {
		one: 'Every statement on this site rests on this one claim. It is shown with how the report sources it; we add no confidence score of our own.',
		other:
			'Every statement on this site rests on one of these {count} claims. They are grouped by how the report sources them; we add no confidence score of our own.',
	},
	'evidence.kinds': 'Attribution kinds',

	// Sources
	'sources.title': 'Sources',
	'sources.description': 'Every source {site} is built from, with our digest of each paragraph.',
	'sources.lede': {
		one: 'This story is built from one source. Its page gives our digest of each paragraph and the claims we took from it.',
		other:
			'This story is built from {count} sources. Each page gives our digest of each paragraph and the claims we took from it.',
	},
	'sources.kind': 'Kind',
	'sources.citedAs': 'Cited as',
	'sourcing.mixed': 'Mixed sourcing:',
	'corrections.title': 'Corrections',
	'corrections.description': 'Every correction made to {site}: what changed, why, and where.',
	'corrections.lede':
		'When we correct something of substance, we say so here and on every page it changed, with the date. Copy editing is not listed.',
	'corrections.empty': 'No corrections have been made to this story.',
	'corrections.count': {
		one: 'One correction so far, newest first.',
		other: '{count} corrections so far, newest first.',
	},
	'corrections.changed': 'What changed',
	'corrections.why': 'Why',
	'corrections.affects': 'Where',
	'corrections.feed': 'Follow corrections in a feed reader: {link}',
	'corrections.feedLink': 'Atom feed',
	'corrections.feedTitle': 'Corrections: {site}',
	'corrections.entryContent': 'What changed: {changed} Why: {why}',
	'corrections.note.heading': 'Updates',
	'corrections.note.item': 'Updated {date}: {summary} {link}',
	'corrections.note.link': 'What changed and why',
	'corrections.embedNote': 'Updated {date}: {link}',
	'corrections.page.home': 'Home page',
	'corrections.page.explainers': 'Explainers',
	'corrections.page.actors': 'Who’s who',
	'corrections.page.timeline': 'Timeline',
	'corrections.page.network': 'Relationship map',
	'corrections.page.evidence': 'Evidence',
	'corrections.page.sources': 'Sources',
	'corrections.page.data': 'Data',
	'corrections.page.embeds': 'Embeds',
	'redirect.title': 'Moved: {title} · {site}',
	'redirect.body': 'This page has moved to {link}.',
	'source.eyebrow': 'Source · {kind}',
	'source.description':
		'What each paragraph of the source says, in our words, and the claims taken from it.',
	'source.publisher': 'Publisher',
	'source.noPublisher': 'Not stated in the copy we worked from',
	'source.paragraphs': 'Paragraphs',
	'source.paragraphCount': '{count}, numbered by the report’s non-empty lines',
	'source.claims': 'Claims taken',
	'source.intro':
		'This page does not reproduce the report. Each paragraph below is our own digest; the claims under it are the statements we took from that paragraph, with the attribution the report gives.',
	'source.byParagraph': 'Paragraph by paragraph',
	'source.paragraph': 'Paragraph',
	'source.claimsFrom': {
		one: '{count} claim from this paragraph',
		other: '{count} claims from this paragraph',
	},

	// Timeline
	'timeline.title': 'Timeline',
	'timeline.description':
		'What happened when in {site}, dated only as precisely as the report allows.',
	'timeline.intro.one.all':
		'Every event here has a calendar date in the report, shown at the precision it gives.',
	'timeline.intro.one.most':
		'{dated} of the {total} events have a calendar date in the report; the others are placed by the order it gives.',
	'timeline.intro.one.few':
		'Most events have no calendar date in the report: they are placed by the order it gives.',
	'timeline.intro.one.none':
		'No event has a calendar date in the report: each is placed by the order it gives.',
	'timeline.intro.many.all':
		'Every event here has a calendar date in the reports, shown at the precision they give.',
	'timeline.intro.many.most':
		'{dated} of the {total} events have a calendar date in the reports; the others are placed by the order they give.',
	'timeline.intro.many.few':
		'Most events have no calendar date in the reports: they are placed by the order they give.',
	'timeline.intro.many.none':
		'No event has a calendar date in the reports: each is placed by the order they give.',
	'timeline.intro.disputed': {
		one: 'One date, marked ⚠, is disputed: it is shown as reported, never placed in time.',
		other:
			'{count} dates, marked ⚠, are disputed: each is shown as reported, never placed in time.',
	},
	'timeline.intro.unplaced': {
		one: 'One event that nothing orders relative to the rest is shown apart.',
		other: '{count} events that nothing orders relative to the rest are shown apart.',
	},
	'timeline.skip': 'Skip the chart: every event in words',
	'timeline.caption': 'The story’s timeline',
	'timeline.embedCaption': 'Timeline',
	'timeline.allInOrder': 'Every event, in order',
	'timeline.summary': {
		one: '{count} event',
		other: '{count} events',
	},
	'timeline.summaryPhases': {
		one: '{events} in {count} phase',
		other: '{events} in {count} phases',
	},
	'timeline.figcaption': '{caption}: {summary}. {scale}',
	'timeline.scale.both':
		'Time runs down: a solid line is to scale, a dashed line shows order only.',
	'timeline.scale.time': 'Time runs down, to scale.',
	'timeline.scale.order': 'Time runs down; distances show order only.',
	'timeline.phase': 'Phase',
	'timeline.allPhases': 'All phases',
	'timeline.actor': 'Actor',
	'timeline.allActors': 'All actors',
	'timeline.selected': 'Selected event',
	'timeline.close': 'Close{hidden}',
	'timeline.closeHidden': ' the event details',
	'timeline.involves': 'Involves:',
	'timeline.howSourced': 'How the report sources it',
	'timeline.inList': 'This event in the list below',
	'timeline.after': 'After {events}',
	'timeline.before': 'Before {events}',
	'timeline.afterBefore': 'After {after}; before {before}',
	'timeline.inferred': '(our inference: no source states this order)',
	'timeline.unplacedEvent':
		'Not placed in time: nothing in the sources orders it relative to the rest of the timeline.',
	'timeline.showOnChart': 'Show on the chart',
	'timeline.otherPhase': 'Not in a phase',
	'timeline.unordered': 'order among these not stated',
	'timeline.unplaced.title': 'Not placed in time',
	'timeline.unplaced.note': 'Nothing in the sources orders these events relative to the timeline.',
	'timeline.unplaced.listNote':
		'Nothing in the sources orders these events relative to the events above, so the chart draws them apart.',
	'timeline.phaseOrderInferred':
		'No stated order puts this phase after the one before it: its place here is our reading.',
	'timeline.markDisputed': '⚠ {date}, as reported; disputed',
	'timeline.markOngoing': '{time} · ongoing',
	'timeline.markOngoingOnly': 'ongoing',
	'timeline.markNoDate': 'No date given',
	'timeline.describeSpan': 'A stretch of time.',
	'timeline.describeOngoing': 'Ongoing at the time of the report.',
	'timeline.describeUnplaced': 'Not placed in time relative to the rest of the timeline.',
	'timeline.describePhase': 'Phase: {phase}.',
	'timeline.describeActors': 'Involves {names}.',
	'timeline.key': 'Key to the timeline',
	'timeline.key.day': 'Exact day given',
	'timeline.key.month': 'Month given, not the day',
	'timeline.key.year': 'Year given, nothing more precise',
	'timeline.key.none': 'No date: placed by the order given',
	'timeline.key.disputed': 'Disputed date: shown as reported, never placed on the time scale',
	'timeline.key.span': 'A stretch of time; it fades out where its end is not stated',
	'timeline.key.ongoing': 'Ongoing at the time of the report',
	'timeline.key.axis-time': 'Solid line: distances are time, to scale',
	'timeline.key.axis-order': 'Dashed line: order only; distances are not time',
	'timeline.key.break': 'Zigzag: a long gap in time, cut short',
	'timeline.key.group': 'Bracket: the order among these events is not stated',
	'timeline.status.all': {
		one: 'Showing the one event.',
		other: 'Showing all {count} events.',
	},
	'timeline.status.filtered': {
		one: 'Showing {count} of {total} events.',
		other: 'Showing {count} of {total} events.',
	},

	// Relationship map
	'network.title': 'Relationship map',
	'network.description': 'How the actors in {site} are tied, each tie with its sources.',
	'network.lede':
		'Every tie between actors that the report states: {summary}. Line styles show how the report sources each tie; select an actor or a tie to see the claims behind it.',
	'network.chartTitle': 'Relationship map: {summary}',
	'network.chartDescription':
		'Each actor is a shape: circle for a person, square for an organization, hexagon for a group, larger with more relations. Each line is a tie the report states, solid when on the record, dashed when from unnamed sources, dotted when only reported, unknown, denied or unanswered; an arrowhead gives its direction. Every tie is also listed below the map.',
	'network.embedDescription':
		'Each actor is a shape: circle for a person, square for an organization, hexagon for a group. Each line is a tie the report states, solid when on the record, dashed when from unnamed sources, dotted when only reported, unknown, denied or unanswered; an arrowhead gives its direction. The full page lists every tie in words.',
	'network.relations': {
		zero: 'no relations',
		one: '{count} relation',
		other: '{count} relations',
	},
	'network.actors': {
		one: '{count} actor',
		other: '{count} actors',
	},
	'network.summary': '{actors} and {relations}',
	'network.node': '{name}, {kind}, {relations}',
	'network.edge': '{source} {label} {target}, {sourcing}',
	'network.mixedSourcing': 'mixed sourcing: {labels}',
	'network.filters': 'Filter the ties',
	'network.filterTypes': 'Relation types',
	'network.filterSourcing': 'Sourcing',
	'network.zoom': 'Zoom',
	'network.zoomIn': 'Zoom in',
	'network.zoomOut': 'Zoom out',
	'network.reset': 'Reset view',
	'network.help':
		'Tab into the map, then: arrow keys pan, + and − zoom (Ctrl + scroll or pinch also zoom). Tab again to reach the actors: arrow keys move between connected actors, Enter shows details, Escape clears.',
	'network.close': 'Close{hidden}',
	'network.closeHidden': ' details',
	'network.key': 'Key',
	'network.keySize': 'Larger shape: more relations',
	'network.keyLine.solid': 'Solid line: {labels}',
	'network.keyLine.dashed': 'Dashed line: {labels}',
	'network.keyLine.dotted': 'Dotted line: {labels}',
	'network.keyLine.mixed':
		'Dash-dot line: mixed sourcing, the tie’s claims are sourced differently; its details list each',
	'network.keyArrow': 'Arrowhead: the tie runs one way, in the arrow’s direction',
	'network.line.solid': 'solid',
	'network.line.dashed': 'dashed',
	'network.line.dotted': 'dotted',
	'network.openPage': 'Open the page on {name}',
	'network.whatReportSays': 'What the report says, and how it sources it',
	'network.onThisMap': '{relations} on this map',
	'network.oneWay': 'One way, from {source} to {target}.',
	'network.noDirection': 'No direction: it ties both actors alike.',
	'network.drawnAs': 'Drawn as a {line} line:',
	'network.drawnMixed':
		'Drawn as a dash-dot line, for mixed sourcing: its claims are sourced differently.',
	'network.claimsBehind': {
		one: 'The claim behind this tie',
		other: 'The {count} claims behind this tie',
	},
	'network.showOnMap': 'Show on the map:',
	'network.inTwin': 'This relation in the list below the map',
	'network.twinRelations': 'Every relation on the map',
	'network.twinLede':
		'{summary}, grouped by type. Each tie shows how the report sources it; the numbers lead to the claims behind it.',
	'network.twinActors': 'Actors on the map',
	'network.twinActor': '{name}, {kind}: {relations}',
	'network.show': 'Show on the map',
	'network.status.details': 'Showing details of {name}.',
	'network.loading': 'Loading the details…',
	'network.loadFailed': 'The details could not be loaded. You can read them here:',
	'network.status.shown': {
		one: 'Showing {count} of {total} relations.',
		other: 'Showing {count} of {total} relations.',
	},

	// Share cards (og:image)
	'card.alt.words': '“{title}” on a card of {site}, with its summary.',
	'card.alt.chart': '{chart}: the chart under the title “{title}”, on a card of {site}.',
	'card.chart.actor': {
		one: 'Map of {name} and the one actor tied to them',
		other: 'Map of {name} and the {count} actors tied to them',
	},
	'card.chart.timeline': {
		one: 'Timeline of one event',
		other: 'Timeline of {count} events',
	},
	'data.datasetName': 'The data of {site}',

	// Search
	'search.title': 'Search',
	'search.description': 'Search {site}: explainers, people, events and claims.',
	'search.button': 'Search',
	'search.close': 'Close{hidden}',
	'search.closeHidden': ' search',
	'search.noJs':
		'Search runs in your browser and needs JavaScript, which is off or did not load. Without it, browse {actors} or {evidence}.',
	'search.noJsActors': 'everyone in the story',
	'search.noJsEvidence': 'every claim by how the report sources it',
	'search.label': 'Search names, events, claims and pages',
	'search.tooLong': 'Search reads the first {count} characters; the rest is left out.',
	'search.hint':
		'Results update as you type. Use the up and down arrow keys to choose a result and Enter to open it.',
	'search.submit': 'Search',
	'search.show': 'Show',
	'search.all': 'All',
	'search.sourcedAs': 'Claims sourced as',
	'search.any': 'Any',
	'search.openPage': 'Open on the search page',
	'search.results': 'Search results',
	'search.more': 'Show more results',
	'search.kind.explainer': 'Explainers',
	'search.kind.actor': 'Who’s who',
	'search.kind.event': 'Events',
	'search.kind.claim': 'Claims',
	'search.kind.source': 'Sources',
	'search.kind.page': 'Other pages',
	'search.badge.explainer': 'Explainer',
	'search.badge.actor': 'Who’s who',
	'search.badge.event': 'Event',
	'search.badge.claim': 'Claim',
	'search.badge.source': 'Source',
	'search.badge.page': 'Page',
	'search.section': 'Section: ',
	'search.status.items': {
		one: '{count} item{scope}.',
		other: '{count} items{scope}.',
	},
	'search.status.found': {
		one: '{count} result for “{query}”{scope}.',
		other: '{count} results for “{query}”{scope}.',
	},
	'search.status.none':
		'No results for “{query}”{scope}. Try fewer words, another spelling or no filter.',
	'search.status.showing': {
		one: 'Showing {shown} of {count} result.',
		other: 'Showing {shown} of {count} results.',
	},
	'search.scope.kind': ' in {kind}',
	'search.scope.attribution': ' among claims sourced as {attribution}',
	// Why search could not load, each cause its own message (src/scripts/search-failure.ts)
	'search.failure.file': 'Search needs the site served over HTTP: this copy is opened from disk.',
	'search.failure.offline':
		'You are offline, and search is not saved on this device. Save the story for offline reading to search without a connection.',
	'search.failure.stale': 'A new version of this site is available: reload the page to search it.',
	'search.failure.missing':
		'Search is unavailable: the server did not send the search index (HTTP {status}).',
	'search.failure.module': 'Search could not load: reload the page to try again.',
	'search.failure.unknown': 'Search could not start in this browser.',
	'search.failure.partialOffline': 'Offline: only results saved on this device are shown.',
	'search.failure.partialMissing':
		'Part of the search index is missing on the server (HTTP {status}): results may be incomplete.',
	'search.failure.partialUnknown':
		'Part of the search index could not be loaded: results may be incomplete.',
	'search.reload': 'Reload',
	'search.unavailableDev':
		'No search index in development: search runs on the built site. Run: npm run build && npm run preview',
	'search.record.alsoWritten': 'Also written as {names}',
	'search.record.involves': 'Involves {names}',
	'search.record.quoted': 'Quoted: “{quote}”',
	'search.record.paragraphs': {
		one: 'paragraph {list}',
		other: 'paragraphs {list}',
	},
	'search.record.sourceParagraphs': {
		one: '{source}, paragraph {list}',
		other: '{source}, paragraphs {list}',
	},

	// Data downloads
	'data.title': 'Data',
	'data.description':
		'Download the data behind {site}: actors, relations, events, claims and sources as JSON and CSV, and the network for Gephi.',
	'data.lede':
		'Everything this site shows comes from these files. Each claim names its source paragraphs and how the report sources it; actors, relations and events list the claims they rest on.',
	'data.version':
		'Version {version}: a fingerprint of the content, which changes whenever any of it changes. Every file carries its source and this version (JSON in {meta}, CSV in the {sources} and {versionColumn} columns).',
	'data.language':
		'These files carry the {language} text of this edition; the {field} field of each file’s {meta} names it.',
	'data.downloads': 'Downloads',
	'data.tableCaption': 'Datasets with their downloads',
	'data.dataset': 'Dataset',
	'data.holds': 'What it holds',
	'data.files': 'Files',
	'data.of': ' of {dataset}',
	'data.ofNetwork': ' of the network',
	'data.rows': {
		one: '{description} ({count} row)',
		other: '{description} ({count} rows)',
	},
	'data.kb': '{count}\u00a0KB', // a no-break space: the size never wraps apart
	'data.fields': 'Fields',
	'data.csvNote':
		'In CSV files, lists are joined with “; ”. The files are UTF-8 with a byte-order mark, so spreadsheets keep accented names intact.',
	'data.cite': 'How to cite',
	'data.citeIntro':
		'Cite the claim, not just the site: each claim has a stable id and an address on the {evidence}, and names the paragraphs of the source it comes from. For example:',
	'data.citeEvidence': 'evidence page',
	'data.citeExample': '{site}, claim {id}, data version {version}, based on {source}.',
	'data.citeAnySource': '<the claim’s source>',
	'data.citeKeep':
		'Keep the attribution the data gives: a claim from unnamed sources is a claim from unnamed sources, not an established fact.',
	'data.name.actors': 'actors',
	'data.name.relations': 'relations',
	'data.name.events': 'events',
	'data.name.claims': 'claims',
	'data.name.sources': 'sources',
	'data.name.network': 'network',
	'data.set.actors': 'People, organizations and groups in the story.',
	'data.set.relations': 'Ties between two actors that the source states.',
	'data.set.events': 'Events, dated only as precisely as the source allows.',
	'data.set.claims':
		'Atomic statements taken from the source, with paragraph numbers and attribution.',
	'data.set.sources': 'The reports the story is built from.',
	'data.set.network': 'Actors and the ties between them.',
	'data.gexf': 'The relationship map for Gephi: actors as nodes, relations as edges.',
	'data.gexfDescription': {
		one: '{title}. Source: {sources}. Version {version}.',
		other: '{title}. Sources: {sources}. Version {version}.',
	},
	'data.field.id': 'Stable identifier.',
	'data.field.actor.name': 'Name with diacritics.',
	'data.field.actor.kind': 'person, organization or group.',
	'data.field.actor.aliases': 'Other spellings and descriptions.',
	'data.field.actor.role': 'Role as of the report.',
	'data.field.actor.summary': 'What the report says about the actor, in our words.',
	'data.field.actor.claims': 'Ids of the claims supporting role and summary.',
	'data.field.actor.url': 'The actor’s page.',
	'data.field.relation.source': 'Actor id the tie starts from.',
	'data.field.relation.target': 'Actor id the tie points to.',
	'data.field.relation.type': 'Short type used for filtering.',
	'data.field.relation.label': 'Reads as “source label target”.',
	'data.field.relation.directed': 'Whether the tie has a direction.',
	'data.field.relation.attributions':
		'Every attribution among its claims, once each, in the vocabulary’s order; the claims dataset gives each claim’s own.',
	'data.field.relation.mixedSourcing':
		'Whether its claims are sourced differently (more than one attribution).',
	'data.field.relation.claims': 'Ids of the claims stating the tie.',
	'data.field.event.title': 'Short title.',
	'data.field.event.date':
		'Date as the source states it (YYYY, YYYY-MM or YYYY-MM-DD), empty when it gives none.',
	'data.field.event.datePrecision': 'year, month or day; empty when undated.',
	'data.field.event.when': 'The timing in words, as the source gives it.',
	'data.field.event.after': 'Events this one came after, per the source.',
	'data.field.event.before': 'Events this one came before, per the source.',
	'data.field.event.phase': 'Phase of the story.',
	'data.field.event.span': 'A stretch of time rather than a moment.',
	'data.field.event.flags': 'disputed (the stated date is in doubt), ongoing.',
	'data.field.event.actors': 'Actor ids involved.',
	'data.field.event.claims': 'Ids of the claims stating the event.',
	'data.field.event.url': 'The event on the timeline.',
	'data.field.claim.statement': 'The claim in our words.',
	'data.field.claim.source': 'Source id.',
	'data.field.claim.paragraphs': 'Paragraph numbers of the source (its non-empty lines).',
	'data.field.claim.attribution': 'How the report sources the claim.',
	'data.field.claim.attributedTo': 'Actor ids the report attributes it to.',
	'data.field.claim.quote': 'A person’s words as quoted, verbatim.',
	'data.field.claim.quoteTranslation':
		'Our translation of the quotation, when this edition is in another language than the report.',
	'data.field.claim.url': 'The claim on the evidence page.',
	'data.field.source.title': 'Descriptive title.',
	'data.field.source.publisher': 'Publisher, empty when unknown.',
	'data.field.source.short': 'The short label citations give the source, e.g. “Report A”.',
	'data.field.source.kind': 'Kind of document.',
	'data.field.source.paragraphCount': 'Number of paragraphs (non-empty lines).',
	'data.field.source.url': 'Our paragraph-by-paragraph digest.',
	'data.type.string': 'string',
	'data.type.integer': 'integer',
	'data.type.boolean': 'boolean',
	'data.type.list': 'list',
	'data.type.date': 'date',

	// Embeds and the gallery
	'embed.title': 'Embed a chart',
	'embed.description':
		'Put the relationship map or the timeline of {site} in your own article: snippets, options and downloads.',
	'embed.lede':
		'Every chart here can go into your own article. Paste the snippet into your CMS: the chart keeps its sources and links back here, fits its height to its content, follows your reader’s light or dark setting, and works without JavaScript at a fixed height.',
	'embed.scripts':
		'The resizing also works with the scripts many newsrooms already run for pym.js, Datawrapper or AMP embeds. If your CMS strips scripts, use the fixed-height snippet. The data behind every chart is on the {data}.',
	'embed.byUrl':
		'In WordPress, Ghost and other tools that embed by address (oEmbed), paste the chart’s page instead, such as {network} or {timeline}, or an actor’s page for their ties: the chart appears at its height, with a link to its page where the tool shows no frames.',
	'embed.dataPage': 'data page',
	'embed.options': 'Options',
	'embed.theme': 'Theme',
	'embed.theme.auto': 'Follow the reader’s setting',
	'embed.theme.light': 'Light',
	'embed.theme.dark': 'Dark',
	'embed.none': 'None',
	'embed.plain': 'No title or footer',
	'embed.static': 'Static (no interaction)',
	'embed.preview': 'Preview: {title}',
	'embed.snippet': 'Snippet (resizes itself)',
	'embed.fixed': 'Without scripts (fixed height)',
	'embed.copy': 'Copy snippet',
	'embed.copied': 'Snippet copied.',
	'embed.copyByHand': 'Select the snippet and copy it with your keyboard.',
	'embed.download': 'Download this chart:',
	'embed.fullPage': 'full page',
	'embed.optionsInAddress': 'Options in the address',
	'embed.opt.theme': 'Colour scheme; {auto} (the default) follows the reader’s setting.',
	'embed.opt.plain':
		'No title or footer: only the chart. Please credit the source in your article.',
	'embed.opt.static': 'No interactivity: the chart as drawn, links still work.',
	'embed.opt.focus': 'The map opens focused on one actor.',
	'embed.opt.event': 'The timeline opens with one event selected.',
	'embed.source': {
		one: 'Source: {sources}.',
		other: 'Built from {count} sources: {sources}.',
	},
	'embed.sourcesNamedAt': {
		one: 'Built from one source, named at',
		other: 'Built from {count} sources, all named at',
	},
	'embed.footer': 'Every mark cites its source’s paragraph and how it is sourced.',
	'embed.version': 'Content version {version}, as of {date}.',
	'embed.openFull': 'Open the full version',
	'embed.getData': 'Get the data',
	'embed.chart.network.title':
		'Relationship map of {site}: who is tied to whom, and how the report sources each tie',
	'embed.chart.network.heading': 'Relationship map of {site}',
	'embed.chart.network.description':
		'Every actor and relation; line style shows how the report sources each tie.',
	'embed.chart.network.option': 'Focus on an actor',
	'embed.chart.actor.title': 'One actor’s ties in {site}',
	'embed.chart.actor.heading': 'One actor’s ties in {site}',
	'embed.chart.actor.choiceTitle': '{name}: ties in {site}',
	'embed.chart.actor.description': 'A small map of one actor and everyone the report ties to them.',
	'embed.chart.actor.option': 'Actor',
	'embed.chart.timeline.title':
		'Timeline of {site}: events dated only as precisely as the report allows',
	'embed.chart.timeline.heading': 'Timeline of {site}',
	'embed.chart.timeline.description':
		'Every event, by phase and in the order the report gives, with disputed dates marked.',
	'embed.chart.timeline.option': 'Select an event',
	'embed.networkPage.title': 'Who is tied to whom: {site}',
	'embed.networkPage.description': 'Relationship map: {summary}. {site}',
	'embed.actorPage.title': '{name}: ties in {site}',
	'embed.actorPage.description': '{name}, {role}, and every actor the report ties to them.',
	'embed.timelinePage.title': 'Timeline: {site}',
	'embed.timelinePage.description':
		'What happened when, dated only as precisely as the report allows. {site}',

	// Not found
	'notFound.title': 'Page not found',
	'notFound.description': 'This page does not exist.',
	'notFound.body':
		'There is no page at this address. It may have moved, or the link may be mistyped.',
	'notFound.home': 'The story in brief',
	'notFound.explainers': 'All explainers',
	'notFound.actors': 'Who’s who',
	'notFound.search': 'Search the site',
} as const;
