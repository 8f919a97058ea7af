// The CLI as people run it: `backstory analyze --json FILE…` as a fresh process (the compiled dist/ bundle), beside
// compromise run as a process on the same files, interleaved, median of 5 each, in one run. Texts are PolNeAR
// articles read in place from ../shared: the one closest to 1,000 words, and the first files making 100,000 words.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../test/e2e/lib/paths.mjs';

const TEXTS = path.resolve(ROOT, '../shared/data/attribution/polnear/data');
const RUNS = 5;
const words = (file) => fs.readFileSync(file, 'utf8').split(/\s+/).filter(Boolean).length;

function seconds(command, args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${command} ${args.slice(0, 3).join(' ')}…: exit ${r.status}\n${r.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export default async function bench() {
  if (!fs.existsSync(TEXTS)) {
    console.log('skipped: needs ../shared (PolNeAR texts)');
    return;
  }
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
  const files = ['dev', 'train'].flatMap((split) =>
    fs
      .readdirSync(path.join(TEXTS, split, 'text'))
      .sort()
      .map((f) => path.join(TEXTS, split, 'text', f)),
  );
  const counted = files.map((file) => ({ file, words: words(file) }));
  const one = counted.reduce((best, f) => (Math.abs(f.words - 1000) < Math.abs(best.words - 1000) ? f : best));
  const many = [];
  let total = 0;
  for (const f of counted) {
    if (total >= 100_000) break;
    many.push(f.file);
    total += f.words;
  }
  const sets = [
    {
      name: `1 article, ${one.words} words`,
      files: [one.file],
      target: (ours) => `target ≤ 0.5 s: ${ours <= 0.5 ? 'met' : 'MISSED'}`,
    },
    {
      name: `${many.length} articles, ${total.toLocaleString('en')} words`,
      files: many,
      target: (ours, theirs) => `target ≤ 0.25× compromise: ${ours / theirs <= 0.25 ? 'met' : 'MISSED'}`,
    },
  ];
  console.log(`## CLI as a process (median of ${RUNS}, interleaved; node ${process.version})`);
  console.log(
    `node starting and exiting alone: ${median(Array.from({ length: RUNS }, () => seconds(process.execPath, ['-e', '0']))).toFixed(3)} s`,
  );
  for (const set of sets) {
    const ours = [];
    const theirs = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(seconds(process.execPath, ['dist/backstory.mjs', 'analyze', '--json', ...set.files]));
      theirs.push(seconds(process.execPath, ['bench/cli/compromise-run.mjs', ...set.files]));
    }
    const [o, t] = [median(ours), median(theirs)];
    console.log(
      `${set.name}: backstory ${o.toFixed(2)} s (runs ${ours.map((x) => x.toFixed(2)).join(' ')}), ` +
        `compromise ${t.toFixed(2)} s (runs ${theirs.map((x) => x.toFixed(2)).join(' ')}); ratio ${(o / t).toFixed(2)}×; ${set.target(o, t)}`,
    );
  }
}
