/**
 * `npx tsx train/news-cv.ts [--folds K] [--weights 0,3] [--with "FLAGS"] [--jobs 2] [--models DIR] [--errors]`:
 * k-fold cross-validation over the news gold's dev articles of training with them (`npm run train --
 * --news-dev W --news-fold k/K`, without the train split unless `--with "--news-train W"` adds it). Each fold's model learns CoNLL plus the other folds' articles and is scored,
 * through analyzeText, on its own fold; the counts are summed over folds. Weight 0 is the baseline, CoNLL
 * only: one model for every fold (the shipped weights learn from dev, so they cannot be it). Never touches the
 * test split. Models go to a temporary folder, whose name is printed; `--models DIR` keeps the models an
 * earlier run left there and trains only those missing (after a change to the code that runs after the
 * tagger, it trains none). `--with "FLAGS"` passes more training flags to every model of weight > 0
 * ("--augment", "--news-train 1": the train split's articles, in every fold's training set, "--news-dev-every 2":
 * half of the other folds' articles, for a learning curve); its models are named after them, so one folder holds
 * several variants. `--errors` lists each fold's dev errors under the last weight's fold model (the held-out errors
 * `eval/sections/news.ts --errors` cannot show, since the shipped weights learn from dev).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEntityRecognizer, type EntityRecognizer } from '../src/analysis/entities';
import type { GoldArticle } from '../eval/news/articles';
import { f1, type Counts, type EntityScore } from '../eval/news/entity-score';
import { evaluate } from '../eval/news/evaluate';
import { printDevErrors } from '../eval/sections/news';
import { devFolds } from './news-gold';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const K = Number(flag('--folds', '3'));
const WEIGHTS = flag('--weights', '0,3').split(',').map(Number);
const JOBS = Number(flag('--jobs', '2'));
const given = flag('--models', '');
const extra = flag('--with', '').split(' ').filter(Boolean);
const variant = extra.map((a) => a.replace(/^--/, '')).join('-');
const dir = given || mkdtempSync(join(tmpdir(), 'backstory-news-cv-'));
const folds = devFolds(K);

console.log(`models in ${dir}`);
const pending = WEIGHTS.flatMap((w) =>
  (w === 0 ? [0] : folds.map((_, k) => k)).map((k) => ({ w, k, out: modelFile(w, k) })),
).filter((run) => !existsSync(run.out));
await Promise.all(Array.from({ length: JOBS }, () => worker(pending)));

console.log(
  `## News gold dev, ${folds.flat().length} articles, ${K}-fold cross-validated (each fold scored by a model ` +
    `trained without it), through analyzeText`,
);
console.log(`${'training'.padEnd(45)} typed all   P+O+P  untyped  resolved`);
for (const w of WEIGHTS) {
  row(
    w === 0 ? 'CoNLL only' : `CoNLL + news dev ×${w}${extra.length ? ` ${extra.join(' ')}` : ''}`,
    folds.map((f, k) => score(f, createEntityRecognizer(new Uint8Array(readFileSync(modelFile(w, k)))))),
  );
}

/** Where the model of weight w for fold k is; CoNLL only (w = 0) is one model for all folds. */
function modelFile(w: number, k: number): string {
  return w === 0 ? join(dir, 'w0-fold0.bin') : join(dir, `w${w}${variant ? `-${variant}` : ''}-fold${k}.bin`);
}

async function worker(pending: { w: number; k: number; out: string }[]): Promise<void> {
  for (let run = pending.shift(); run; run = pending.shift()) {
    const { w, k, out } = run;
    await new Promise<void>((done, fail) => {
      const child = spawn(
        process.execPath,
        [
          ...['--import', 'tsx', resolve(here, 'main.ts')],
          // The first of a repeated flag counts (main.ts), so `--with` may add the train split to the default 0.
          ...(w === 0 ? [] : extra),
          ...['--news-dev', `${w}`, '--news-fold', `${k}/${K}`, '--news-train', '0', '--out', out],
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let log = '';
      child.stdout.on('data', (d: Buffer) => (log += d.toString()));
      child.on('exit', (code) => {
        console.log(`weight ${w}, fold ${k}: ${log.trim().split('\n').slice(-2).join(' | ')}`);
        if (code === 0) done();
        else fail(new Error(`training exited with ${code}`));
      });
    });
  }
}

if (args.includes('--errors')) {
  const w = WEIGHTS[WEIGHTS.length - 1]!;
  folds.forEach((f, k) =>
    printDevErrors('dev', evaluate(f, createEntityRecognizer(new Uint8Array(readFileSync(modelFile(w, k)))), null)),
  );
}

function score(articles: readonly GoldArticle[], recognizer: EntityRecognizer): EntityScore {
  return evaluate(articles, recognizer, null).entities!;
}

function row(label: string, scores: readonly EntityScore[]): void {
  const sum = (pick: (s: EntityScore) => Counts): Counts =>
    scores.map(pick).reduce((a, c) => ({ tp: a.tp + c.tp, pred: a.pred + c.pred, gold: a.gold + c.gold }));
  const resolved = scores.reduce((n, s) => n + s.strict[0], 0) / scores.reduce((n, s) => n + s.strict[1], 0);
  const cells = [f1(sum((s) => s.typed.ALL)).f, f1(sum((s) => s.typed.CORE)).f, f1(sum((s) => s.untyped)).f, resolved];
  console.log(`${label.padEnd(45)} ${cells.map((x) => x.toFixed(3).padStart(8)).join(' ')}`);
}
