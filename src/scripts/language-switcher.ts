/**
 * `<language-switcher>` (LanguageSwitcher.astro): the link to another edition carries the
 * address's query and hash, read at the moment of the click: charts update the hash as the
 * reader selects things (`#focus=`, `#event=`), and the search page its query.
 */
customElements.define(
	'language-switcher',
	class extends HTMLElement {
		connectedCallback(): void {
			this.addEventListener('click', (event) => {
				const link =
					event.target instanceof Element ? event.target.closest('a[data-language]') : null;
				if (!(link instanceof HTMLAnchorElement)) return;
				const target = new URL(link.href);
				target.search = location.search;
				target.hash = location.hash;
				link.href = target.href;
			});
		}
	},
);
