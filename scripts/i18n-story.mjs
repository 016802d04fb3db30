#!/usr/bin/env node
// Composes the multilingual test story: the tidemill fixture with `languages: [es]` declared
// and the (partial, on purpose) Spanish translation of tests/fixtures/translations/tidemill-es/.
// Writes it to the folder given (default .i18n-story/), replacing what was there. Used by
// `npm run test:i18n`; keeping only the translation in the fixture means the story itself
// stays one, with its own tests.
// Usage: node scripts/i18n-story.mjs [out-dir]
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const out = path.resolve(process.argv[2] ?? '.i18n-story');
const story = path.resolve('tests/fixtures/stories/tidemill');
const translation = path.resolve('tests/fixtures/translations/tidemill-es/i18n');

rmSync(out, { recursive: true, force: true });
cpSync(story, out, { recursive: true });
cpSync(translation, path.join(out, 'i18n'), { recursive: true });
const site = path.join(out, 'site.yaml');
const text = readFileSync(site, 'utf8');
if (!/^lang: /m.test(text))
	throw new Error(`${site}: expected a "lang:" line to add languages after`);
writeFileSync(site, text.replace(/^(lang: .*)$/m, '$1\nlanguages: [es]'));
console.log(`i18n-story: wrote ${path.relative(process.cwd(), out)} (tidemill, with es)`);
