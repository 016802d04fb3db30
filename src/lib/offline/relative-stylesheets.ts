/**
 * Rewrites a built page's stylesheet links from absolute (`/base/_astro/x.css`) to relative
 * (`../_astro/x.css`), which resolve the same on any host and also from a copy on disk.
 * `page` is the page's path in the build folder ("actors/x/index.html").
 */
export function relativeStylesheets(html: string, page: string, base: string): string {
	const depth = page.split('/').length - 1;
	const up = depth === 0 ? './' : '../'.repeat(depth);
	return html.replace(/<link\b[^>]*>/g, (tag) => {
		if (!/\srel="stylesheet"/.test(tag)) return tag;
		return tag.replace(/(\shref=")([^"]*)(")/, (whole, start: string, href: string, end: string) =>
			href.startsWith(base) && !href.startsWith('//')
				? `${start}${up}${href.slice(base.length)}${end}`
				: whole,
		);
	});
}
