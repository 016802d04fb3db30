import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { createSyntheticGraph, writeSyntheticStory } from '../../scripts/bench/synthetic-graph.mjs';
import { contentDir } from '../../src/content-io/collections';
import { readContent } from '../../src/content-io/read-content';
import { createI18n } from '../../src/i18n';
import { buildStory } from '../../src/lib/content/story';
import { describeEdge } from '../../src/lib/network/graph';
import { BASE } from '../support/paths';
import { serveStatic, type StaticServer } from '../support/server';
import { test as base, expect, open } from './fixtures';

/**
 * The relationship map in a browser. Tests on `site` use the real story through what the
 * page shows (no content ids); tests on `fixtureSite` use a generated story of 15 actors and
 * 36 relations with every shape, several types and sourcings, built once per worker.
 */
const test = base.extend<object, { fixtureSite: StaticServer }>({
	fixtureSite: [
		// Playwright reads fixture dependencies from the destructuring pattern: it must be one.
		async ({}, use) => {
			const server = await serveStatic(await buildFixtureSite(), { base: BASE });
			await use(server);
			await server.close();
		},
		{ scope: 'worker', timeout: 180_000 },
	],
});

/**
 * Builds the generated story once per test run (workers share the runner as parent process)
 * and returns its dist folder. The content folder keeps one path across runs: Astro caches
 * entries by id and content in `.astro/`, and an entry whose folder moved would keep its old
 * path. A lock folder keeps two workers from building at once.
 */
async function buildFixtureSite(): Promise<string> {
	const root = path.join(tmpdir(), 'explainer-network-fixture');
	const dist = path.join(root, `dist-${process.ppid}`);
	const done = path.join(dist, '.built');
	const lock = path.join(root, `lock-${process.ppid}`);
	mkdirSync(root, { recursive: true });
	for (;;) {
		if (existsSync(done)) return dist;
		try {
			mkdirSync(lock);
			break;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	}
	try {
		if (existsSync(done)) return dist;
		for (const name of readdirSync(root))
			if (name.startsWith('dist-')) rmSync(path.join(root, name), { recursive: true, force: true });
		const content = path.join(root, 'content');
		rmSync(content, { recursive: true, force: true });
		writeSyntheticStory(content, createSyntheticGraph({ actors: 15, relations: 36, seed: 5 }));
		// The whole build, search index and offline worker included, as `npm run build` makes it.
		const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
			env: { ...process.env, EXPLAINER_CONTENT_DIR: content, DIST_DIR: dist },
			encoding: 'utf8',
		});
		if (build.status !== 0)
			throw new Error(`fixture build failed:\n${build.stdout}${build.stderr}`);
		writeFileSync(done, '');
		return dist;
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}

/** For pages whose failed requests the browser logs as console errors, on purpose. */
const lenient = test.extend<{ failOnConsoleErrors: void }>({
	failOnConsoleErrors: async ({}, use) => {
		await use();
	},
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const chart = (page: Page) => page.locator('network-chart').first();
const panel = (page: Page) => chart(page).locator('[data-network-panel]');
const enhanced = async (page: Page) => {
	await expect(chart(page)).toHaveAttribute('data-enhanced', '');
};

/**
 * Opens the map enhanced and scrolled into view; returns its canvas, its box and a point well
 * inside both the canvas and the window, for the pointer.
 */
async function openForPointer(page: Page, site: StaticServer) {
	await open(page, site, 'network/');
	await enhanced(page);
	const canvas = chart(page).locator('.network__canvas');
	await canvas.evaluate((e) => {
		e.scrollIntoView();
	});
	const box = await canvas.boundingBox();
	if (!box) throw new Error('no canvas');
	return { canvas, box, x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 250) };
}

/** The map's actors by the distance of their glyph's centre on screen from `p`, nearest first. */
async function actorsNear(page: Page, p: { x: number; y: number }) {
	return chart(page)
		.locator('[data-node] .network__shape')
		.evaluateAll(
			(shapes, from) =>
				shapes
					.map((e) => {
						const r = e.getBoundingClientRect();
						const x = r.x + r.width / 2;
						const y = r.y + r.height / 2;
						const id = e.closest<SVGElement>('[data-node]')?.dataset['node'] ?? '';
						return { id, x, y, d: Math.hypot(x - from.x, y - from.y) };
					})
					.sort((a, b) => a.d - b.d),
			p,
		);
}

/** The ids of a node's neighbours, read from the edges drawn on the page. */
async function neighboursOf(page: Page, id: string): Promise<string[]> {
	return chart(page)
		.locator('[data-edge]')
		.evaluateAll(
			(edges, node) =>
				edges.flatMap((e) => {
					const { source, target } = (e as SVGElement).dataset;
					return source === node ? [target ?? ''] : target === node ? [source ?? ''] : [];
				}),
			id,
		);
}

/** Screen boxes of the labels the reader can see, to check none overlaps another. */
async function visibleLabelBoxes(scope: Locator) {
	return scope.locator('.network__label').evaluateAll((labels) =>
		labels
			.filter((l) => getComputedStyle(l).display !== 'none')
			.map((l) => {
				const r = l.getBoundingClientRect();
				return { text: l.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
			}),
	);
}

function overlapping(
	boxes: { text: string | null; x0: number; y0: number; x1: number; y1: number }[],
) {
	const pairs: string[] = [];
	boxes.forEach((a, i) => {
		for (const b of boxes.slice(i + 1))
			if (a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1)
				pairs.push(`${a.text} × ${b.text}`);
	});
	return pairs;
}

test.describe('on the real story', () => {
	test('without JavaScript the map shows every actor and tie, and the twin lists every tie', async ({
		browser,
		site,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await open(page, site, 'network/');
		const nodes = page.locator('.network__node');
		const count = await nodes.count();
		expect(count).toBeGreaterThan(0);
		for (let i = 0; i < count; i++) {
			const box = await nodes.nth(i).boundingBox();
			expect(box?.width, `node ${i} is drawn`).toBeGreaterThan(4);
		}
		const edges = await page.locator('.network__edge').count();
		await expect(page.locator('.network-twin [id^="relation-"]')).toHaveCount(edges);
		await expect(page.locator('[data-network-toolbar]')).toBeHidden();
		await context.close();
	});

	test('selecting a node opens its claims with source paragraphs, and sets the deep link', async ({
		page,
		site,
	}) => {
		await open(page, site, 'network/');
		await enhanced(page);
		const node = chart(page).locator('[data-node]').first();
		const id = await node.getAttribute('data-node');
		await node.locator('.network__shape').click();
		await expect(panel(page)).toBeVisible();
		await expect(node).toHaveAttribute('aria-pressed', 'true');
		await expect(panel(page).locator('[data-claim]').first()).toBeVisible();
		await expect(panel(page).locator('a[href*="#p"]').first()).toBeVisible();
		expect(new URL(page.url()).hash).toBe(`#focus=${id}`);
		// The panel is named by its title.
		await expect(panel(page)).toHaveAccessibleName(
			(await node.getAttribute('aria-label'))?.split(',')[0] ?? '',
		);

		await page.keyboard.press('Escape');
		await expect(panel(page)).toBeHidden();
		expect(new URL(page.url()).hash).toBe('');
	});

	test('each tie is named from its twin row as the server words it, sourcing included', async ({
		page,
		site,
	}) => {
		const { story: input } = readContent(contentDir());
		if (!input) throw new Error('the content does not parse');
		const story = buildStory(input);
		const i18n = createI18n(story.lang);
		const nameOf = (id: string) => story.actors.get(id)?.data.name ?? id;
		await open(page, site, 'network/');
		await enhanced(page);
		const names = Object.fromEntries(
			await chart(page)
				.locator('[data-edge]')
				.evaluateAll((edges) =>
					edges.map((e) => [(e as SVGElement).dataset['edge'], e.getAttribute('aria-label')]),
				),
		) as Record<string, string>;
		const expected = Object.fromEntries(
			[...story.relations.values()].map((r) => [
				r.id,
				describeEdge({ ...r.data, attributions: story.attributionsOf(r.data) }, nameOf, i18n),
			]),
		);
		expect(names).toEqual(expected);
	});

	test('a #focus=<id> link restores the selection on load', async ({ page, site }) => {
		await open(page, site, 'network/');
		const id = await chart(page).locator('[data-node]').last().getAttribute('data-node');
		await page.goto(`${site.url}network/#focus=${id}`);
		await enhanced(page);
		await expect(chart(page).locator(`[data-node="${id}"]`)).toHaveAttribute(
			'aria-pressed',
			'true',
		);
		await expect(panel(page)).toBeVisible();
		await expect(chart(page)).toHaveAttribute('data-highlight', '');
	});

	for (const scheme of ['light', 'dark'] as const)
		test(`axe finds no WCAG 2.2 A/AA violation with the panel open (${scheme})`, async ({
			page,
			site,
		}) => {
			await page.emulateMedia({ colorScheme: scheme });
			await open(page, site, 'network/');
			await enhanced(page);
			await chart(page).locator('[data-node] .network__shape').first().click();
			await expect(panel(page)).toBeVisible();
			const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			expect(
				results.violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
				),
			).toEqual([]);
		});

	test('an actor page’s neighbourhood map opens details without touching the URL', async ({
		page,
		site,
	}) => {
		await open(page, site, 'network/');
		const href = await page
			.locator('.network__node')
			.evaluateAll(
				(nodes) =>
					nodes
						.filter(
							(n) =>
								(n as SVGElement).dataset['node'] &&
								!n.getAttribute('aria-label')?.endsWith('no relations'),
						)
						.map((n) => n.getAttribute('href'))[0],
			);
		expect(href).toBeTruthy();
		await page.goto(new URL(href ?? '', site.origin).href);
		await enhanced(page);
		await chart(page).locator('.network__node--focal .network__shape').click();
		await expect(panel(page)).toBeVisible();
		expect(new URL(page.url()).hash).toBe('');
	});

	test('an actor page puts its key facts and neighbourhood map beside the text at 1280 px, and below the summary on a phone', async ({
		page,
		site,
	}) => {
		await open(page, site, 'network/');
		const href = await page
			.locator('[data-node]')
			.evaluateAll(
				(nodes) =>
					nodes
						.filter((n) => !n.getAttribute('aria-label')?.endsWith('no relations'))
						.map((n) => n.getAttribute('href'))[0],
			);
		const url = new URL(href ?? '', site.origin).href;
		const boxes = async () => {
			const box = async (selector: string) => {
				const b = await page.locator(selector).first().boundingBox();
				if (!b) throw new Error(`${selector} is not drawn`);
				return b;
			};
			return {
				text: await box('.actor__intro'),
				relations: await box('#relations'),
				facts: await box('.actor__facts'),
				map: await box('.actor__aside .network__canvas'),
			};
		};
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(url);
		const wide = await boxes();
		// Beside: the facts and the map start right of the text, and both are in the first screen.
		expect(wide.facts.x).toBeGreaterThanOrEqual(wide.text.x + wide.text.width);
		expect(wide.map.x).toBeGreaterThanOrEqual(wide.relations.x + wide.relations.width);
		expect(wide.map.y).toBeLessThan(900);
		expect(wide.facts.y).toBeLessThan(wide.text.y + wide.text.height);
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(url);
		const narrow = await boxes();
		// Stacked: summary, then facts and map, then the relations list, in one column.
		expect(narrow.facts.y).toBeGreaterThanOrEqual(narrow.text.y + narrow.text.height);
		expect(narrow.map.y).toBeGreaterThan(narrow.facts.y);
		expect(narrow.relations.y).toBeGreaterThan(narrow.map.y);
		expect(Math.abs(narrow.map.x - narrow.text.x)).toBeLessThan(24);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('the map fits a 320 px screen, with glyphs at a readable size', async ({ page, site }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await open(page, site, 'network/');
		await enhanced(page);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		const box = await chart(page).locator('.network__shape').first().boundingBox();
		expect(box?.width).toBeGreaterThanOrEqual(10);
		expect(overlapping(await visibleLabelBoxes(chart(page)))).toEqual([]);
	});
});

test.describe('on a generated story', () => {
	test.describe.configure({ mode: 'default' });

	test('no two visible labels overlap at phone, tablet and desktop widths, with or without JavaScript', async ({
		browser,
		fixtureSite,
	}) => {
		for (const javaScriptEnabled of [false, true])
			for (const width of [320, 768, 1280]) {
				const context = await browser.newContext({
					javaScriptEnabled,
					viewport: { width, height: 900 },
				});
				const page = await context.newPage();
				await open(page, fixtureSite, 'network/');
				if (javaScriptEnabled) await enhanced(page);
				const boxes = await visibleLabelBoxes(page.locator('.network').first());
				expect(boxes.length, `labels shown at ${width} px`).toBeGreaterThan(0);
				expect(overlapping(boxes), `${width} px, JavaScript ${javaScriptEnabled}`).toEqual([]);
				await context.close();
			}
	});

	test('hovering an actor highlights its neighbourhood and fades the rest', async ({
		page,
		fixtureSite,
	}) => {
		await open(page, fixtureSite, 'network/');
		await enhanced(page);
		const node = chart(page).locator('[data-node]').first();
		const id = (await node.getAttribute('data-node')) ?? '';
		const neighbours = await neighboursOf(page, id);
		await node.locator('.network__shape').hover();
		await expect(chart(page)).toHaveAttribute('data-highlight', '');
		const near = await chart(page)
			.locator('[data-node].is-near')
			.evaluateAll((els) => els.map((e) => (e as SVGElement).dataset['node']));
		expect(near.sort()).toEqual([...new Set([id, ...neighbours])].sort());
		// The neighbourhood is drawn again above the veil that fades the rest.
		await expect(chart(page).locator('.network__veil')).toBeVisible();
		await expect(chart(page).locator('.network__lift .network__node')).toHaveCount(near.length);
		// A faded actor in view, to compare what the reader sees with and without the highlight.
		const box = await chart(page)
			.locator('[data-node]:not(.is-near) .network__shape')
			.evaluateAll((shapes) =>
				shapes
					.map((e) => e.getBoundingClientRect())
					.map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }))
					.find((r) => r.y > 0 && r.y + r.height < innerHeight && r.width > 4),
			);
		if (!box) throw new Error('no faded node in view');
		const pixels = () => page.screenshot({ clip: box });
		const highlighted = await pixels();
		await page.mouse.move(1, 1);
		await expect(chart(page)).not.toHaveAttribute('data-highlight');
		await expect(chart(page).locator('.network__veil')).toBeHidden();
		await expect(chart(page).locator('.network__lift .network__node')).toHaveCount(0);
		expect((await pixels()).equals(highlighted), 'the faded node looks different').toBe(false);
	});

	test('hovering an actor names it: without JavaScript on the map, with it only in the preview above the veil', async ({
		browser,
		fixtureSite,
	}) => {
		for (const javaScriptEnabled of [false, true]) {
			const context = await browser.newContext({
				javaScriptEnabled,
				viewport: { width: 375, height: 900 },
			});
			const page = await context.newPage();
			await open(page, fixtureSite, 'network/');
			if (javaScriptEnabled) await enhanced(page);
			// An actor whose name the full view holds back, at a width where some are held back.
			const id = await chart(page)
				.locator('[data-node]')
				.evaluateAll(
					(els) =>
						els
							.map((e) => e as SVGElement)
							.find((e) => {
								const text = e.querySelector('.network__label');
								return text && getComputedStyle(text).display === 'none';
							})?.dataset['node'],
				);
			expect(id, `a held-back name, JavaScript ${javaScriptEnabled}`).toBeTruthy();
			const node = chart(page).locator(`[data-node="${id}"]`);
			const label = node.locator('.network__label');
			await expect(label).toBeHidden();
			/** Every computed style of the actor and of everything in it. */
			const styles = () =>
				node.evaluate((el) =>
					[el, ...el.querySelectorAll('*')].map((e) => {
						const style = getComputedStyle(e);
						return [...style].map((name) => `${name}: ${style.getPropertyValue(name)}`);
					}),
				);
			const before = await styles();
			await node.locator('.network__shape').hover();
			if (javaScriptEnabled) {
				// The map's own label stays as it was: showing it would lay the drawing out again.
				await expect(chart(page)).toHaveAttribute('data-highlight', '');
				await expect(label).toBeHidden();
				// Nothing of the actor's own style changes as the pointer meets it.
				expect(await styles()).toEqual(before);
				await expect(chart(page).locator('.network__lift .is-named .network__label')).toBeVisible();
			} else {
				await expect(label).toBeVisible();
			}
			await context.close();
		}
	});

	test('keyboard: the canvas zooms and pans, arrows move between connected actors, Enter and Escape', async ({
		page,
		fixtureSite,
	}) => {
		await open(page, fixtureSite, 'network/');
		await enhanced(page);
		const canvas = chart(page).locator('.network__canvas');
		const viewport = chart(page).locator('[data-network-viewport]');
		await canvas.focus();
		await expect(canvas).toBeFocused();
		await page.keyboard.press('+');
		await expect(viewport).toHaveAttribute('transform', /scale\(1\.41/);
		const zoomed = await viewport.getAttribute('transform');
		await page.keyboard.press('ArrowRight');
		await expect(viewport).not.toHaveAttribute('transform', zoomed ?? '');
		await page.keyboard.press('0');
		await expect(viewport).toHaveAttribute('transform', /scale\(1\.0000\)/);

		// One tab stop for the actors: the most connected first.
		await page.keyboard.press('Tab');
		const first = chart(page).locator('[data-node]').first();
		await expect(first).toBeFocused();
		const id = (await first.getAttribute('data-node')) ?? '';
		const neighbours = await neighboursOf(page, id);
		let moved: string | undefined;
		for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown']) {
			await first.focus();
			await page.keyboard.press(key);
			const now = await page.evaluate(
				() => (document.activeElement as SVGElement | null)?.dataset['node'],
			);
			if (now !== id) {
				moved = now;
				break;
			}
		}
		expect(neighbours).toContain(moved);
		await page.keyboard.press('Enter');
		await expect(chart(page).locator(`[data-node="${moved}"]`)).toHaveAttribute(
			'aria-pressed',
			'true',
		);
		await expect(panel(page)).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(panel(page)).toBeHidden();
		// Keys pressed outside the chart never drive it.
		await page.locator('h1').click();
		await page.keyboard.press('+');
		await expect(viewport).toHaveAttribute('transform', /scale\(1\.0000\)/);
	});

	test('Ctrl + wheel zooms at the pointer, a drag pans without selecting, a plain wheel scrolls the page', async ({
		page,
		fixtureSite,
	}) => {
		const { canvas, box, x, y } = await openForPointer(page, fixtureSite);
		const viewport = chart(page).locator('[data-network-viewport]');
		// Playwright's wheel carries no modifier keys, so the event is built here.
		await canvas.dispatchEvent('wheel', {
			ctrlKey: true,
			deltaY: -400,
			clientX: x,
			clientY: y,
			cancelable: true,
			bubbles: true,
		});
		await expect(chart(page)).toHaveAttribute('data-zoomed', '');
		const zoomed = (await viewport.getAttribute('transform')) ?? '';
		// The map point under the pointer stays under it: k · p + t = p, in the SVG's units.
		const [tx, ty, k] = (zoomed.match(/-?[\d.]+/g) ?? []).map(Number);
		const p = { x: ((x - box.x) * 960) / box.width, y: ((y - box.y) * 960) / box.width };
		expect(Math.abs((k ?? 1) * p.x + (tx ?? 0) - p.x)).toBeLessThan(1);
		expect(Math.abs((k ?? 1) * p.y + (ty ?? 0) - p.y)).toBeLessThan(1);

		// Pressed over a node or not, a drag moves the map and selects nothing.
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x - 120, y - 60, { steps: 6 });
		await page.mouse.up();
		await expect(viewport).not.toHaveAttribute('transform', zoomed);
		await expect(panel(page)).toBeHidden();

		const moved = (await viewport.getAttribute('transform')) ?? '';
		const scrolled = await page.evaluate(() => window.scrollY);
		await page.mouse.wheel(0, 300);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
		await expect(viewport).toHaveAttribute('transform', moved);
	});

	test('a wheel gesture moves the drawing as it is, and the map is drawn at the new zoom once it pauses', async ({
		page,
		fixtureSite,
	}) => {
		const { x, y } = await openForPointer(page, fixtureSite);
		// A node away from the pointer: where it goes tests the whole transform, not its fixed point.
		// Its origin on screen, through every transform, the stage's CSS one included.
		const origin = (e: Element) => {
			const m = (e as SVGGraphicsElement).getScreenCTM();
			return { x: m?.e ?? NaN, y: m?.f ?? NaN };
		};
		const id = (await actorsNear(page, { x, y })).find((n) => n.d > 40 && n.d < 160)?.id;
		expect(id).toBeTruthy();
		const node = chart(page).locator(`[data-node="${id}"]`);
		const placed = await node.getAttribute('transform');
		const during = await page.evaluate(
			({ x, y, id }) => {
				const svg = document.querySelector('network-chart .network__canvas');
				if (!svg) throw new Error('no canvas');
				for (let i = 0; i < 3; i++)
					svg.dispatchEvent(
						new WheelEvent('wheel', {
							ctrlKey: true,
							deltaY: -100,
							clientX: x,
							clientY: y,
							cancelable: true,
							bubbles: true,
						}),
					);
				const el = svg.querySelector<SVGGraphicsElement>(`[data-node="${id}"]`);
				const m = el?.getScreenCTM();
				return {
					css: (svg.parentElement as HTMLElement).style.transform,
					placed: el?.getAttribute('transform'),
					at: { x: m?.e ?? NaN, y: m?.f ?? NaN },
				};
			},
			{ x, y, id },
		);
		// During the gesture: the drawing is scaled as a whole; no node has moved.
		expect(during.css).toMatch(/scale\(1\.51/);
		expect(during.placed).toBe(placed);
		// Once it pauses: drawn at the new zoom, untransformed, the node where it was shown.
		await expect(chart(page).locator('.network__stage')).not.toHaveAttribute('style', /transform/);
		await expect(chart(page).locator('[data-network-viewport]')).toHaveAttribute(
			'transform',
			/scale\(1\.51/,
		);
		expect(await node.getAttribute('transform')).not.toBe(placed);
		const after = await node.evaluate(origin);
		expect(Math.abs(after.x - during.at.x)).toBeLessThan(0.5);
		expect(Math.abs(after.y - during.at.y)).toBeLessThan(0.5);
	});

	test('under a still pointer a wheel gesture changes no preview, even once the map is drawn again; the first move previews what is under the pointer', async ({
		page,
		fixtureSite,
	}) => {
		const { x, y } = await openForPointer(page, fixtureSite);
		// The actor nearest the canvas's middle, and a point just beside its centre: zooming in
		// at that point slides the actor out from under it.
		const [a] = await actorsNear(page, { x, y });
		if (!a) throw new Error('no actor on the map');
		const near = () =>
			chart(page)
				.locator('[data-node].is-near')
				.evaluateAll((els) => els.map((e) => (e as SVGElement).dataset['node'] ?? '').sort());
		/** An actor and its neighbours: what previewing it highlights. */
		const around = async (id: string) =>
			[...new Set([id, ...(await neighboursOf(page, id))])].sort();
		/** The actor under a point, as the browser hit-tests it now. */
		const under = (p: { x: number; y: number }) =>
			page.evaluate(
				(q) =>
					document.elementFromPoint(q.x, q.y)?.closest<SVGElement>('network-chart [data-node]')
						?.dataset['node'],
				p,
			);
		const at = { x: a.x + 6, y: a.y };
		await page.mouse.move(at.x, at.y);
		await expect(chart(page)).toHaveAttribute('data-highlight', '');
		expect(await near()).toEqual(await around(a.id));

		await page.keyboard.down('Control');
		for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -150);
		await page.keyboard.up('Control');
		// Drawn at the new zoom: the stage carries no gesture transform any more.
		await expect(chart(page).locator('[data-network-viewport]')).not.toHaveAttribute(
			'transform',
			/scale\(1\.0000\)/,
		);
		await expect(chart(page).locator('.network__stage')).not.toHaveAttribute('style', /transform/);
		expect(await under(at), 'the actor was slid out from under the pointer').not.toBe(a.id);
		// Still the actor the pointer met, though the pointer is no longer over it.
		await page.waitForTimeout(300);
		await expect(chart(page)).toHaveAttribute('data-highlight', '');
		expect(await near()).toEqual(await around(a.id));

		// The first move previews whatever is under the pointer now, or nothing.
		const next = { x: at.x + 1, y: at.y };
		await page.mouse.move(next.x, next.y);
		const now = await under(next);
		if (now) {
			await expect.poll(near).toEqual(await around(now));
		} else {
			await expect(chart(page)).not.toHaveAttribute('data-highlight');
			expect(await near()).toEqual([]);
		}
	});

	test('touch: two fingers pinch to zoom, one finger pans once zoomed and selects nothing', async ({
		browser,
		fixtureSite,
	}) => {
		const context = await browser.newContext({
			viewport: { width: 400, height: 800 },
			hasTouch: true,
			isMobile: true,
		});
		const page = await context.newPage();
		await open(page, fixtureSite, 'network/');
		await enhanced(page);
		const canvas = chart(page).locator('.network__canvas');
		const viewport = chart(page).locator('[data-network-viewport]');
		await canvas.evaluate((e) => {
			e.scrollIntoView();
		});
		const box = await canvas.boundingBox();
		if (!box) throw new Error('no canvas');
		const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
		// Before zooming, one finger scrolls the page: the browser keeps single-finger pans.
		expect(await canvas.evaluate((e) => getComputedStyle(e).touchAction)).toBe('pan-x pan-y');
		const cdp = await context.newCDPSession(page);
		const touch = async (
			type: 'touchStart' | 'touchMove' | 'touchEnd',
			points: { x: number; y: number }[],
			first: number,
		) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: points.map((p, i) => ({ ...p, id: first + i })),
			});
		await touch(
			'touchStart',
			[
				{ x: x - 20, y },
				{ x: x + 20, y },
			],
			1,
		);
		for (let d = 30; d <= 60; d += 10)
			await touch(
				'touchMove',
				[
					{ x: x - d, y },
					{ x: x + d, y },
				],
				1,
			);
		await touch('touchEnd', [], 1);
		await expect(viewport).toHaveAttribute('transform', /scale\(3\.0000\)/);
		expect(await canvas.evaluate((e) => getComputedStyle(e).touchAction)).toBe('none');

		const pinched = (await viewport.getAttribute('transform')) ?? '';
		await touch('touchStart', [{ x, y }], 3);
		for (let d = 10; d <= 60; d += 10) await touch('touchMove', [{ x: x - d, y: y - d / 2 }], 3);
		await touch('touchEnd', [], 3);
		await expect(viewport).not.toHaveAttribute('transform', pinched);
		await expect(viewport).toHaveAttribute('transform', /scale\(3\.0000\)/);
		await expect(panel(page)).toBeHidden();
		await context.close();
	});

	test('zooming in reveals labels held back at the full view', async ({ page, fixtureSite }) => {
		await page.setViewportSize({ width: 480, height: 900 });
		await open(page, fixtureSite, 'network/');
		await enhanced(page);
		const before = (await visibleLabelBoxes(chart(page))).length;
		const zoomIn = chart(page).locator('[data-zoom="in"]');
		for (let i = 0; i < 4; i++) await zoomIn.click();
		const after = await chart(page).locator('.network__label.is-shown').count();
		expect(after).toBeGreaterThan(before);
		await chart(page).locator('[data-zoom="reset"]').click();
		await expect(chart(page).locator('[data-network-viewport]')).toHaveAttribute(
			'transform',
			/scale\(1\.0000\)/,
		);
	});

	test('filters by relation type and by sourcing hide ties and say how many remain', async ({
		page,
		fixtureSite,
	}) => {
		await open(page, fixtureSite, 'network/');
		await enhanced(page);
		const total = await chart(page).locator('[data-edge]').count();
		// Folded at first, so the filters never push the map down.
		const type = chart(page).locator('[data-filter="type"] input').first();
		await expect(type).toBeHidden();
		await chart(page).getByText('Filter the ties').click();
		const value = (await type.getAttribute('value')) ?? '';
		const ofType = await chart(page).locator(`[data-edge][data-type="${value}"]`).count();
		await type.uncheck();
		await expect(chart(page).locator(`[data-edge][data-type="${value}"]`).first()).toBeHidden();
		await expect(chart(page).locator('.network__edge.is-filtered')).toHaveCount(ofType);
		await expect(chart(page).locator('[data-network-status]')).toHaveText(
			`Showing ${total - ofType} of ${total} relations.`,
		);
		const sourcing = chart(page).locator('[data-filter="attribution"] input').first();
		const kind = (await sourcing.getAttribute('value')) ?? '';
		await sourcing.uncheck();
		// A tie with mixed sourcing stays while any of its attributions is ticked.
		const hidden = await chart(page)
			.locator('[data-edge]')
			.evaluateAll(
				(edges, [t, k]) =>
					edges.filter(
						(e) =>
							(e as SVGElement).dataset['type'] === t ||
							((e as SVGElement).dataset['attributions'] ?? '').split(' ').every((a) => a === k),
					).length,
				[value, kind],
			);
		await expect(chart(page).locator('.network__edge.is-filtered')).toHaveCount(hidden);
		await type.check();
		await sourcing.check();
		await expect(chart(page).locator('.network__edge.is-filtered')).toHaveCount(0);
	});

	test('a twin row selects its tie on the map, and the panel links back to the row', async ({
		page,
		fixtureSite,
	}) => {
		await open(page, fixtureSite, 'network/');
		await enhanced(page);
		const row = page.locator('.network-twin [id^="relation-"]').nth(3);
		const id = ((await row.getAttribute('id')) ?? '').replace(/^relation-/, '');
		await row.locator('a[href^="#edge="]').click();
		const edge = chart(page).locator(`[data-edge="${id}"]`);
		await expect(edge).toHaveAttribute('aria-pressed', 'true');
		await expect(edge).toBeFocused();
		await expect(panel(page).locator('[data-claim]').first()).toBeVisible();
		expect(new URL(page.url()).hash).toBe(`#edge=${id}`);
		await panel(page).locator(`a[href="#relation-${id}"]`).click();
		await expect(row).toBeInViewport();
		// From a tie, the panel moves on to either actor.
		await edge.dispatchEvent('click');
		await panel(page).locator('[data-select-node]').first().click();
		await expect(chart(page).locator('[data-node].is-selected')).toHaveCount(1);
		await expect(panel(page).locator('[data-select-edge]').first()).toBeVisible();
	});

	test('axe finds no violation on the generated map with a tie’s panel open', async ({
		page,
		fixtureSite,
	}) => {
		await open(page, fixtureSite, 'network/');
		await enhanced(page);
		await chart(page).locator('[data-edge]').first().dispatchEvent('click');
		await expect(panel(page)).toBeVisible();
		const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
		expect(
			results.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
			),
		).toEqual([]);
	});

	test('the details file is fetched once, when a reader first opens a detail', async ({
		page,
		fixtureSite,
	}) => {
		const fetched: string[] = [];
		// The page's own requests (the service worker's fetch on its behalf is the same one).
		page.context().on('request', (request) => {
			if (request.url().endsWith('/details.json') && !request.serviceWorker())
				fetched.push(request.url());
		});
		await open(page, fixtureSite, 'network/');
		await enhanced(page);
		// Hovering, zooming and filtering need no details.
		const node = chart(page).locator('[data-node]').first();
		await node.locator('.network__shape').hover();
		await chart(page).locator('[data-zoom="in"]').click();
		await chart(page).locator('[data-zoom="reset"]').click();
		expect(fetched).toEqual([]);

		await node.locator('.network__shape').click();
		await expect(panel(page).locator('[data-claim]').first()).toBeVisible();
		await chart(page).locator('[data-edge]').first().dispatchEvent('click');
		await expect(panel(page).locator('[data-select-node]').first()).toBeVisible();
		expect(fetched).toEqual([`${fixtureSite.url}embed/network/details.json`]);
	});

	test('a detail opened once online opens offline too, from the service worker’s cache', async ({
		page,
	}) => {
		const server = await serveStatic(await buildFixtureSite(), { base: BASE });
		try {
			await page.goto(`${server.url}network/`);
			await page.evaluate(async () => {
				await navigator.serviceWorker.ready;
			});
			// Reloaded, the page is the worker's: its fetches go through it.
			await page.reload();
			await expect
				.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
				.toBe(true);
			await enhanced(page);
			await chart(page).locator('[data-node] .network__shape').first().click();
			await expect(panel(page).locator('[data-claim]').first()).toBeVisible();
		} finally {
			await server.close();
		}
		await page.reload();
		await enhanced(page);
		await chart(page).locator('[data-edge]').last().dispatchEvent('click');
		await expect(panel(page).locator('[data-claim]').first()).toBeVisible();
	});

	test('with reduced motion nothing on the map animates', async ({ browser, fixtureSite }) => {
		const context = await browser.newContext({ reducedMotion: 'reduce' });
		const page = await context.newPage();
		await open(page, fixtureSite, 'network/');
		await enhanced(page);
		const durations = await chart(page)
			.locator('.network__node, .network__edge')
			.evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).transitionDuration))]);
		expect(durations.every((d) => parseFloat(d) < 0.01)).toBe(true);
		await context.close();
	});
});

lenient(
	'when the details file cannot be read, the panel says so and links to the same details',
	async ({ browser, site }) => {
		// No service worker: its fetches would pass by the route that fails the file.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.route('**/details.json', (route) => route.fulfill({ status: 503, body: '' }));
		await open(page, site, 'network/');
		await enhanced(page);
		const node = chart(page).locator('[data-node]').first();
		await node.locator('.network__shape').click();
		await expect(panel(page)).toContainText('The details could not be loaded');
		await expect(panel(page).locator('a')).toHaveAttribute(
			'href',
			(await node.getAttribute('href')) ?? '',
		);
		// A tie's details are in its twin row, which the panel links to.
		const edge = chart(page).locator('[data-edge]').first();
		await edge.dispatchEvent('click');
		const id = (await edge.getAttribute('data-edge')) ?? '';
		await expect(panel(page).locator('a')).toHaveAttribute('href', `#relation-${id}`);
		// Once the file can be read, the next selection shows it.
		await page.unroute('**/details.json');
		await node.locator('.network__shape').click();
		await expect(panel(page).locator('[data-claim]').first()).toBeVisible();
		await context.close();
	},
);
