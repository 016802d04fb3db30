import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentDir } from '../../src/content-io/collections';
import { readContent } from '../../src/content-io/read-content';
import { createI18n, type I18n, type MessageKey } from '../../src/i18n';
import { dateInterval, formatPartialDate, formatShortDate } from '../../src/lib/time/dates';
import type { StoryInput } from '../../src/lib/content/types';
import { BASE, DIST } from '../support/paths';

const built = (page: string) => load(readFileSync(path.join(DIST, page, 'index.html'), 'utf8'));
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

let story: StoryInput;
let i18n: I18n;
let $: CheerioAPI;
let embed: CheerioAPI;
beforeAll(() => {
	const report = readContent(contentDir());
	if (!report.story) throw new Error('the content does not parse');
	story = report.story;
	// The root edition is in the story's default language.
	i18n = createI18n(story.site.data.lang);
	$ = built('timeline');
	embed = built('embed/timeline');
});

const undisputedDate = (e: StoryInput['events'][number]) =>
	e.data.date !== undefined && !e.data.flags.includes('disputed') ? e.data.date : undefined;

/**
 * Which events share one line of time, worked out here from the content alone (not with the
 * kit's code): events linked by a stated order, or by undisputed dates whose periods do not
 * overlap. The largest group of two or more is the spine.
 */
function spineEvents(): Set<string> {
	const parent = new Map(story.events.map((e) => [e.id, e.id]));
	const root = (id: string): string => {
		let r = id;
		while (parent.get(r) !== r) r = parent.get(r) ?? r;
		return r;
	};
	const link = (a: string, b: string) => {
		if (parent.has(a) && parent.has(b)) parent.set(root(a), root(b));
	};
	for (const e of story.events) for (const o of [...e.data.after, ...e.data.before]) link(e.id, o);
	const dated = story.events.flatMap((e) => {
		const d = undisputedDate(e);
		return d ? [{ id: e.id, ...dateInterval(d) }] : [];
	});
	for (const a of dated)
		for (const b of dated) if (a.end <= b.start || b.end <= a.start) link(a.id, b.id);
	const groups = new Map<string, string[]>();
	for (const e of story.events) groups.set(root(e.id), [...(groups.get(root(e.id)) ?? []), e.id]);
	const largest = [...groups.values()].sort((a, b) => b.length - a.length)[0] ?? [];
	return new Set(largest.length >= 2 ? largest : []);
}

for (const [page, doc] of [
	['/timeline/', () => $],
	['/embed/timeline/', () => embed],
] as const)
	describe(`${page} as built`, () => {
		test('draws every event of the content in each drawing (narrow and wide)', () => {
			const ids = story.events.map((e) => e.id).sort();
			for (const variant of ['narrow', 'wide']) {
				const marks = doc()(`svg.tl-svg--${variant} .tl-mark`)
					.toArray()
					.map((el) => doc()(el).attr('data-event'));
				expect(marks.sort(), variant).toEqual(ids);
			}
		});

		test('draws apart exactly the events the content does not order relative to the spine', () => {
			const spine = spineEvents();
			for (const el of doc()('svg.tl-svg .tl-mark').toArray()) {
				const id = doc()(el).attr('data-event') ?? '';
				expect(doc()(el).attr('data-lane'), id).toBe(spine.has(id) ? 'main' : 'unplaced');
			}
			const apart = story.events.some((e) => !spine.has(e.id));
			expect(doc()('svg.tl-svg .tl-unplaced').length > 0, 'the "not placed in time" box').toBe(
				apart,
			);
		});

		test('dates every undisputed date in the gutter, in the page’s language, and nothing else', () => {
			const dates = new Set(story.events.flatMap((e) => undisputedDate(e) ?? []));
			for (const variant of ['narrow', 'wide']) {
				const ticks = doc()(`svg.tl-svg--${variant} .tl-tick`).toArray();
				const seen = new Set(ticks.map((el) => doc()(el).attr('data-date') ?? ''));
				expect([...seen].sort(), variant).toEqual([...dates].sort());
				for (const el of ticks) {
					const date = doc()(el).attr('data-date') ?? '';
					expect(text(doc()(el).find('text').text())).toBe(formatShortDate(date, i18n));
				}
			}
		});

		test('gives each undated or disputed event its time as reported, and no invented date', () => {
			for (const e of story.events) {
				const meta = text(
					doc()(`svg.tl-svg--narrow .tl-mark[data-event="${e.id}"] .tl-mark__meta`).text(),
				);
				const ongoing = e.data.flags.includes('ongoing');
				if (e.data.date === undefined) {
					const when = e.data.when ?? '';
					expect(meta, e.id).toBe(
						text(ongoing ? i18n.t('timeline.markOngoing', { time: when }) : when),
					);
				} else if (e.data.flags.includes('disputed'))
					expect(meta, e.id).toContain(
						i18n.t('timeline.markDisputed', { date: formatPartialDate(e.data.date, i18n) }),
					);
			}
			const stated = new Set(story.events.flatMap((e) => (e.data.date ? [e.data.date] : [])));
			for (const el of doc()('main time[datetime]').toArray())
				expect(stated, `<time datetime="${doc()(el).attr('datetime')}">`).toContain(
					doc()(el).attr('datetime'),
				);
		});

		test('marks every disputed date with a symbol and words, linking to its note', () => {
			for (const e of story.events.filter((x) => x.data.flags.includes('disputed'))) {
				const mark = doc()(`svg.tl-svg--narrow .tl-mark[data-event="${e.id}"]`);
				expect(mark.find('path.tl-disputed'), e.id).toHaveLength(1);
				const href = mark.find('a.tl-note').attr('href') ?? '';
				expect(href).toBe(`${BASE}explainers/${e.data.note ?? ''}/`);
				expect(existsSync(path.join(DIST, href.slice(BASE.length), 'index.html'))).toBe(true);
			}
		});

		test('explains only the keys the chart uses', () => {
			const legend = text(doc()('.tl-legend').text());
			const disputed = story.events.some((e) => e.data.flags.includes('disputed'));
			expect(
				legend.includes(i18n.t('timeline.key.disputed')),
				'the key explains disputed dates',
			).toBe(disputed);
			const spans = story.events.some((e) => e.data.span);
			expect(legend.includes(i18n.t('timeline.key.span')), 'the key explains spans').toBe(spans);
			expect(doc()('.tl-legend li').length).toBeGreaterThan(1);
		});
	});

describe('/timeline/ text', () => {
	test('the introduction describes the dating this story has', () => {
		const intro = text($('main .lede').first().text());
		const dated = story.events.filter((e) => undisputedDate(e) !== undefined).length;
		const disputed = story.events.filter((e) => e.data.flags.includes('disputed')).length;
		const many = story.sources.length > 1 ? 'many' : 'one';
		const total = story.events.length;
		const dating =
			dated === total
				? 'all'
				: dated + disputed === 0
					? 'none'
					: dated * 2 >= total
						? 'most'
						: 'few';
		expect(intro).toContain(
			i18n.t(`timeline.intro.${many}.${dating}` as MessageKey, { dated, total }),
		);
		expect(intro.includes(i18n.t('timeline.intro.disputed', { count: disputed })), intro).toBe(
			disputed > 0,
		);
	});

	test('the text twin lists the events drawn apart under “Not placed in time”', () => {
		const spine = spineEvents();
		const section = $('.tl-list__unplaced');
		const listed = section
			.find('li[id^="event="]')
			.toArray()
			.map((el) => $(el).attr('id')?.slice('event='.length));
		expect(listed.sort()).toEqual(
			story.events
				.filter((e) => !spine.has(e.id))
				.map((e) => e.id)
				.sort(),
		);
		// A phase whose unordered groups follow one another is named once, not once per group.
		const titles = section
			.find('h3, h4')
			.toArray()
			.map((el) => text($(el).text()));
		expect(titles.length, titles.join(' | ')).toBe(new Set(titles).size);
		const all = $('.tl-list li[id^="event="]')
			.toArray()
			.map((el) => $(el).attr('id')?.slice('event='.length));
		expect(all.sort()).toEqual(story.events.map((e) => e.id).sort());
	});

	test('says where an order is our inference, in the list and in the details', () => {
		for (const e of story.events)
			for (const other of e.data.inferred) {
				const title = story.events.find((x) => x.id === other)?.data.title ?? other;
				for (const scope of [
					$(`.tl-list li[id="event=${e.id}"]`),
					$(`template[data-event="${e.id}"]`),
				]) {
					const order = text(load(scope.html() ?? '')('.tl-order').text());
					expect(order, e.id).toContain(`${title} ${i18n.t('timeline.inferred')}`);
				}
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
