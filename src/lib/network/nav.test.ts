import { describe, expect, it } from 'vitest';
import { directionOf, pickNeighbour } from './nav';

const at = (id: string, x: number, y: number) => ({ id, x, y });

describe('pickNeighbour', () => {
	const from = { x: 100, y: 100 };
	const around = [
		at('east', 200, 110),
		at('far-east', 400, 100),
		at('north', 95, 20),
		at('south-west', 40, 170),
	];

	it('moves to the nearest neighbour lying in the arrow’s direction (y grows down)', () => {
		expect(pickNeighbour(from, around, 'right')?.id).toBe('east');
		expect(pickNeighbour(from, around, 'up')?.id).toBe('north');
		expect(pickNeighbour(from, around, 'down')?.id).toBe('south-west');
		expect(pickNeighbour(from, around, 'left')?.id).toBe('south-west');
	});

	it('prefers a straighter neighbour over a nearer one far off the axis', () => {
		const options = [at('steep', 150, 150), at('straight', 190, 100)];
		expect(pickNeighbour(from, options, 'right')?.id).toBe('straight');
	});

	it('finds nothing when no neighbour lies that way', () => {
		expect(pickNeighbour(from, [at('east', 200, 100)], 'left')).toBeUndefined();
		expect(pickNeighbour(from, [] as { x: number; y: number }[], 'up')).toBeUndefined();
		expect(pickNeighbour(from, [at('same', 100, 100)], 'up')).toBeUndefined();
	});
});

describe('directionOf', () => {
	it('names the arrow keys and nothing else', () => {
		expect(directionOf('ArrowLeft')).toBe('left');
		expect(directionOf('ArrowDown')).toBe('down');
		expect(directionOf('a')).toBeUndefined();
	});
});
