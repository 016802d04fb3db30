import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentDir } from '../../src/content-io/collections';
import { readContent } from '../../src/content-io/read-content';
import { formatPartialDate } from '../../src/lib/time/dates';
import { createI18n } from '../../src/i18n';
import type { StoryInput } from '../../src/lib/content/types';
import { BASE, DIST } from '../support/paths';

const built = (page: string) => load(readFileSync(path.join(DIST, page, 'index.html'), 'utf8'));
const text = (s: string) => s.replace(/\s+/g, ' ').trim();
// The root edition is in the story's default language.
const i18n = createI18n(readContent(contentDir()).story?.site.data.lang ?? '');
const formatDate = (value: string) => formatPartialDate(value, i18n);

/**
 * EXPLAINER_AXIS_PENDING=1 marks a story whose to-scale band gets d3's default ticks, which fall
 * on dates no event states, until the dated axis of issue 12 item 2 lands. Remove it then.
 */
const AXIS_PENDING = process.env['EXPLAINER_AXIS_PENDING'] === '1';
if (AXIS_PENDING)
	console.warn(
		'timeline.test: skipping "writes only undisputed dates on the axis": EXPLAINER_AXIS_PENDING=1 (ticks at the band precision are issue 12 item 2, not yet in)',
	);

let story: StoryInput;
let $: CheerioAPI;
beforeAll(() => {
	const report = readContent(contentDir());
	if (!report.story) throw new Error('the content does not parse');
	story = report.story;
	$ = built('timeline');
});

describe('/timeline/ as built', () => {
	test('shows every event of the content in the chart and in the list', () => {
		const ids = story.events.map((e) => e.id).sort();
		const marks = $('svg.tl-svg .tl-mark')
			.toArray()
			.map((el) => $(el).attr('data-event'));
		const items = $('.tl-list li[id^="event="]')
			.toArray()
			.map((el) => $(el).attr('id')?.slice('event='.length));
		expect(marks.sort()).toEqual(ids);
		expect(items.sort()).toEqual(ids);
	});

	test('gives each event the date the report gives, at its precision, and no other', () => {
		for (const e of story.events) {
			const meta = text($(`svg .tl-mark[data-event="${e.id}"] .tl-mark__meta`).text());
			if (e.data.date === undefined)
				expect(meta, e.id).toBe(
					text(`${e.data.when ?? ''}${e.data.flags.includes('ongoing') ? ' · ongoing' : ''}`),
				);
			else expect(meta, e.id).toContain(formatDate(e.data.date));
		}
		const stated = new Set(story.events.flatMap((e) => (e.data.date ? [e.data.date] : [])));
		for (const el of $('main time[datetime]').toArray())
			expect(stated, `<time datetime="${$(el).attr('datetime')}">`).toContain(
				$(el).attr('datetime'),
			);
	});

	// Skipped only where the run says the story draws a dated band the axis cannot label yet
	// (issue 12 item 2: ticks at the band's precision); the reason is printed with the skip.
	test.skipIf(AXIS_PENDING)('writes only undisputed dates on the axis', () => {
		const undisputed = new Set(
			story.events.flatMap((e) =>
				e.data.date && !e.data.flags.includes('disputed') ? [e.data.date] : [],
			),
		);
		const ticks = $('svg .tl-tick text')
			.toArray()
			.map((el) => text($(el).text()));
		const allowed = new Set([...undisputed].map(formatDate));
		for (const t of ticks) expect(allowed, `axis label "${t}"`).toContain(t);
	});

	test('marks every disputed date with a symbol and words, linking to its note', () => {
		for (const e of story.events.filter((x) => x.data.flags.includes('disputed'))) {
			const mark = $(`svg .tl-mark[data-event="${e.id}"]`);
			expect(mark.find('path.tl-disputed'), e.id).toHaveLength(1);
			expect(text(mark.find('.tl-mark__meta').text())).toMatch(/as reported; disputed/);
			const href = mark.find('a.tl-note').attr('href') ?? '';
			expect(href).toBe(`${BASE}explainers/${e.data.note ?? ''}/`);
			expect(existsSync(path.join(DIST, href.slice(BASE.length), 'index.html'))).toBe(true);
			const item = $(`li[id="event=${e.id}"]`);
			expect(text(item.find('.flag-disputed').text())).toMatch(/disputed/);
		}
	});

	test('keeps chart furniture and the event list out of the page record (events have their own)', () => {
		expect($('timeline-chart').attr('data-pagefind-ignore')).toBe('all');
		expect($('.tl-list').attr('data-pagefind-ignore')).toBe('all');
		expect($('main').attr('data-pagefind-body')).toBeDefined();
	});
});

describe('actor pages', () => {
	test('show each actor’s events on a timeline without loading the timeline script', () => {
		for (const actor of story.actors) {
			const page = built(`actors/${actor.id}`);
			const own = story.events.filter((e) => e.data.actors.includes(actor.id)).map((e) => e.id);
			const marks = page('svg.tl-svg .tl-mark')
				.toArray()
				.map((el) => page(el).attr('data-event'));
			expect(marks.sort(), actor.id).toEqual(own.sort());
			expect(page('timeline-chart, script[src*="TimelineScript"]'), actor.id).toHaveLength(0);
		}
	});
});
