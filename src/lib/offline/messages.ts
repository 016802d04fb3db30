/**
 * What pages and the offline worker say to each other (postMessage). One module for both
 * sides, so a change to the protocol is a type error on whichever side falls behind.
 */

/** Why saving stopped. */
export type SaveError = 'offline' | 'server' | 'space' | 'stale' | 'unknown';

/** How far a save (or the update of a saved copy) has come. */
export interface SaveProgress {
	done: number;
	total: number;
	bytes: number;
	totalBytes: number;
}

/** One language edition's offline state, as the save control shows it. */
export interface SaveStatus {
	lang: string;
	/** Whether this build has that edition at all. */
	available: boolean;
	/** The whole edition: files and bytes, counted at build time. */
	files: number;
	bytes: number;
	/** The reader asked to save it (and has not removed it). */
	wanted: boolean;
	/** When a complete copy was first saved, and last brought up to date (ISO 8601). */
	savedAt: string | null;
	updatedAt: string | null;
	/** The complete copy is of the version now served. */
	current: boolean;
	/** Saving now (first save, resumed save or an update). */
	progress: SaveProgress | null;
	/** Why the last attempt stopped, until one succeeds. */
	error: SaveError | null;
}

/** Page → worker. `status` replies on the message's port; the others broadcast `status`. */
export type ToWorker =
	| { type: 'offline:status'; lang: string }
	| { type: 'offline:save'; lang: string }
	| { type: 'offline:remove'; lang: string }
	/** A page loaded before the worker took over: keep it and the files it loaded. */
	| { type: 'offline:keep'; urls: string[] };

/** Worker → every open page of the site, whenever an edition's state changes. */
export interface FromWorker {
	type: 'offline:status';
	status: SaveStatus;
}
