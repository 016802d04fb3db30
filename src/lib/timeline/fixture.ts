import type { Phase, StoryEvent } from '../../schemas';
import type { Entry } from '../content/types';

/**
 * A made-up timeline for tests and snapshots, shaped like a typical report: a background
 * phase with dates at year and month precision and an undated event; a middle phase known
 * only by order, with stretches of time; an event whose stated day is disputed; and an
 * aftermath ordered only as "after" it, with ongoing events; and two background events ordered
 * between themselves but not relative to anything else (drawn apart, "not placed in time").
 * Ids and words are invented.
 */
export function timelineFixture(): { events: Entry<StoryEvent>[]; phases: Entry<Phase>[] } {
	const phase = (id: string, title: string, order: number): Entry<Phase> => ({
		id,
		file: `fixture/phases/${id}.yaml`,
		data: { title, summary: `${title}.`, order },
	});
	const event = (id: string, data: Partial<StoryEvent> & { title: string }): Entry<StoryEvent> => ({
		id,
		file: `fixture/events/${id}.yaml`,
		data: {
			summary: `${data.title}.`,
			after: [],
			before: [],
			inferred: [],
			span: false,
			flags: [],
			actors: ['fx-agency'],
			claims: ['fx-claim'],
			...data,
		},
	});
	return {
		phases: [
			phase('fx-after', 'Aftermath', 4),
			phase('fx-background', 'Background', 1),
			phase('fx-channel', 'The quiet channel', 2),
			phase('fx-strike', 'The raid', 3),
		],
		events: [
			event('fx-reward', { title: 'A reward is offered', date: '2020', phase: 'fx-background' }),
			event('fx-charges', {
				title: 'Charges are filed',
				date: '2020-03',
				phase: 'fx-background',
				actors: ['fx-agency', 'fx-minister'],
			}),
			event('fx-reward-raised', {
				title: 'The reward is raised',
				when: 'Later',
				after: ['fx-reward'],
				phase: 'fx-background',
			}),
			event('fx-renewal', {
				title: 'Measures are renewed',
				date: '2021-06-15',
				phase: 'fx-background',
			}),
			event('fx-feud', {
				title: 'A feud between two ministries',
				when: 'Some years back',
				before: ['fx-feud-ends'],
				phase: 'fx-background',
				actors: ['fx-minister'],
			}),
			event('fx-feud-ends', {
				title: 'The feud ends',
				when: 'Later',
				after: ['fx-feud'],
				phase: 'fx-background',
				actors: ['fx-minister', 'fx-agency'],
			}),
			event('fx-contact', {
				title: 'First contacts with the minister',
				when: 'Early in the new administration',
				after: ['fx-reward-raised'],
				phase: 'fx-channel',
				actors: ['fx-agency', 'fx-minister'],
			}),
			event('fx-talks', {
				title: 'Talks with the minister',
				when: 'In the months before the raid',
				after: ['fx-contact'],
				before: ['fx-raid'],
				span: true,
				phase: 'fx-channel',
				actors: ['fx-agency', 'fx-minister'],
			}),
			event('fx-warning', {
				title: 'Officials warn the minister not to use the militias',
				when: 'During the talks',
				after: ['fx-contact'],
				phase: 'fx-channel',
				actors: ['fx-agency', 'fx-minister'],
			}),
			event('fx-go-betweens', {
				title: 'Messages pass through intermediaries',
				when: 'During the talks',
				after: ['fx-contact'],
				span: true,
				phase: 'fx-channel',
				actors: ['fx-minister'],
			}),
			event('fx-raid', {
				title: 'The raid to detain the president',
				date: '2023-01-03',
				flags: ['disputed'],
				note: 'fx-note',
				after: ['fx-warning', 'fx-go-betweens'],
				phase: 'fx-strike',
				actors: ['fx-agency', 'fx-president'],
			}),
			event('fx-not-held', {
				title: 'The minister is not detained',
				when: 'During the raid',
				after: ['fx-raid'],
				phase: 'fx-strike',
				actors: ['fx-minister'],
			}),
			event('fx-talks-go-on', {
				title: 'Talks go on',
				when: 'Since the raid',
				after: ['fx-raid'],
				span: true,
				flags: ['ongoing'],
				phase: 'fx-after',
				actors: ['fx-agency', 'fx-minister'],
			}),
			event('fx-defiance', {
				title: 'The minister denounces the intervention',
				when: 'After the raid',
				after: ['fx-raid'],
				phase: 'fx-after',
				actors: ['fx-minister'],
			}),
			event('fx-checkpoints', {
				title: 'Fewer searches at checkpoints',
				when: 'Recently',
				after: ['fx-defiance'],
				phase: 'fx-after',
				actors: ['fx-minister'],
			}),
			event('fx-releases', {
				title: 'Political prisoners are released, slowly',
				when: 'Recently',
				after: ['fx-raid'],
				flags: ['ongoing'],
				phase: 'fx-after',
				actors: ['fx-minister', 'fx-rights-group'],
			}),
		],
	};
}
