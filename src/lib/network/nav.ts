/**
 * Keyboard navigation on the relationship map: which connected node an arrow key moves to.
 * Pure, so the browser script stays small and the choice is unit-tested.
 */

/** An arrow key's direction. */
export type Direction = 'left' | 'right' | 'up' | 'down';

const ANGLES: Record<Direction, number> = {
	right: 0,
	down: Math.PI / 2,
	left: Math.PI,
	up: -Math.PI / 2,
};

/** Widest angle from the arrow's direction at which a neighbour still counts (67.5°). */
const CONE = (Math.PI * 3) / 8;

/** The direction an arrow key names, or undefined for any other key. */
export function directionOf(key: string): Direction | undefined {
	const map: Record<string, Direction> = {
		ArrowLeft: 'left',
		ArrowRight: 'right',
		ArrowUp: 'up',
		ArrowDown: 'down',
	};
	return map[key];
}

/**
 * The candidate lying most nearly in `direction` from `from` (screen axes: y grows down),
 * within 67.5° of it; nearer and straighter wins. Undefined when none lies that way.
 */
export function pickNeighbour<T extends { x: number; y: number }>(
	from: { x: number; y: number },
	candidates: readonly T[],
	direction: Direction,
): T | undefined {
	let best: T | undefined;
	let bestScore = Infinity;
	for (const c of candidates) {
		const dx = c.x - from.x;
		const dy = c.y - from.y;
		const distance = Math.hypot(dx, dy);
		if (distance === 0) continue;
		// The angle between the arrow and the candidate, wrapped into [0, π].
		const turn = Math.atan2(dy, dx) - ANGLES[direction];
		const off = Math.abs(Math.atan2(Math.sin(turn), Math.cos(turn)));
		if (off > CONE) continue;
		const score = distance * (1 + (2 * off) / CONE);
		if (score < bestScore) {
			best = c;
			bestScore = score;
		}
	}
	return best;
}
