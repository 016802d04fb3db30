import { afterEach, describe, expect, it } from 'vitest';
import { listening, onRenderedPage, renderedPage } from './rendered-pages';

describe('rendered pages, handed to the build’s listeners', () => {
	const stops: (() => void)[] = [];
	afterEach(() => {
		for (const stop of stops.splice(0)) stop();
	});

	it('reaches every listener until it stops, and no one listens once all have', () => {
		const seen: string[] = [];
		stops.push(onRenderedPage((path, html) => seen.push(`a ${path} ${html}`)));
		const stopB = onRenderedPage((path) => seen.push(`b ${path}`));
		expect(listening()).toBe(true);
		renderedPage('/one/', '<p>1</p>');
		stopB();
		renderedPage('/two/', '<p>2</p>');
		expect(seen).toEqual(['a /one/ <p>1</p>', 'b /one/', 'a /two/ <p>2</p>']);
		stops.splice(0).forEach((stop) => {
			stop();
		});
		expect(listening()).toBe(false);
	});

	it('keeps going past a listener that throws: that page’s work is left for after the build', () => {
		const seen: string[] = [];
		stops.push(
			onRenderedPage(() => {
				throw new Error('no stylesheet yet');
			}),
		);
		stops.push(onRenderedPage((path) => seen.push(path)));
		expect(() => {
			renderedPage('/p/', '');
		}).not.toThrow();
		expect(seen).toEqual(['/p/']);
	});
});
