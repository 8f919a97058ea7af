import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSections } from '../scripts/run-sections';

/** `npm run eval [section…]`: evaluations on ../shared data, one per file in eval/sections/. `npm test` never needs them. */
const here = fileURLToPath(new URL('.', import.meta.url));
if (!existsSync(join(here, '..', '..', 'shared'))) {
  console.error('npm run eval needs ../shared (the gold sets and corpora); it is not here.');
  process.exit(2);
}
process.exit((await runSections(here, process.argv.slice(2))) ? 1 : 0);
