// Types for scripts/add-source.mjs, so TypeScript tests can import it under strictest settings.

/** The skeleton of a new source file: every field to fill, one empty digest per paragraph. */
export function sourceSkeleton(sourceId: string, reportFile: string, paragraphs: number): string;
/** Runs the command; returns the lines to print and the exit code. */
export function addSource(
	reportFile: string | undefined,
	sourceId: string | undefined,
	contentDir: string,
): { code: number; lines: string[] };
