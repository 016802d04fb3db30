/**
 * `<theme-toggle>` (ThemeToggle.astro): a button cycling the theme, system → light → dark,
 * kept in localStorage when the browser allows it. Hidden until this runs. Its labels come
 * whole from the page (`data-labels`), so nothing here formats text.
 */
type Theme = 'system' | 'light' | 'dark';
const ORDER: Theme[] = ['system', 'light', 'dark'];

const current = (): Theme => {
	const theme = document.documentElement.dataset['theme'];
	return theme === 'light' || theme === 'dark' ? theme : 'system';
};

class ThemeToggle extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button');
		const label = this.querySelector('[data-label]');
		if (!button || !label) return;
		let labels: Partial<Record<Theme, string>> = {};
		try {
			labels = JSON.parse(this.dataset['labels'] ?? '{}') as typeof labels;
		} catch {
			// A broken attribute leaves the server's label in place.
		}
		const show = () => {
			const text = labels[current()];
			if (text) label.textContent = text;
		};
		button.addEventListener('click', () => {
			const next = ORDER[(ORDER.indexOf(current()) + 1) % ORDER.length] ?? 'system';
			if (next === 'system') delete document.documentElement.dataset['theme'];
			else document.documentElement.dataset['theme'] = next;
			try {
				if (next === 'system') localStorage.removeItem('theme');
				else localStorage.setItem('theme', next);
			} catch {
				/* storage blocked: the choice lasts for this page */
			}
			show();
		});
		show();
		button.hidden = false;
	}
}
customElements.define('theme-toggle', ThemeToggle);
