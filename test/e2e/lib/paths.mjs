// Where the e2e tests find the built extension, the fixture pages and (optionally) ../shared's real pages.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURE_PAGES = path.join(ROOT, 'test/fixtures/pages');
export const SHARED_PAGES = path.resolve(ROOT, '../shared/pages');
/** The release build (`npm run build`): what ships, measured by `npm run bench`. */
export const CHROME_EXT = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXT = path.join(ROOT, '.output/firefox-mv2');
/** The e2e build (`npm run build:e2e`): the release code plus the test hooks of CONTRACT.md; the e2e tests use it. */
export const E2E_CHROME_EXT = path.join(ROOT, '.output/e2e/chrome-mv3');
export const E2E_FIREFOX_EXT = path.join(ROOT, '.output/e2e/firefox-mv2');
export const GECKO_ID = 'backstory@backstory.invalid';
// Fixed so the popup's moz-extension:// address is known before the add-on is installed.
export const FIREFOX_UUID = '5a1e0b6c-7d2f-4e3a-9c41-0b5d7e9f2a63';

/** Real pages the e2e run visits when ../shared exists (chosen for size and variety, not for being easy). */
export const SHARED_PAGE_IDS = ['nytimes-4', 'wapo-1', 'cnn'];
/** A real non-English article: Backstory must leave it alone. */
export const SHARED_NON_ENGLISH_ID = 'lemonde-1';

export function sharedPagesAvailable() {
  return [...SHARED_PAGE_IDS, SHARED_NON_ENGLISH_ID].every((id) =>
    fs.existsSync(path.join(SHARED_PAGES, id, 'source.html')),
  );
}

export function requireBuild(dir) {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    const script = dir.includes(`${path.sep}e2e${path.sep}`) ? 'build:e2e' : 'build';
    throw new Error(`no built extension in ${path.relative(ROOT, dir)}: run \`npm run ${script}\` first`);
  }
}
