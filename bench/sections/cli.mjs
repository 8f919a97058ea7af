// The CLI as people run it: `backstory analyze --json FILE…` as a fresh process (the compiled dist/ bundle, one
// thread per processor, and --jobs 1), beside compromise run as a process on the same files, interleaved, median
// of 5 each, in one run. Texts are PolNeAR
// articles read in place from ../shared: the one closest to 1,000 words, and the first files making 100,000 words.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../test/e2e/lib/paths.mjs';

const TEXTS = path.resolve(ROOT, '../shared/data/attribution/polnear/data');
const RUNS = 5;
const words = (file) => fs.readFileSync(file, 'utf8').split(/\s+/).filter(Boolean).length;

/** Children's CPU seconds so far (Linux: /proc/self/stat's cutime + cstime, in clock ticks). */
const TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
function childCpuSeconds() {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICKS;
}

/** Wall-clock and CPU seconds of one run as a fresh process. */
function run(command, args) {
  const cpu = childCpuSeconds();
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${command} ${args.slice(0, 3).join(' ')}…: exit ${r.status}\n${r.stderr}`);
  return { wall: Number(process.hrtime.bigint() - started) / 1e9, cpu: childCpuSeconds() - cpu };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
/** "1.23 s (CPU 1.10 s)": medians of wall-clock and CPU time. */
const both = (runs) =>
  `${median(runs.map((r) => r.wall)).toFixed(2)} s (CPU ${median(runs.map((r) => r.cpu)).toFixed(2)} s)`;

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
      target: (wall, _, cpu) =>
        `target ≤ 0.5 s: ${wall <= 0.5 ? 'met' : 'missed'} (by CPU time: ${cpu <= 0.5 ? 'met' : 'missed'})`,
    },
    {
      name: `${many.length} articles, ${total.toLocaleString('en')} words`,
      files: many,
      target: (wall, theirs, cpu, theirsCpu) =>
        `target ≤ 0.25× compromise: ${wall / theirs <= 0.25 ? 'met' : 'missed'} (by CPU time: ${cpu / theirsCpu <= 0.25 ? 'met' : 'missed'})`,
    },
  ];
  console.log(
    `## CLI as a process (median of ${RUNS}, interleaved; node ${process.version}; load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`,
  );
  console.log(
    "wall-clock seconds, and in brackets the CPU seconds of the process (all its threads): the machine's load inflates the first",
  );
  console.log(
    `node starting and exiting alone: ${both(Array.from({ length: RUNS }, () => run(process.execPath, ['-e', '0'])))}`,
  );
  const threads = os.availableParallelism();
  for (const set of sets) {
    const ours = [];
    const single = [];
    const theirs = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(run(process.execPath, ['dist/backstory.mjs', 'analyze', '--json', ...set.files]));
      if (set.files.length > 1)
        single.push(run(process.execPath, ['dist/backstory.mjs', 'analyze', '--json', '--jobs', '1', ...set.files]));
      theirs.push(run(process.execPath, ['bench/cli/compromise-run.mjs', ...set.files]));
    }
    const wall = (xs) => median(xs.map((r) => r.wall));
    const cpu = (xs) => median(xs.map((r) => r.cpu));
    console.log(
      `${set.name}: backstory ${both(ours)}${set.files.length > 1 ? ` on ${threads} threads` : ''}, compromise ${both(theirs)}; ` +
        `ratio ${(wall(ours) / wall(theirs)).toFixed(2)}× (CPU ${(cpu(ours) / cpu(theirs)).toFixed(2)}×); ${set.target(wall(ours), wall(theirs), cpu(ours), cpu(theirs))}`,
    );
    if (single.length)
      console.log(
        `  with --jobs 1: ${both(single)}; ratio ${(wall(single) / wall(theirs)).toFixed(2)}× (CPU ${(cpu(single) / cpu(theirs)).toFixed(2)}×)`,
      );
  }
}
