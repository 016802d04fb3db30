import { resetHeld } from '../support/adversarial';

/** Starts the browser tier's count of adversarial inputs afresh (see tests/support/adversarial.ts). */
export default function globalSetup(): void {
	resetHeld('browser');
}
