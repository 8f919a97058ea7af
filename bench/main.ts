import { fileURLToPath } from 'node:url';
import { runSections } from '../scripts/run-sections';

/** `npm run bench [section…]`: every benchmark, one per file in bench/sections/. Timings live only here. */
const here = fileURLToPath(new URL('.', import.meta.url));
process.exit((await runSections(here, process.argv.slice(2))) ? 1 : 0);
