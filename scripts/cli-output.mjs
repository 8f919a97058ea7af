// Writes everything `backstory analyze --json` prints for the bundled sample, every PolNeAR text and every saved
// page of ../shared (read in place) into one file, so that a change meant to leave the output alone is checked
// byte for byte: build the CLI before and after the change (`node scripts/build-cli.mjs DIR`), run this on
// each build, `cmp` the two files.
//   node scripts/cli-output.mjs OUT [CLI]   (CLI: the compiled dist/backstory.mjs by default)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const [out, cli = path.join(ROOT, 'dist/backstory.mjs')] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/cli-output.mjs OUT [CLI]');
  process.exit(2);
}

const texts = ['dev', 'train'].flatMap((split) => {
  const dir = path.join(SHARED, 'data/attribution/polnear/data', split, 'text');
  return fs.existsSync(dir) ? [dir] : [];
});
const pagesDir = path.join(SHARED, 'pages');
const pages = fs.existsSync(pagesDir)
  ? fs
      .readdirSync(pagesDir)
      .sort()
      .map((p) => path.join(pagesDir, p, 'source.html'))
      .filter((f) => fs.existsSync(f))
  : [];

const runs = [[], [...texts, ...pages]].filter((inputs, i) => i === 0 || inputs.length > 0);
fs.writeFileSync(out, '');
for (const inputs of runs) {
  // A fixed date, so that "last year" resolves the same on any day.
  const r = spawnSync(process.execPath, [cli, 'analyze', '--json', '--published', '2020-10-05', ...inputs], {
    cwd: ROOT,
    maxBuffer: 1 << 30,
  });
  // 3: some inputs skipped (a page with no article), reported the same way before and after.
  if (r.status !== 0 && r.status !== 3) throw new Error(`${cli}: exit ${r.status}\n${r.stderr}`);
  fs.appendFileSync(out, r.stdout);
}
const lines = fs.readFileSync(out, 'utf8').split('\n').length - 1;
console.log(
  `${out}: ${lines} JSON lines from ${runs.length === 1 ? 'the sample only (no ../shared)' : 'the sample and ../shared'}`,
);
