// Lets the bench import the project's TypeScript modules straight from src/ with Node's own
// type stripping (Node >= 22.18): src/ writes relative imports without an extension, as
// Vite expects, so this resolve hook retries them with ".ts" and "/index.ts".
import { registerHooks } from 'node:module';

registerHooks({
	resolve(specifier, context, nextResolve) {
		try {
			return nextResolve(specifier, context);
		} catch (error) {
			if (!/^\.\.?\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
			for (const suffix of ['.ts', '/index.ts']) {
				try {
					return nextResolve(specifier + suffix, context);
				} catch {
					// try the next suffix
				}
			}
			throw error;
		}
	},
});
