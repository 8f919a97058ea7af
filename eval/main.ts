import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSections } from '../scripts/run-sections';

/**
 * `npm run eval [section…] [--flag…]`: evaluations on ../shared data, one per file in eval/sections/; flags are
 * for the sections (news reads --errors). `npm test` never needs them.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
if (!existsSync(join(here, '..', '..', 'shared'))) {
  console.error('npm run eval needs ../shared (the gold sets and corpora); it is not here.');
  process.exit(2);
}
const sections = process.argv.slice(2).filter((a) => !a.startsWith('--'));
process.exit((await runSections(here, sections)) ? 1 : 0);
