import type { Dictionary } from './index';

/**
 * La interfaz en español neutro latinoamericano. Las etiquetas de atribución conservan cada
 * matiz del informe: «según varias fuentes no identificadas», «según se informa».
 */
export const es: Dictionary = {
	'language.name': 'Español',

	'shell.skip': 'Saltar al contenido',
	'shell.mainNav': 'Principal',
	'shell.languages': 'Idioma',
	'shell.readIn': 'Leer esta página en {language}',
	'shell.untranslated':
		'Esta página todavía no está traducida al español. Se muestra en {original}, el idioma en que se escribió.',
	'shell.partlyUntranslated':
		'Partes de esta página todavía no están traducidas al español y se muestran en {original}.',
	'shell.title': '{page} · {site}',
	'nav.explainers': 'Explicadores',
	'nav.actors': 'Quién es quién',
	'nav.timeline': 'Cronología',
	'nav.network': 'Mapa',
	'nav.evidence': 'Evidencia',
	'nav.data': 'Datos',
	'nav.menu': 'Menú',
	'theme.label': 'Tema: {theme}',
	'theme.system': 'automático',
	'theme.light': 'claro',
	'theme.dark': 'oscuro',
	'footer.builtFrom': {
		one: 'Elaborado a partir de una sola fuente: {sources}. Cada afirmación de este sitio cita el párrafo del que procede y cómo la atribuye su fuente.',
		other:
			'Elaborado a partir de {count} fuentes: {sources}. Cada afirmación de este sitio cita el párrafo del que procede y cómo la atribuye su fuente.',
	},
	'footer.builtFromMany': {
		one: 'Elaborado a partir de una sola fuente, nombrada en {sources}. Cada afirmación de este sitio cita el párrafo del que procede y cómo la atribuye su fuente.',
		other:
			'Elaborado a partir de {count} fuentes, todas nombradas en {sources}. Cada afirmación de este sitio cita el párrafo del que procede y cómo la atribuye su fuente.',
	},
	'footer.sourcesPage': 'la página de fuentes',
	'footer.publisher': '({publisher})',
	'footer.sources': 'Todas las fuentes',
	'footer.evidence': 'Todas las afirmaciones según su atribución',
	'footer.data': 'Descargar los datos',
	'footer.search': 'Buscar',
	'footer.sitemap': 'Mapa del sitio',
	'footer.corrections': 'Correcciones',
	'fileNotice.lead': 'Está leyendo una copia abierta desde su equipo.',
	'fileNotice.body':
		'El texto y los gráficos se ven como en línea. Los enlaces a otras páginas, la búsqueda, los gráficos interactivos, el cambio de tema y guardar para leer sin conexión necesitan que la carpeta se sirva por HTTP. En la carpeta que contiene este sitio, ejecute {python} o {npx} y abra {url}.',

	'offlineSave.heading': 'Leer sin conexión',
	'offlineSave.intro':
		'Guarde la historia completa en este dispositivo, con la búsqueda, para leerla sin conexión.',
	'offlineSave.size': {
		one: 'Guardarla descarga hasta {size}, en {count} archivo.',
		other: 'Guardarla descarga hasta {size}, en {count} archivos.',
	},
	'offlineSave.save': 'Guardar esta historia para leer sin conexión',
	'offlineSave.resume': 'Seguir guardando',
	'offlineSave.remove': 'Eliminar la copia guardada',
	'offlineSave.progress': 'Guardado para leer sin conexión',
	'offlineSave.started': 'Guardando la historia para leer sin conexión.',
	'offlineSave.saving': 'Guardando: {done} de {total} archivos ({percent}).',
	'offlineSave.updating': 'Guardando la nueva versión: {done} de {total} archivos ({percent}).',
	'offlineSave.saved': 'Guardada el {date}.',
	'offlineSave.savedUpdated': 'Guardada el {date}, actualizada el {updated}.',
	'offlineSave.outdated':
		'Guardada el {date}. La última versión se guardará la próxima vez que tenga conexión.',
	'offlineSave.removed': 'La copia guardada se eliminó de este dispositivo.',
	'offlineSave.error.offline':
		'Se detuvo el guardado: se perdió la conexión. Lo guardado se conserva; continúe cuando vuelva a tener conexión.',
	'offlineSave.error.server':
		'Se detuvo el guardado: el servidor no envió todos los archivos. Inténtelo más tarde.',
	'offlineSave.error.space': 'Se detuvo el guardado: este dispositivo no tiene más espacio.',
	'offlineSave.error.stale':
		'Hay una nueva versión de este sitio. Vuelva a cargar la página y guárdela después.',
	'offlineSave.error.unknown': 'Se detuvo el guardado. Inténtelo más tarde.',
	'offlineSave.noSpace':
		'Este dispositivo no tiene espacio suficiente: se necesitan {size} y hay {free} libres.',

	'offlinePage.title': 'No tiene conexión',
	'offlinePage.notSaved':
		'Esta página no está guardada en este dispositivo, por eso no puede abrirse sin conexión.',
	'offlinePage.saved': 'La historia completa está guardada en este dispositivo: {link}.',
	'offlinePage.savedLink': 'léala desde la página de inicio',
	'offlinePage.kept': 'Páginas que puede leer sin conexión',
	'offlinePage.keptNote': 'Se conservan en este dispositivo porque usted las abrió.',
	'offlinePage.nothing':
		'Todavía no hay nada de este sitio guardado en este dispositivo. Cuando vuelva a tener conexión, use «{save}» al pie de cualquier página para guardarlo todo.',
	'offlinePage.retry': 'Intentar de nuevo',

	'attribution.official-record.label': 'Registro oficial',
	'attribution.official-record.description':
		'Consta en un registro oficial, como un escrito judicial o un registro público.',
	'attribution.on-the-record.label': 'Declaración pública',
	'attribution.on-the-record.description':
		'Lo dijo públicamente una persona o una institución identificada.',
	'attribution.third-party.label': 'Terceros',
	'attribution.third-party.description':
		'Lo informa una parte externa: ni el propio informe ni las personas de las que trata.',
	'attribution.multiple-unnamed-sources.label': 'Según varias fuentes no identificadas',
	'attribution.multiple-unnamed-sources.description':
		'Se atribuye a varias fuentes que el informe no identifica.',
	'attribution.single-unnamed-source.label': 'Según una fuente no identificada',
	'attribution.single-unnamed-source.description':
		'Se atribuye a una sola fuente que el informe no identifica.',
	'attribution.reportedly.label': 'Según se informa',
	'attribution.reportedly.description': 'Se presenta como algo que se ha informado, sin fuente.',
	'attribution.report-assessment.label': 'Relato del propio informe',
	'attribution.report-assessment.description':
		'Lo afirma el propio informe, como narración o valoración, sin citar una fuente.',
	'attribution.stated-unknown.label': 'Se desconoce, según el informe',
	'attribution.stated-unknown.description': 'El informe dice que esto no se sabe.',
	'attribution.denied.label': 'Desmentido',
	'attribution.denied.description': 'La persona o institución aludida lo niega.',
	'attribution.no-response.label': 'Sin respuesta',
	'attribution.no-response.description':
		'La parte consultada no respondió a la solicitud de comentarios del informe.',

	'actorKind.person': 'persona',
	'actorKind.organization': 'organización',
	'actorKind.group': 'grupo',
	'actorKind.person.title': 'Persona',
	'actorKind.organization.title': 'Organización',
	'actorKind.group.title': 'Grupo',
	'actorKind.person.plural': 'Personas',
	'actorKind.organization.plural': 'Organizaciones',
	'actorKind.group.plural': 'Grupos',

	'cite.label': 'Fuente {number}: {attribution}',
	'cite.labelUnnumbered': 'Fuente: {attribution}',
	'cite.popover': 'Fuente de esta afirmación',
	'notes.heading': 'Fuentes de esta página',
	'notes.summary': {
		one: 'Una afirmación de esta página cita su fuente; abajo se muestra según cómo la atribuye esa fuente. Abra la fila para ver la nota y el párrafo del que procede.',
		other:
			'{count} afirmaciones de esta página citan su fuente; abajo se agrupan según cómo las atribuye esa fuente. Abra una fila para ver sus notas y los párrafos de los que proceden.',
	},
	'notes.groupCount': { one: 'nota {numbers}', other: '{count} notas: {numbers}' },
	'notes.evidence': 'Evidencia',
	'notes.back': 'Volver a la cita {number} en el texto',
	'claim.attributedTo': 'Atribuido a {names}',
	'claim.evidence': 'Evidencia',
	'claim.report': 'Informe',
	'claim.paragraph': 'párrafo {number} de {title}',
	'quote.quoted': 'Cita:',
	'quote.translated': 'traducción nuestra de la cita en {language} del informe',
	'quote.original': 'original',
	'quote.open': '«',
	'quote.close': '»',

	'date.noDate': 'Sin fecha',
	'date.noDateGiven': '{when} (sin fecha)',
	'date.precision.day': 'con día exacto',
	'date.precision.month': 'solo el mes',
	'date.precision.year': 'solo el año',
	'date.withPrecision': '{date} ({precision})',
	'date.disputedText': '{date}, según el informe; esta fecha está en duda',
	'date.asReportedDisputed': '(según el informe; {mark}en duda)',
	'date.asReportedDisputedNote': '(según el informe; {mark}en duda; {note})',
	'date.seeNote': 'vea la nota',
	'date.whyDisputed': 'Por qué esta fecha está en duda',
	'date.span': 'un período',
	'date.ongoing': 'en curso al momento del informe',

	'home.eyebrow': 'Explicador',
	'home.brief': 'La historia en breve',
	'home.keyFigures': 'Cifras clave',
	'home.explainers': 'Explicadores',
	'home.explore': 'Explorar',
	'home.atAGlance': 'La historia de un vistazo',
	'preview.network.title': 'Quién está vinculado con quién',
	'preview.network.summary':
		'Los {actors} con más vínculos en la historia y las {relations} entre ellos: {names}.',
	'preview.network.dek':
		'Los {actors} con más vínculos en la historia y las {relations} entre ellos. El trazo indica cómo se sustenta cada vínculo.',
	'preview.network.open': 'Abrir el mapa completo',
	'preview.timeline.title': 'Qué pasó y cuándo',
	'preview.timeline.phase': '{phase} ({events})',
	'preview.timeline.summary': 'Las fases, en el orden que da la historia: {phases}.',
	'preview.timeline.disputed':
		'«{event}» tiene la fecha {date}, según el informe; esa fecha está en duda.',
	'preview.timeline.unplaced': '{title}: {events}.',
	'preview.timeline.open': 'Abrir la cronología completa',
	'home.actorsCard': {
		one: '{count} persona, organización o grupo, con lo que el informe dice al respecto.',
		other:
			'{count} personas, organizaciones y grupos, cada uno con lo que el informe dice al respecto.',
	},
	'home.timelineCard': {
		one: '{count} hecho, fechado solo con la precisión que permite el informe.',
		other: '{count} hechos, fechados solo con la precisión que permite el informe.',
	},
	'home.networkCard': {
		one: '{count} vínculo entre los actores, con sus fuentes.',
		other: '{count} vínculos entre los actores, cada uno con sus fuentes.',
	},
	'home.evidenceCard': {
		one: 'La única afirmación, con el modo en que la sustenta el informe.',
		other: 'Las {count} afirmaciones, agrupadas según cómo las sustenta el informe.',
	},

	'explainers.title': 'Explicadores',
	'explainers.description': 'Todos los explicadores de {site}, en orden de lectura.',
	'explainer.more': 'Más explicadores',
	'explainer.toc': 'En esta página',

	'actors.title': 'Quién es quién',
	'actors.description': 'Las personas, organizaciones y grupos de {site}.',
	'actors.lede':
		'Todos los que menciona el informe, con el cargo o papel que tenían según el informe. Cada página reúne lo que el informe dice de ellos y cómo lo sustenta.',
	'actor.description': '{name}: {role}. {summary}',
	'actor.aliases': 'También se escribe: {aliases}',
	'actor.aliasesIn': 'En {language}: {aliases}',
	'actor.relations': 'Relaciones',
	'actor.noRelations': 'El informe no señala ningún vínculo directo entre {name} y otro actor.',
	'actor.onMap': 'Ver a {name} en el mapa de relaciones',
	'actor.events': 'Hechos',
	'actor.noEvents': 'Ningún hecho de la cronología involucra a {name}.',
	'actor.statements': 'Afirmaciones atribuidas a {name}',
	'actor.facts': 'Datos clave',
	'actor.factRole': 'Cargo',
	'actor.factKind': 'Tipo',
	'actor.factTies': 'Vínculos',
	'actor.factEvents': 'Hechos',
	'actor.factSourcing': 'Atribución',
	'actor.sourcingNote': {
		one: '1 afirmación en esta página',
		other: '{count} afirmaciones en esta página',
	},
	'actor.eventCount': {
		zero: 'ninguno en la cronología',
		one: '1 en la cronología',
		other: '{count} en la cronología',
	},
	'actor.claimCount': { one: '1 afirmación', other: '{count} afirmaciones' },
	'actor.mentions': 'En los explicadores',
	'actor.noMentions': 'Todavía ningún explicador trata sobre {name}.',
	'actor.mapTitle': '{name} y los actores vinculados',
	'actor.mapDescription':
		'{summary}: {name}, en el centro, y cada actor con el que el informe lo vincula. Las formas indican el tipo de actor y los trazos, cómo sustenta el informe cada vínculo; las mismas relaciones aparecen en la lista de arriba.',
	'actor.timelineCaption': '{name} en la cronología',

	'evidence.title': 'Evidencia',
	'evidence.description':
		'Todas las afirmaciones de {site}, agrupadas según cómo las sustenta el informe.',
	'evidence.lede': {
		one: 'Todo lo que dice este sitio se apoya en esta única afirmación, que se muestra con el modo en que la sustenta el informe; no añadimos ningún grado de confianza propio.',
		other:
			'Todo lo que dice este sitio se apoya en alguna de estas {count} afirmaciones. Están agrupadas según cómo las sustenta el informe; no añadimos ningún grado de confianza propio.',
	},
	'evidence.kinds': 'Tipos de atribución',

	'sources.title': 'Fuentes',
	'sources.description':
		'Todas las fuentes con las que se construyó {site}, con nuestro resumen de cada párrafo.',
	'sources.lede': {
		one: 'Esta historia se construyó a partir de una sola fuente. Su página ofrece nuestro resumen de cada párrafo y las afirmaciones que tomamos de él.',
		other:
			'Esta historia se construyó a partir de {count} fuentes. Cada página ofrece nuestro resumen de cada párrafo y las afirmaciones que tomamos de él.',
	},
	'sources.kind': 'Tipo',
	'sources.citedAs': 'Se cita como',
	'sourcing.mixed': 'Atribución mixta:',
	'corrections.title': 'Correcciones',
	'corrections.description': 'Todas las correcciones hechas a {site}: qué cambió, por qué y dónde.',
	'corrections.lede':
		'Cuando corregimos algo de fondo, lo decimos aquí y en cada página que cambió, con la fecha. Las correcciones de estilo no se registran.',
	'corrections.empty': 'Esta historia no tiene correcciones.',
	'corrections.count': {
		one: 'Una corrección hasta ahora, la más reciente primero.',
		other: '{count} correcciones hasta ahora, las más recientes primero.',
	},
	'corrections.changed': 'Qué cambió',
	'corrections.why': 'Por qué',
	'corrections.affects': 'Dónde',
	'corrections.feed': 'Siga las correcciones en un lector de fuentes: {link}',
	'corrections.feedLink': 'fuente Atom',
	'corrections.feedTitle': 'Correcciones: {site}',
	'corrections.entryContent': 'Qué cambió: {changed} Por qué: {why}',
	'corrections.note.heading': 'Actualizaciones',
	'corrections.note.item': 'Actualizado el {date}: {summary} {link}',
	'corrections.note.link': 'Qué cambió y por qué',
	'corrections.embedNote': 'Actualizado el {date}: {link}',
	'corrections.page.home': 'Portada',
	'corrections.page.explainers': 'Explicadores',
	'corrections.page.actors': 'Quién es quién',
	'corrections.page.timeline': 'Cronología',
	'corrections.page.network': 'Mapa de relaciones',
	'corrections.page.evidence': 'Evidencia',
	'corrections.page.sources': 'Fuentes',
	'corrections.page.data': 'Datos',
	'corrections.page.embeds': 'Gráficos para insertar',
	'redirect.title': 'Se trasladó: {title} · {site}',
	'redirect.body': 'Esta página se trasladó a {link}.',
	'source.eyebrow': 'Fuente · {kind}',
	'source.description':
		'Lo que dice cada párrafo de la fuente, en nuestras palabras, y las afirmaciones tomadas de él.',
	'source.publisher': 'Medio',
	'source.noPublisher': 'No figura en la copia con la que trabajamos',
	'source.paragraphs': 'Párrafos',
	'source.paragraphCount': '{count}, numerados según las líneas no vacías del informe',
	'source.claims': 'Afirmaciones tomadas',
	'source.intro':
		'Esta página no reproduce el informe. Cada párrafo de abajo es un resumen nuestro; las afirmaciones que lo acompañan son las que tomamos de ese párrafo, con la atribución que da el informe.',
	'source.byParagraph': 'Párrafo por párrafo',
	'source.paragraph': 'Párrafo',
	'source.claimsFrom': {
		one: '{count} afirmación de este párrafo',
		other: '{count} afirmaciones de este párrafo',
	},

	'timeline.title': 'Cronología',
	'timeline.description':
		'Qué pasó y cuándo en {site}, con fechas solo tan precisas como lo permite el informe.',
	'timeline.intro.one.all':
		'Todos los hechos de esta cronología tienen fecha en el informe, con la precisión con que la da.',
	'timeline.intro.one.most':
		'{dated} de los {total} hechos tienen fecha en el informe; los demás se ubican según el orden que este da.',
	'timeline.intro.one.few':
		'La mayoría de los hechos no tiene fecha en el informe: se ubican según el orden que este da.',
	'timeline.intro.one.none':
		'Ningún hecho tiene fecha en el informe: cada uno se ubica según el orden que este da.',
	'timeline.intro.many.all':
		'Todos los hechos de esta cronología tienen fecha en los informes, con la precisión con que la dan.',
	'timeline.intro.many.most':
		'{dated} de los {total} hechos tienen fecha en los informes; los demás se ubican según el orden que estos dan.',
	'timeline.intro.many.few':
		'La mayoría de los hechos no tiene fecha en los informes: se ubican según el orden que estos dan.',
	'timeline.intro.many.none':
		'Ningún hecho tiene fecha en los informes: cada uno se ubica según el orden que estos dan.',
	'timeline.intro.disputed': {
		one: 'Una fecha, marcada con ⚠, está en duda: se muestra tal como se informó y nunca se ubica en el tiempo.',
		other:
			'{count} fechas, marcadas con ⚠, están en duda: cada una se muestra tal como se informó y nunca se ubica en el tiempo.',
	},
	'timeline.intro.unplaced': {
		one: 'Un hecho que nada ordena respecto del resto se muestra aparte.',
		other: '{count} hechos que nada ordena respecto del resto se muestran aparte.',
	},
	'timeline.skip': 'Saltar el gráfico: todos los hechos en texto',
	'timeline.caption': 'La cronología de la historia',
	'timeline.embedCaption': 'Cronología',
	'timeline.allInOrder': 'Todos los hechos, en orden',
	'timeline.summary': {
		one: '{count} hecho',
		other: '{count} hechos',
	},
	'timeline.summaryPhases': {
		one: '{events} en {count} etapa',
		other: '{events} en {count} etapas',
	},
	'timeline.figcaption': '{caption}: {summary}. {scale}',
	'timeline.scale.both':
		'El tiempo corre hacia abajo: una línea continua está a escala; una discontinua muestra solo el orden.',
	'timeline.scale.time': 'El tiempo corre hacia abajo, a escala.',
	'timeline.scale.order': 'El tiempo corre hacia abajo; las distancias muestran solo el orden.',
	'timeline.phase': 'Etapa',
	'timeline.allPhases': 'Todas las etapas',
	'timeline.actor': 'Actor',
	'timeline.allActors': 'Todos los actores',
	'timeline.selected': 'Hecho seleccionado',
	'timeline.close': 'Cerrar{hidden}',
	'timeline.closeHidden': ' los detalles del hecho',
	'timeline.involves': 'Involucra a:',
	'timeline.howSourced': 'Cómo lo sustenta el informe',
	'timeline.inList': 'Este hecho en la lista de abajo',
	'timeline.after': 'Después de {events}',
	'timeline.before': 'Antes de {events}',
	'timeline.afterBefore': 'Después de {after}; antes de {before}',
	'timeline.inferred': '(deducción nuestra: ninguna fuente indica este orden)',
	'timeline.unplacedEvent':
		'Sin ubicación en el tiempo: nada en las fuentes lo ordena respecto del resto de la cronología.',
	'timeline.showOnChart': 'Ver en el gráfico',
	'timeline.otherPhase': 'Sin etapa',
	'timeline.unordered': 'el orden entre estos no se indica',
	'timeline.unplaced.title': 'Sin ubicación en el tiempo',
	'timeline.unplaced.note': 'Nada en las fuentes ordena estos hechos respecto de la cronología.',
	'timeline.unplaced.listNote':
		'Nada en las fuentes ordena estos hechos respecto de los anteriores, así que el gráfico los muestra aparte.',
	'timeline.phaseOrderInferred':
		'Ningún orden indicado ubica esta etapa después de la anterior: su lugar aquí es una lectura nuestra.',
	'timeline.markDisputed': '⚠ {date}, según el informe; en duda',
	'timeline.markOngoing': '{time} · en curso',
	'timeline.markOngoingOnly': 'en curso',
	'timeline.markNoDate': 'Sin fecha',
	'timeline.describeSpan': 'Un período.',
	'timeline.describeOngoing': 'En curso al momento del informe.',
	'timeline.describeUnplaced': 'Sin ubicación en el tiempo respecto del resto de la cronología.',
	'timeline.describePhase': 'Etapa: {phase}.',
	'timeline.describeActors': 'Involucra a {names}.',
	'timeline.key': 'Clave de la cronología',
	'timeline.key.day': 'Con día exacto',
	'timeline.key.month': 'Con el mes, sin el día',
	'timeline.key.year': 'Con el año, sin más precisión',
	'timeline.key.none': 'Sin fecha: ubicado según el orden indicado',
	'timeline.key.disputed':
		'Fecha en duda: se muestra tal como se informó, nunca se ubica en la escala de tiempo',
	'timeline.key.span': 'Un período; se desvanece donde no se indica su final',
	'timeline.key.ongoing': 'En curso al momento del informe',
	'timeline.key.axis-time': 'Línea continua: las distancias son tiempo, a escala',
	'timeline.key.axis-order': 'Línea discontinua: solo el orden; las distancias no son tiempo',
	'timeline.key.break': 'Zigzag: un largo lapso de tiempo, acortado',
	'timeline.key.group': 'Corchete: no se indica el orden entre estos hechos',
	'timeline.status.all': {
		one: 'Se muestra el único hecho.',
		other: 'Se muestran los {count} hechos.',
	},
	'timeline.status.filtered': {
		one: 'Se muestra {count} de {total} hechos.',
		other: 'Se muestran {count} de {total} hechos.',
	},

	'network.title': 'Mapa de relaciones',
	'network.description': 'Cómo se vinculan los actores de {site}, cada vínculo con sus fuentes.',
	'network.lede':
		'Cada vínculo entre actores que señala el informe: {summary}. Los trazos indican cómo sustenta el informe cada vínculo; seleccione un actor o un vínculo para ver las afirmaciones que lo respaldan.',
	'network.chartTitle': 'Mapa de relaciones: {summary}',
	'network.chartDescription':
		'Cada actor es una forma: círculo para una persona, cuadrado para una organización, hexágono para un grupo, más grande cuantas más relaciones tiene. Cada línea es un vínculo que señala el informe: continua cuando consta en un registro o en una declaración pública, discontinua cuando viene de fuentes no identificadas, punteada cuando solo se informa, se desconoce, se desmiente o no tuvo respuesta; una punta de flecha indica su dirección. Todos los vínculos figuran también en la lista debajo del mapa.',
	'network.embedDescription':
		'Cada actor es una forma: círculo para una persona, cuadrado para una organización, hexágono para un grupo. Cada línea es un vínculo que señala el informe: continua cuando consta en un registro o en una declaración pública, discontinua cuando viene de fuentes no identificadas, punteada cuando solo se informa, se desconoce, se desmiente o no tuvo respuesta; una punta de flecha indica su dirección. La página completa enumera cada vínculo en texto.',
	'network.relations': {
		zero: 'ninguna relación',
		one: '{count} relación',
		other: '{count} relaciones',
	},
	'network.actors': {
		one: '{count} actor',
		other: '{count} actores',
	},
	'network.summary': '{actors} y {relations}',
	'network.node': '{name}, {kind}, {relations}',
	'network.edge': '{source} {label} {target}, {sourcing}',
	'network.mixedSourcing': 'atribución mixta: {labels}',
	'network.filters': 'Filtrar los vínculos',
	'network.filterTypes': 'Tipos de relación',
	'network.filterSourcing': 'Atribución',
	'network.zoom': 'Zoom',
	'network.zoomIn': 'Acercar',
	'network.zoomOut': 'Alejar',
	'network.reset': 'Restablecer la vista',
	'network.help':
		'Entre al mapa con Tab; luego, las flechas lo desplazan y + y − acercan o alejan (también Ctrl + rueda del ratón o pellizcar). Pulse Tab otra vez para llegar a los actores: las flechas pasan de un actor a otro vinculado, Intro muestra los detalles y Escape los cierra.',
	'network.close': 'Cerrar{hidden}',
	'network.closeHidden': ' los detalles',
	'network.key': 'Clave',
	'network.keySize': 'Forma más grande: más relaciones',
	'network.keyLine.solid': 'Línea continua: {labels}',
	'network.keyLine.dashed': 'Línea discontinua: {labels}',
	'network.keyLine.dotted': 'Línea punteada: {labels}',
	'network.keyLine.mixed':
		'Línea de trazo y punto: atribución mixta, las afirmaciones del vínculo tienen atribuciones distintas; sus detalles indican cada una',
	'network.keyArrow': 'Punta de flecha: el vínculo va en un solo sentido, el de la flecha',
	'network.line.solid': 'continua',
	'network.line.dashed': 'discontinua',
	'network.line.dotted': 'punteada',
	'network.openPage': 'Abrir la página sobre {name}',
	'network.whatReportSays': 'Lo que dice el informe y cómo lo sustenta',
	'network.onThisMap': '{relations} en este mapa',
	'network.oneWay': 'En un solo sentido, de {source} a {target}.',
	'network.noDirection': 'Sin dirección: vincula a ambos actores por igual.',
	'network.drawnAs': 'Se dibuja con línea {line}:',
	'network.drawnMixed':
		'Se dibuja con línea de trazo y punto, por su atribución mixta: sus afirmaciones tienen atribuciones distintas.',
	'network.claimsBehind': {
		one: 'La afirmación que respalda este vínculo',
		other: 'Las {count} afirmaciones que respaldan este vínculo',
	},
	'network.showOnMap': 'Ver en el mapa:',
	'network.inTwin': 'Esta relación en la lista debajo del mapa',
	'network.twinRelations': 'Todas las relaciones del mapa',
	'network.twinLede':
		'{summary}, agrupadas por tipo. Cada vínculo indica cómo lo sustenta el informe; los números llevan a las afirmaciones que lo respaldan.',
	'network.twinActors': 'Actores del mapa',
	'network.twinActor': '{name}, {kind}: {relations}',
	'network.show': 'Ver en el mapa',
	'network.status.details': 'Se muestran los detalles de {name}.',
	'network.loading': 'Cargando los detalles…',
	'network.loadFailed': 'No se pudieron cargar los detalles. Puede leerlos aquí:',
	'network.status.shown': {
		one: 'Se muestra {count} de {total} relaciones.',
		other: 'Se muestran {count} de {total} relaciones.',
	},

	// Share cards (og:image)
	'card.alt.words': '«{title}» en una tarjeta de {site}, con su resumen.',
	'card.alt.chart': '{chart}: el gráfico bajo el título «{title}», en una tarjeta de {site}.',
	'card.chart.actor': {
		one: 'Mapa de {name} y del actor con el que tiene vínculos',
		other: 'Mapa de {name} y de los {count} actores con los que tiene vínculos',
	},
	'card.chart.timeline': {
		one: 'Cronología de un hecho',
		other: 'Cronología de {count} hechos',
	},
	'data.datasetName': 'Los datos de {site}',

	'search.title': 'Buscar',
	'search.description': 'Buscar en {site}: explicadores, personas, hechos y afirmaciones.',
	'search.button': 'Buscar',
	'search.close': 'Cerrar{hidden}',
	'search.closeHidden': ' la búsqueda',
	'search.noJs':
		'La búsqueda funciona en su navegador y necesita JavaScript, que está desactivado o no se cargó. Sin él, puede recorrer {actors} o {evidence}.',
	'search.noJsActors': 'a todos los actores de la historia',
	'search.noJsEvidence': 'todas las afirmaciones según cómo las sustenta el informe',
	'search.label': 'Buscar nombres, hechos, afirmaciones y páginas',
	'search.tooLong': 'La búsqueda lee los primeros {count} caracteres; el resto queda fuera.',
	'search.hint':
		'Los resultados se actualizan mientras escribe. Use las flechas arriba y abajo para elegir un resultado e Intro para abrirlo.',
	'search.submit': 'Buscar',
	'search.show': 'Mostrar',
	'search.all': 'Todo',
	'search.sourcedAs': 'Afirmaciones con atribución',
	'search.any': 'Cualquiera',
	'search.openPage': 'Abrir en la página de búsqueda',
	'search.results': 'Resultados de la búsqueda',
	'search.more': 'Mostrar más resultados',
	'search.kind.explainer': 'Explicadores',
	'search.kind.actor': 'Quién es quién',
	'search.kind.event': 'Hechos',
	'search.kind.claim': 'Afirmaciones',
	'search.kind.source': 'Fuentes',
	'search.kind.page': 'Otras páginas',
	'search.badge.explainer': 'Explicador',
	'search.badge.actor': 'Quién es quién',
	'search.badge.event': 'Hecho',
	'search.badge.claim': 'Afirmación',
	'search.badge.source': 'Fuente',
	'search.badge.page': 'Página',
	'search.section': 'Sección: ',
	'search.status.items': {
		one: '{count} elemento{scope}.',
		other: '{count} elementos{scope}.',
	},
	'search.status.found': {
		one: '{count} resultado para «{query}»{scope}.',
		other: '{count} resultados para «{query}»{scope}.',
	},
	'search.status.none':
		'No hay resultados para «{query}»{scope}. Pruebe con menos palabras, otra grafía o sin filtro.',
	'search.status.showing': {
		one: 'Se muestran {shown} de {count} resultado.',
		other: 'Se muestran {shown} de {count} resultados.',
	},
	'search.scope.kind': ' en {kind}',
	'search.scope.attribution': ' entre las afirmaciones con atribución «{attribution}»',
	'search.failure.file':
		'La búsqueda necesita que el sitio se sirva por HTTP: esta copia está abierta desde su equipo.',
	'search.failure.offline':
		'No tiene conexión y la búsqueda no está guardada en este dispositivo. Guarde la historia para leer sin conexión y podrá buscar sin conexión.',
	'search.failure.stale':
		'Hay una nueva versión de este sitio: vuelva a cargar la página para buscar en ella.',
	'search.failure.missing':
		'La búsqueda no está disponible: el servidor no envió el índice de búsqueda (HTTP {status}).',
	'search.failure.module':
		'No se pudo cargar la búsqueda: vuelva a cargar la página para intentarlo de nuevo.',
	'search.failure.unknown': 'La búsqueda no pudo iniciarse en este navegador.',
	'search.failure.partialOffline':
		'Sin conexión: solo se muestran los resultados guardados en este dispositivo.',
	'search.failure.partialMissing':
		'Falta parte del índice de búsqueda en el servidor (HTTP {status}): puede haber resultados incompletos.',
	'search.failure.partialUnknown':
		'No se pudo cargar parte del índice de búsqueda: puede haber resultados incompletos.',
	'search.reload': 'Volver a cargar',
	'search.unavailableDev':
		'No hay índice de búsqueda en desarrollo: la búsqueda funciona en el sitio compilado. Ejecute: npm run build && npm run preview',
	'search.record.alsoWritten': 'También se escribe {names}',
	'search.record.involves': 'Involucra a {names}',
	'search.record.quoted': 'Cita: «{quote}»',
	'search.record.paragraphs': {
		one: 'párrafo {list}',
		other: 'párrafos {list}',
	},
	'search.record.sourceParagraphs': {
		one: '{source}, párrafo {list}',
		other: '{source}, párrafos {list}',
	},

	'data.title': 'Datos',
	'data.description':
		'Descargue los datos de {site}: actores, relaciones, hechos, afirmaciones y fuentes en JSON y CSV, y la red para Gephi.',
	'data.lede':
		'Todo lo que muestra este sitio sale de estos archivos. Cada afirmación indica sus párrafos de origen y cómo la sustenta el informe; los actores, las relaciones y los hechos enumeran las afirmaciones en que se apoyan.',
	'data.version':
		'Versión {version}: una huella del contenido, que cambia cada vez que cambia cualquier parte de él. Cada archivo lleva su fuente y esta versión (en JSON, en {meta}; en CSV, en las columnas {sources} y {versionColumn}).',
	'data.language':
		'Estos archivos contienen el texto en {language} de esta edición; lo indica el campo {field} de {meta} en cada archivo.',
	'data.downloads': 'Descargas',
	'data.tableCaption': 'Conjuntos de datos y sus descargas',
	'data.dataset': 'Conjunto de datos',
	'data.holds': 'Qué contiene',
	'data.files': 'Archivos',
	'data.of': ' de {dataset}',
	'data.ofNetwork': ' de la red',
	'data.rows': {
		one: '{description} ({count} fila)',
		other: '{description} ({count} filas)',
	},
	'data.kb': '{count}\u00a0KB', // a no-break space: the size never wraps apart
	'data.fields': 'Campos',
	'data.csvNote':
		'En los archivos CSV, las listas se separan con «; ». Los archivos están en UTF-8 con marca de orden de bytes, para que las hojas de cálculo conserven los nombres con tilde.',
	'data.cite': 'Cómo citar',
	'data.citeIntro':
		'Cite la afirmación, no solo el sitio: cada afirmación tiene un identificador estable y una dirección en la {evidence}, e indica los párrafos de la fuente de la que procede. Por ejemplo:',
	'data.citeEvidence': 'página de evidencia',
	'data.citeExample': '{site}, afirmación {id}, versión de datos {version}, basada en {source}.',
	'data.citeAnySource': '<la fuente de la afirmación>',
	'data.citeKeep':
		'Conserve la atribución que dan los datos: una afirmación de fuentes no identificadas sigue siendo una afirmación de fuentes no identificadas, no un hecho comprobado.',
	'data.name.actors': 'actores',
	'data.name.relations': 'relaciones',
	'data.name.events': 'hechos',
	'data.name.claims': 'afirmaciones',
	'data.name.sources': 'fuentes',
	'data.name.network': 'red',
	'data.set.actors': 'Personas, organizaciones y grupos de la historia.',
	'data.set.relations': 'Vínculos entre dos actores que señala la fuente.',
	'data.set.events': 'Hechos, fechados solo con la precisión que permite la fuente.',
	'data.set.claims':
		'Afirmaciones unitarias tomadas de la fuente, con sus números de párrafo y su atribución.',
	'data.set.sources': 'Los informes con los que se construyó la historia.',
	'data.set.network': 'Los actores y los vínculos entre ellos.',
	'data.gexf':
		'El mapa de relaciones para Gephi: los actores como nodos, las relaciones como aristas.',
	'data.gexfDescription': {
		one: '{title}. Fuente: {sources}. Versión {version}.',
		other: '{title}. Fuentes: {sources}. Versión {version}.',
	},
	'data.field.id': 'Identificador estable.',
	'data.field.actor.name': 'Nombre con tildes y diacríticos.',
	'data.field.actor.kind':
		'Tipo de actor: persona, organización o grupo (el archivo usa sus códigos en inglés).',
	'data.field.actor.aliases': 'Otras grafías y denominaciones.',
	'data.field.actor.role': 'Cargo o papel según el informe.',
	'data.field.actor.summary': 'Lo que dice el informe sobre el actor, en nuestras palabras.',
	'data.field.actor.claims':
		'Identificadores de las afirmaciones que respaldan el cargo y el resumen.',
	'data.field.actor.url': 'La página del actor.',
	'data.field.relation.source': 'Identificador del actor del que parte el vínculo.',
	'data.field.relation.target': 'Identificador del actor al que apunta el vínculo.',
	'data.field.relation.type': 'Tipo breve que se usa para filtrar.',
	'data.field.relation.label': 'Se lee como «origen etiqueta destino».',
	'data.field.relation.directed': 'Si el vínculo tiene dirección.',
	'data.field.relation.attributions':
		'Cada atribución presente entre sus afirmaciones, una vez cada una y en el orden del vocabulario; el conjunto de afirmaciones da la de cada una.',
	'data.field.relation.mixedSourcing':
		'Si sus afirmaciones tienen atribuciones distintas (más de una atribución).',
	'data.field.relation.claims': 'Identificadores de las afirmaciones que señalan el vínculo.',
	'data.field.event.title': 'Título breve.',
	'data.field.event.date':
		'Fecha tal como la da la fuente (AAAA, AAAA-MM o AAAA-MM-DD), vacía cuando no da ninguna.',
	'data.field.event.datePrecision':
		'Precisión de la fecha: año, mes o día (en códigos en inglés); vacío cuando no hay fecha.',
	'data.field.event.when': 'El momento en palabras, tal como lo da la fuente.',
	'data.field.event.after': 'Hechos posteriores a los cuales ocurrió este, según la fuente.',
	'data.field.event.before': 'Hechos anteriores a los cuales ocurrió este, según la fuente.',
	'data.field.event.phase': 'Etapa de la historia.',
	'data.field.event.span': 'Un período, no un momento.',
	'data.field.event.flags': 'Marcas, en códigos en inglés: fecha indicada en duda, hecho en curso.',
	'data.field.event.actors': 'Identificadores de los actores involucrados.',
	'data.field.event.claims': 'Identificadores de las afirmaciones que señalan el hecho.',
	'data.field.event.url': 'El hecho en la cronología.',
	'data.field.claim.statement': 'La afirmación, en nuestras palabras.',
	'data.field.claim.source': 'Identificador de la fuente.',
	'data.field.claim.paragraphs': 'Números de párrafo de la fuente (sus líneas no vacías).',
	'data.field.claim.attribution': 'Cómo sustenta el informe la afirmación.',
	'data.field.claim.attributedTo':
		'Identificadores de los actores a quienes el informe la atribuye.',
	'data.field.claim.quote': 'Las palabras de una persona tal como se citan, textuales.',
	'data.field.claim.quoteTranslation':
		'Nuestra traducción de la cita, cuando esta edición está en otro idioma que el informe.',
	'data.field.claim.url': 'La afirmación en la página de evidencia.',
	'data.field.source.title': 'Título descriptivo.',
	'data.field.source.publisher': 'Medio; vacío cuando se desconoce.',
	'data.field.source.short':
		'La etiqueta breve con que las citas nombran la fuente, p. ej., «Informe A».',
	'data.field.source.kind': 'Tipo de documento.',
	'data.field.source.paragraphCount': 'Número de párrafos (líneas no vacías).',
	'data.field.source.url': 'Nuestro resumen párrafo por párrafo.',
	'data.type.string': 'texto',
	'data.type.integer': 'número entero',
	'data.type.boolean': 'verdadero o falso',
	'data.type.list': 'lista',
	'data.type.date': 'fecha',

	'embed.title': 'Insertar un gráfico',
	'embed.description':
		'Inserte el mapa de relaciones o la cronología de {site} en su propio artículo: códigos, opciones y descargas.',
	'embed.lede':
		'Cualquiera de estos gráficos puede ir en su propio artículo. Pegue el código en su gestor de contenidos: el gráfico conserva sus fuentes y enlaza de vuelta aquí, ajusta su altura al contenido, sigue la preferencia de modo claro u oscuro de sus lectores y funciona sin JavaScript con una altura fija.',
	'embed.scripts':
		'El ajuste de altura también funciona con los scripts que muchas redacciones ya usan para insertar contenido de pym.js, Datawrapper o AMP. Si su gestor de contenidos elimina los scripts, use el código de altura fija. Los datos de cada gráfico están en la {data}.',
	'embed.byUrl':
		'En WordPress, Ghost y otras herramientas que insertan por dirección (oEmbed), pegue en cambio la página del gráfico, como {network} o {timeline}, o la página de un actor para sus vínculos: el gráfico aparece a su altura, con un enlace a su página donde la herramienta no muestra marcos.',
	'embed.dataPage': 'página de datos',
	'embed.options': 'Opciones',
	'embed.theme': 'Tema',
	'embed.theme.auto': 'Seguir la preferencia del lector',
	'embed.theme.light': 'Claro',
	'embed.theme.dark': 'Oscuro',
	'embed.none': 'Ninguno',
	'embed.plain': 'Sin título ni pie',
	'embed.static': 'Estático (sin interacción)',
	'embed.preview': 'Vista previa: {title}',
	'embed.snippet': 'Código (ajusta su altura solo)',
	'embed.fixed': 'Sin scripts (altura fija)',
	'embed.copy': 'Copiar el código',
	'embed.copied': 'Código copiado.',
	'embed.copyByHand': 'Seleccione el código y cópielo con el teclado.',
	'embed.download': 'Descargar este gráfico:',
	'embed.fullPage': 'página completa',
	'embed.optionsInAddress': 'Opciones en la dirección',
	'embed.opt.theme':
		'Esquema de color; {auto} (la opción predeterminada) sigue la preferencia del lector.',
	'embed.opt.plain': 'Sin título ni pie: solo el gráfico. Cite la fuente en su artículo.',
	'embed.opt.static':
		'Sin interacción: el gráfico tal como se dibujó; los enlaces siguen funcionando.',
	'embed.opt.focus': 'El mapa se abre centrado en un actor.',
	'embed.opt.event': 'La cronología se abre con un hecho seleccionado.',
	'embed.source': {
		one: 'Fuente: {sources}.',
		other: 'Elaborado a partir de {count} fuentes: {sources}.',
	},
	'embed.sourcesNamedAt': {
		one: 'Elaborado a partir de una fuente, citada en',
		other: 'Elaborado a partir de {count} fuentes, todas citadas en',
	},
	'embed.footer': 'Cada marca cita el párrafo de su fuente y cómo está atribuida.',
	'embed.version': 'Versión del contenido {version}, al {date}.',
	'embed.openFull': 'Abrir la versión completa',
	'embed.getData': 'Descargar los datos',
	'embed.chart.network.title':
		'Mapa de relaciones de {site}: quién se vincula con quién y cómo sustenta el informe cada vínculo',
	'embed.chart.network.heading': 'Mapa de relaciones de {site}',
	'embed.chart.network.description':
		'Todos los actores y relaciones; el trazo indica cómo sustenta el informe cada vínculo.',
	'embed.chart.network.option': 'Centrar en un actor',
	'embed.chart.actor.title': 'Los vínculos de un actor en {site}',
	'embed.chart.actor.heading': 'Los vínculos de un actor en {site}',
	'embed.chart.actor.choiceTitle': '{name}: vínculos en {site}',
	'embed.chart.actor.description':
		'Un mapa pequeño de un actor y de todos aquellos con los que el informe lo vincula.',
	'embed.chart.actor.option': 'Actor',
	'embed.chart.timeline.title':
		'Cronología de {site}: hechos fechados solo con la precisión que permite el informe',
	'embed.chart.timeline.heading': 'Cronología de {site}',
	'embed.chart.timeline.description':
		'Todos los hechos, por etapa y en el orden que da el informe, con las fechas dudosas marcadas.',
	'embed.chart.timeline.option': 'Seleccionar un hecho',
	'embed.networkPage.title': 'Quién se vincula con quién: {site}',
	'embed.networkPage.description': 'Mapa de relaciones: {summary}. {site}',
	'embed.actorPage.title': '{name}: vínculos en {site}',
	'embed.actorPage.description':
		'{name}, {role}, y todos los actores con los que el informe lo vincula.',
	'embed.timelinePage.title': 'Cronología: {site}',
	'embed.timelinePage.description':
		'Qué pasó y cuándo, con fechas solo tan precisas como lo permite el informe. {site}',

	'notFound.title': 'Página no encontrada',
	'notFound.description': 'Esta página no existe.',
	'notFound.body':
		'No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace tenga un error.',
	'notFound.home': 'La historia en breve',
	'notFound.explainers': 'Todos los explicadores',
	'notFound.actors': 'Quién es quién',
	'notFound.search': 'Buscar en el sitio',
};
