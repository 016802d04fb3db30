/**
 * The header's menu (SiteHeader.astro), a <details> that opens and closes natively without
 * scripts. With them it also closes on Escape (focus back on its button) and on a click or
 * focus outside it, as a dropdown does.
 */
for (const menu of document.querySelectorAll<HTMLDetailsElement>('.site-menu')) {
	const close = (refocus: boolean) => {
		if (!menu.open) return;
		menu.open = false;
		if (refocus) menu.querySelector('summary')?.focus();
	};
	menu.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') close(true);
	});
	document.addEventListener('click', (event) => {
		if (!menu.contains(event.target as Node)) close(false);
	});
	menu.addEventListener('focusout', (event) => {
		if (event.relatedTarget instanceof Node && !menu.contains(event.relatedTarget)) close(false);
	});
}
