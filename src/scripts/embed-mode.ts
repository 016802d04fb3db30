/** Whether the page is an embed asked to stay static (`?static`): charts skip their behaviour. */
export function isStaticEmbed(): boolean {
	return document.documentElement.hasAttribute('data-static');
}
