import { summarizeHeld } from '../support/adversarial';

/** Prints how many adversarial inputs the dist and browser tiers tried, and that held. */
export default function globalTeardown(): void {
	console.log(`\n${summarizeHeld()}\n`);
}
