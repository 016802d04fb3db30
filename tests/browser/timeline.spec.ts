import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, open } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAGE = 'timeline/';
const chart = 'timeline-chart';
/** The drawing in view: the chart holds a narrow and a wide one, and shows one. */
const svg = `${chart} svg.tl-svg:visible`;
const markLinks = `${svg} a.tl-mark__link`;

/** Event ids in the order the drawing in view shows them (read from the page, never hard-coded). */
async function markIds(page: Page): Promise<string[]> {
	return page
		.locator(`${svg} .tl-mark`)
		.evaluateAll((els) => els.map((el) => (el as SVGGElement).dataset['event'] ?? ''));
}

const focusedEvent = (page: Page) =>
	page.evaluate(() => document.activeElement?.closest<SVGGElement>('.tl-mark')?.dataset['event']);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the chart shows every listed event, each mark linking to its list item', async ({
		page,
		site,
	}) => {
		await open(page, site, PAGE);
		const listed = await page
			.locator('.tl-list li[id^="event="]')
			.evaluateAll((els) => els.map((el) => el.id.slice('event='.length)));
		expect(listed.length).toBeGreaterThan(0);
		expect((await markIds(page)).sort()).toEqual([...listed].sort());
		for (const id of listed) {
			const link = page.locator(`${svg} .tl-mark[data-event="${id}"] a.tl-mark__link`);
			await expect(link).toBeVisible();
			const href = (await link.getAttribute('href')) ?? '';
			expect(decodeURIComponent(new URL(href, site.url).hash)).toBe(`#event=${id}`);
		}
		await expect(page.locator('.tl-controls')).toBeHidden();
		await expect(page.locator('.tl-legend')).toBeVisible();
	});
});

for (const width of [375, 1280])
	test(`labels do not overlap and stay inside the chart at ${width} px, measured with real fonts`, async ({
		page,
		site,
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await open(page, site, PAGE);
		const problems = await page.evaluate(() => {
			const svg = [...document.querySelectorAll<SVGSVGElement>('timeline-chart svg.tl-svg')].find(
				(el) => el.getClientRects().length > 0,
			);
			if (!svg) return ['no chart'];
			const frame = svg.viewBox.baseVal;
			const texts = svg.querySelectorAll<SVGTextElement>(
				'.tl-mark text, .tl-tick text, .tl-group text, .tl-band text, .tl-unplaced text',
			);
			const boxes = [...texts].map((t) => ({
				name: `${t.closest<SVGGElement>('.tl-mark')?.dataset['event'] ?? 'text'}: ${t.textContent}`,
				group: t.closest('.tl-mark') ?? t,
				box: t.getBBox(),
			}));
			const out: string[] = [];
			for (const [i, a] of boxes.entries()) {
				const b0 = a.box;
				if (
					b0.x < 0 ||
					b0.y < 0 ||
					b0.x + b0.width > frame.width ||
					b0.y + b0.height > frame.height
				)
					out.push(`outside: ${a.name}`);
				for (const b of boxes.slice(i + 1)) {
					if (a.group === b.group) continue;
					const b1 = b.box;
					const hit =
						b0.x < b1.x + b1.width &&
						b1.x < b0.x + b0.width &&
						b0.y < b1.y + b1.height &&
						b1.y < b0.y + b0.height;
					if (hit) out.push(`overlap: ${a.name} × ${b.name}`);
				}
			}
			return out;
		});
		expect(problems).toEqual([]);
	});

test('arrow keys, Home and End move between events inside the chart only', async ({
	page,
	site,
}) => {
	await open(page, site, PAGE);
	const ids = await markIds(page);
	// Record, after the chart had its turn, whether each key press was taken from the page.
	await page.evaluate(() => {
		const log: [string, boolean][] = [];
		Object.assign(window, { keyLog: log });
		window.addEventListener('keydown', (e) => log.push([e.key, e.defaultPrevented]));
	});
	const keyLog = () =>
		page.evaluate(() => (window as unknown as { keyLog: [string, boolean][] }).keyLog.splice(0));

	// Exactly one mark of the drawing in view is in the tab order.
	await expect(page.locator(`${markLinks}[tabindex="0"]`)).toHaveCount(1);
	await page.locator(`${markLinks}[tabindex="0"]`).focus();
	expect(await focusedEvent(page)).toBe(ids[0]);
	await page.keyboard.press('End');
	expect(await focusedEvent(page)).toBe(ids.at(-1));
	await page.keyboard.press('Home');
	expect(await focusedEvent(page)).toBe(ids[0]);
	await page.keyboard.press('ArrowRight');
	expect(await focusedEvent(page)).toBe(ids[1] ?? ids[0]);
	await page.keyboard.press('ArrowDown');
	expect(await focusedEvent(page)).toBe(ids[2] ?? ids.at(-1));
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowLeft');
	expect(await focusedEvent(page)).toBe(ids[0]);
	expect(await keyLog()).toEqual(
		['End', 'Home', 'ArrowRight', 'ArrowDown', 'ArrowUp', 'ArrowLeft'].map((k) => [k, true]),
	);
	// The focused mark is now the chart's single tab stop.
	await page.keyboard.press('End');
	await expect(page.locator(`${markLinks}[tabindex="0"]`)).toHaveCount(1);
	expect(
		await page
			.locator(`${markLinks}[tabindex="0"]`)
			.evaluate((el) => el === document.activeElement),
	).toBe(true);

	// Outside the chart the page keeps its keys: nothing is taken, focus stays put.
	await page.locator('h1').click();
	await keyLog();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('End');
	expect(await keyLog()).toEqual([
		['ArrowRight', false],
		['End', false],
	]);
	expect(await focusedEvent(page)).toBeUndefined();
});

test('selecting an event shows its details and claims, updates the address, Escape closes', async ({
	page,
	site,
}) => {
	await open(page, site, PAGE);
	const [id] = await markIds(page);
	const mark = page.locator(`${svg} .tl-mark[data-event="${id}"]`);
	const title = ((await mark.locator('.tl-mark__title').textContent()) ?? '').replace(/\s+/g, ' ');
	await mark.locator('a.tl-mark__link').click();
	const panel = page.locator(`${chart} .tl-details`);
	await expect(panel).toBeVisible();
	await expect(panel.locator('h2')).toHaveText(title.trim());
	await expect(mark).toHaveClass(/is-selected/);
	expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#event=${id}`);
	const claims = panel.locator('.claim');
	expect(await claims.count()).toBeGreaterThan(0);
	for (const claim of await claims.all()) {
		await expect(claim.locator('.badge')).toHaveCount(1);
		expect(await claim.locator('a[aria-label^="paragraph"]').count()).toBeGreaterThan(0);
	}
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(mark).not.toHaveClass(/is-selected/);
	expect(new URL(page.url()).hash).toBe('');
	expect(await focusedEvent(page)).toBe(id);
});

test('Enter on a focused mark selects it; the close button returns focus', async ({
	page,
	site,
}) => {
	await open(page, site, PAGE);
	const ids = await markIds(page);
	await page.locator(`${markLinks}[tabindex="0"]`).focus();
	await page.keyboard.press('End');
	await page.keyboard.press('Enter');
	const panel = page.locator(`${chart} .tl-details`);
	await expect(panel).toBeVisible();
	expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#event=${ids.at(-1) ?? ''}`);
	await panel.locator('[data-close]').click();
	await expect(panel).toBeHidden();
	expect(await focusedEvent(page)).toBe(ids.at(-1));
});

test('a deep link #event=<id> selects the event on load', async ({ page, site }) => {
	await open(page, site, PAGE);
	const id = (await markIds(page)).at(-1) ?? '';
	const title = (
		(await page.locator(`${svg} .tl-mark[data-event="${id}"] .tl-mark__title`).textContent()) ?? ''
	)
		.replace(/\s+/g, ' ')
		.trim();
	await page.goto('about:blank');
	await page.goto(`${site.url}${PAGE}#event=${encodeURIComponent(id)}`);
	await expect(page.locator(`${svg} .tl-mark[data-event="${id}"]`)).toHaveClass(/is-selected/);
	await expect(page.locator(`${chart} .tl-details h2`)).toHaveText(title);
	await expect(page.locator(`${svg} .tl-mark[data-event="${id}"]`)).toBeInViewport();
});

test('the list links to the chart and back', async ({ page, site }) => {
	await open(page, site, PAGE);
	const id = (await markIds(page)).at(-1) ?? '';
	const item = page.locator(`.tl-list li[id="event=${id}"]`);
	await item.getByRole('link', { name: 'Show on the chart' }).click();
	await expect(page.locator(`${svg} .tl-mark[data-event="${id}"]`)).toHaveClass(/is-selected/);
	expect(await focusedEvent(page)).toBe(id);
	await page
		.locator(`${chart} .tl-details`)
		.getByRole('link', { name: 'This event in the list below' })
		.click();
	await expect(item).toBeInViewport();

	// An order link in the list ("After …") stays in the list, and the chart follows it.
	const order = page.locator('.tl-list li a[href^="#event="]').first();
	const target = decodeURIComponent((await order.getAttribute('href')) ?? '').slice(
		'#event='.length,
	);
	await order.click();
	await expect(page.locator(`.tl-list li[id="event=${target}"]`)).toBeInViewport();
	await expect(page.locator(`${svg} .tl-mark[data-event="${target}"]`)).toHaveClass(/is-selected/);
});

test('the actor filter dims events without the actor and leaves them out of the arrow keys', async ({
	page,
	site,
}) => {
	await open(page, site, PAGE);
	const menu = page.locator(`${chart} [data-filter-actor]`);
	const actor = await menu.locator('option').nth(1).getAttribute('value');
	expect(actor).toBeTruthy();
	await menu.selectOption(actor ?? '');
	const expected = await page
		.locator(`${svg} .tl-mark`)
		.evaluateAll(
			(els, a) =>
				els
					.filter((el) => ((el as SVGGElement).dataset['actors'] ?? '').split(' ').includes(a))
					.map((el) => (el as SVGGElement).dataset['event']),
			actor ?? '',
		);
	const shown = await page
		.locator(`${svg} .tl-mark:not(.is-dimmed)`)
		.evaluateAll((els) => els.map((el) => (el as SVGGElement).dataset['event']));
	expect(shown).toEqual(expected);
	await expect(page.locator(`${chart} .tl-status`)).toContainText(`${expected.length} of`);
	await page.locator(`${markLinks}[tabindex="0"]`).focus();
	expect(await focusedEvent(page)).toBe(expected[0]);
	await page.keyboard.press('End');
	expect(await focusedEvent(page)).toBe(expected.at(-1));
	await menu.selectOption('');
	await expect(page.locator(`${chart} svg .tl-mark.is-dimmed`)).toHaveCount(0);
});

test('the phase menu dims the other phases, brings the phase into view, and leaves the rest out of the arrow keys', async ({
	page,
	site,
}) => {
	await open(page, site, PAGE);
	const menu = page.locator(`${chart} [data-filter-phase]`);
	const phase = (await menu.locator('option').last().getAttribute('value')) ?? '';
	expect(phase).not.toBe('');
	await menu.selectOption(phase);
	const others = page.locator(`${svg} .tl-mark:not([data-phase="${phase}"])`);
	for (const m of await others.all()) await expect(m).toHaveClass(/is-dimmed/);
	const first = page.locator(`${svg} .tl-mark[data-phase="${phase}"]`).first();
	await expect(first).not.toHaveClass(/is-dimmed/);
	await expect(first).toBeInViewport();
	await page.locator(`${markLinks}[tabindex="0"]`).focus();
	await page.keyboard.press('End');
	const focused = await focusedEvent(page);
	expect(
		await page.locator(`${svg} .tl-mark[data-event="${focused}"]`).getAttribute('data-phase'),
	).toBe(phase);
	await menu.selectOption('');
	await expect(page.locator(`${svg} .tl-mark.is-dimmed`)).toHaveCount(0);
});

for (const [pathname, label] of [
	[PAGE, 'page'],
	['embed/timeline/', 'embed'],
] as const)
	test(`at 375 px the ${label} shows a readable timeline: vertical, nothing sideways, text at size`, async ({
		page,
		site,
	}) => {
		await page.setViewportSize({ width: 375, height: 812 });
		await open(page, site, pathname);
		const report = await page.evaluate(() => {
			const root = document.documentElement;
			const svg = [...document.querySelectorAll<SVGSVGElement>('.tl svg.tl-svg')].find(
				(el) => el.getClientRects().length > 0,
			);
			if (!svg) return { error: 'no chart in view' };
			const box = svg.getBoundingClientRect();
			const titles = [...svg.querySelectorAll<SVGTextElement>('.tl-mark__title')].map((t) => ({
				rect: t.getBoundingClientRect(),
				size: parseFloat(getComputedStyle(t).fontSize) * (box.width / svg.viewBox.baseVal.width),
			}));
			const marks = [...svg.querySelectorAll<SVGGElement>('.tl-mark')].map((m) => {
				const c = m.querySelector('circle')?.getBoundingClientRect();
				return { y: c ? c.top : 0 };
			});
			let scrollers = 0;
			for (let el = svg.parentElement; el; el = el.parentElement)
				if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
					scrollers++;
			return {
				pageOverflow: root.scrollWidth - root.clientWidth,
				scrollers,
				variant: svg.dataset['variant'],
				chartLeft: box.left,
				chartRight: box.right,
				smallest: Math.min(...titles.map((t) => t.size)),
				outside: titles.filter((t) => t.rect.left < 0 || t.rect.right > root.clientWidth).length,
				tallerThanWide: box.height > box.width,
				descending: marks.every((m, i) => i === 0 || m.y >= (marks[i - 1]?.y ?? 0) - 1),
				firstMarkTop: marks[0]?.y ?? Infinity,
			};
		});
		expect(report).not.toHaveProperty('error');
		expect(report.variant).toBe('narrow');
		// Nothing scrolls sideways, not the page and not the chart.
		expect(report.pageOverflow).toBeLessThanOrEqual(0);
		expect(report.scrollers).toBe(0);
		expect(report.chartLeft).toBeGreaterThanOrEqual(0);
		expect(report.chartRight).toBeLessThanOrEqual(375);
		// Event titles render at 12 px or more, all inside the screen.
		expect(report.smallest).toBeGreaterThanOrEqual(12);
		expect(report.outside).toBe(0);
		// Time runs down a vertical spine.
		expect(report.tallerThanWide).toBe(true);
		expect(report.descending).toBe(true);
		if (label === 'embed') expect(report.firstMarkTop).toBeLessThan(812);
	});

test('at 1280 px the page shows the wide drawing, and its first phase in the first screen', async ({
	page,
	site,
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await open(page, site, PAGE);
	await expect(page.locator(`${chart} svg.tl-svg--wide`)).toBeVisible();
	await expect(page.locator(`${chart} svg.tl-svg--narrow`)).toBeHidden();
	await expect(page.locator(`${svg} .tl-mark`).first()).toBeInViewport();
});

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('marks do not animate', async ({ page, site }) => {
		await open(page, site, PAGE);
		const duration = await page
			.locator(`${chart} svg .tl-mark`)
			.first()
			.evaluate((el) => getComputedStyle(el).transitionDuration);
		// The site's reduced-motion rule shortens every transition to 0.01 ms.
		expect(parseFloat(duration)).toBeLessThan(0.001);
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });
		test('the timeline with an event selected has no WCAG 2.2 A/AA violation', async ({
			page,
			site,
		}) => {
			await open(page, site, PAGE);
			await page.locator(markLinks).first().click();
			await expect(page.locator(`${chart} .tl-details`)).toBeVisible();
			const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			const summary = results.violations.map(
				(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
			);
			expect(summary).toEqual([]);
		});
	});
}

test('an actor’s page shows the actor’s events; a mark opens the event on the timeline', async ({
	page,
	site,
}) => {
	await open(page, site, PAGE);
	const [id] = await markIds(page);
	const actor = (
		(await page.locator(`${svg} .tl-mark[data-event="${id}"]`).getAttribute('data-actors')) ?? ''
	).split(' ')[0];
	await open(page, site, `actors/${actor ?? ''}/`);
	const small = page.locator('#events ~ .tl, section[aria-labelledby="events"] .tl').first();
	await expect(small.locator('svg.tl-svg')).toBeVisible();
	await expect(page.locator('timeline-chart')).toHaveCount(0);
	const marks = await small
		.locator('.tl-mark')
		.evaluateAll((els) => els.map((el) => (el as SVGGElement).dataset['actors'] ?? ''));
	expect(marks.length).toBeGreaterThan(0);
	for (const actors of marks) expect(actors.split(' ')).toContain(actor);
	await small.locator(`.tl-mark[data-event="${id}"] a.tl-mark__link`).click();
	await expect(page).toHaveURL(new RegExp(`/timeline/#event=${id}$`));
	await expect(page.locator(`${svg} .tl-mark[data-event="${id}"]`)).toHaveClass(/is-selected/);
});
