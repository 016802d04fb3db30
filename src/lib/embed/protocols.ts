/**
 * What the embed accepts from the address for the newsroom resize protocols (formats in
 * NOTES.md). Pure; used by the embed's resize script.
 */

/**
 * Whether a pym.js `childId` (the id of the host's container, which pym.js puts in our
 * address) is safe to echo in pym's message `pymxPYMx<id>xPYMxheightxPYMx<px>`. Any id an
 * HTML element can carry is fine (`my.chart`, `grafik:1`, `gráfico`), except what would
 * change how a pym parent splits the message: whitespace, control characters and pym's own
 * separator `xPYMx`. (Echoing `a xPYMxnavigateToxPYMx…` would make the parent read a
 * navigation message.)
 */
export function isPymChildId(id: string): boolean {
	return (
		id.length > 0 &&
		id.length <= 200 &&
		!/[\s\p{Cc}\p{Cf}]/u.test(id) &&
		!id.toLowerCase().includes('xpymx')
	);
}
