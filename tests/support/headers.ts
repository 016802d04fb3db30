import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One rule of a `_headers` file: a path pattern and the headers it sets. */
export interface HeaderRule {
	pattern: string;
	headers: Record<string, string>;
}

/** Parses the `_headers` file the build writes into dist. */
export function readHeadersFile(dist: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of readFileSync(path.join(dist, '_headers'), 'utf8').split('\n')) {
		if (line.startsWith('#') || line.trim() === '') continue;
		if (!line.startsWith(' ')) rules.push({ pattern: line.trim(), headers: {} });
		else {
			const [name = '', ...value] = line.trim().split(': ');
			const rule = rules.at(-1);
			if (rule) rule.headers[name] = value.join(': ');
		}
	}
	return rules;
}

/** The headers a host applying `rules` sends for a path; several matching rules merge. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const { pattern, headers } of rules) {
		const match = pattern.endsWith('/*')
			? pathname.startsWith(pattern.slice(0, -1)) || pathname === pattern.slice(0, -2)
			: pathname === pattern;
		if (!match) continue;
		for (const [k, v] of Object.entries(headers))
			out[k] = out[k] === undefined ? v : `${out[k]}, ${v}`;
	}
	return out;
}
