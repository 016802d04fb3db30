/**
 * `<embed-gallery-item>`: keeps a gallery entry's preview and snippets in step with its
 * options, with absolute addresses taken from where the gallery is served, and copies a
 * snippet to the clipboard.
 */
import { buildEmbedUrl, buildSnippet, type EmbedOptions } from '../lib/embed/snippet';
import { readStrings } from './strings';

class EmbedGalleryItem extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector<HTMLElement>('.gallery-options');
		const preview = this.querySelector<HTMLIFrameElement>('iframe');
		const status = this.querySelector('.gallery-status');
		const { path = '', title = '', height = '600', script = '', option, site = '' } = this.dataset;
		if (!form || !preview) return;
		const t = readStrings(this);

		const update = () => {
			const field = (name: string) =>
				form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
			const checked = (name: string) => {
				const input = field(name);
				return input instanceof HTMLInputElement && input.checked;
			};
			const choice = field('option')?.value ?? '';
			const selected = form.querySelector<HTMLOptionElement>(
				'select[name="option"] option:checked',
			);
			const page = option === 'path' ? (selected?.dataset['path'] ?? path) : path;
			const theme = field('theme')?.value ?? 'auto';
			const options: EmbedOptions = {
				theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
				plain: checked('plain'),
				static: checked('static'),
				...(option === 'focus' && choice ? { focus: choice } : {}),
				...(option === 'event' && choice ? { event: choice } : {}),
			};
			const src = buildEmbedUrl(new URL(page, window.location.href).href, options);
			const scriptUrl = new URL(script, window.location.href).href;
			const chartTitle =
				option === 'path' && selected
					? t('embed.chart.actor.choiceTitle', { name: selected.text.trim(), site })
					: title;
			for (const area of this.querySelectorAll<HTMLTextAreaElement>('textarea[data-snippet]'))
				area.value = buildSnippet({
					src,
					title: chartTitle,
					height: Number(height),
					...(area.dataset['snippet'] === 'script' ? { script: scriptUrl } : {}),
				});
			const local = new URL(src);
			preview.src = local.pathname + local.search;
			if (option === 'path')
				for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-download]')) {
					const file = selected?.dataset[link.dataset['download'] ?? ''];
					if (file) link.href = file;
					link.hidden = !file;
				}
		};

		form.addEventListener('change', update);
		form.hidden = false;
		update();

		for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
			button.hidden = false;
			button.addEventListener('click', () => {
				const area = document.getElementById(button.dataset['copy'] ?? '');
				if (!(area instanceof HTMLTextAreaElement)) return;
				const done = (text: string) => {
					if (status) status.textContent = text;
				};
				navigator.clipboard.writeText(area.value).then(
					() => {
						done(t('embed.copied'));
					},
					() => {
						area.select();
						done(t('embed.copyByHand'));
					},
				);
			});
		}
	}
}

customElements.define('embed-gallery-item', EmbedGalleryItem);
