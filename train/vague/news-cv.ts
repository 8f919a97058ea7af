/**
 * `npx tsx train/vague/news-cv.ts [--folds K] [--weights 0,3,10] [--o-biases 0,2]`: k-fold cross-validation
 * over the news gold's dev articles of training the attribution tagger with them beside PolNeAR train's
 * derived labels (`npm run train:vague -- --news-dev W`). Each fold's tagger learns PolNeAR train plus the
 * other folds' articles, each sentence W times, and the product (analyzeText, rules and tagger) is scored on
 * its own fold; counts are summed over folds. W = 0 is PolNeAR alone. Each decoding threshold (`--o-biases`)
 * is scored with the same weights. Never touches the test split.
 */
import type { GoldArticle } from '../../eval/news/articles';
import { evaluate } from '../../eval/news/evaluate';
import { createAttributionTagger, type AttributionTagger } from '../../src/analysis/attributions/learned/tagger';
import { loadEntityRecognizerFromDisk } from '../../src/analysis/entities/load-from-disk';
import { devFolds } from '../news-gold';
import { prepare } from './dataset';
import { newsGoldExamples } from './news-gold';
import { polnearAvailable, readPolnear } from './polnear';
import { flagValue, trainingOptions } from './options';
import { trainTagger } from './train-tagger';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => flagValue(args, name, fallback);
const K = Number(flag('--folds', '3'));
const WEIGHTS = flag('--weights', '0,3,10').split(',').map(Number);
const BIASES = flag('--o-biases', '0').split(',').map(Number);
const options = trainingOptions(args);

const started = Date.now();
const log = (msg: string): void => console.error(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);

if (!polnearAvailable('train')) {
  console.error('news-cv needs ../shared/data/attribution/polnear; it is not here.');
  process.exit(2);
}
const recognizer = loadEntityRecognizerFromDisk();
const polnear = prepare(readPolnear('train'), recognizer, options.bits).flatMap((p) => p.examples);
const folds = devFolds(K);
const foldExamples = folds.map((f) => newsGoldExamples(f, recognizer, options.bits));
log(`${polnear.length} PolNeAR train sentences, ${folds.flat().length} news dev articles in ${K} folds`);

interface Sum {
  tp: number;
  fp: number;
  namedFp: number;
  hit: number;
  gold: number;
}

function scoreFolds(taggers: (AttributionTagger | null)[]): Sum {
  const sum: Sum = { tp: 0, fp: 0, namedFp: 0, hit: 0, gold: 0 };
  folds.forEach((fold: GoldArticle[], k) => {
    const v = evaluate(fold, recognizer, taggers[k]!).vague!;
    sum.tp += v.tp;
    sum.fp += v.fp;
    sum.namedFp += v.namedFp;
    sum.hit += Math.round(v.recall * v.gold);
    sum.gold += v.gold;
  });
  return sum;
}

const rows: [string, Sum][] = [['rules alone', scoreFolds(folds.map(() => null))]];
for (const w of WEIGHTS) {
  // PolNeAR alone is the same training for every fold.
  const shared = w === 0 ? trainTagger(polnear, options) : null;
  const weights = folds.map((_, k) => {
    if (shared) return shared;
    const news = foldExamples.filter((_, j) => j !== k).flat();
    const bytes = trainTagger([...polnear, ...Array.from({ length: w }, () => news).flat()], options);
    log(`news dev ×${w}, fold ${k + 1}/${K} trained`);
    return bytes;
  });
  for (const bias of BIASES)
    rows.push([
      `PolNeAR + news dev ×${w}, o-bias ${bias}`,
      scoreFolds(weights.map((b) => createAttributionTagger(b, bias))),
    ]);
}

console.log(
  `## News gold dev, ${folds.flat().length} articles, ${K}-fold cross-validated (each fold scored through analyzeText ` +
    `by a tagger trained without it): rules and tagger, as shipped`,
);
console.log(`${'training'.padEnd(36)} recall   prec  named  (hit/gold, TP/flags)`);
for (const [label, s] of rows) {
  const flags = s.tp + s.fp + s.namedFp;
  console.log(
    `${label.padEnd(36)} ${(s.hit / s.gold).toFixed(3)}  ${(flags ? s.tp / flags : 0).toFixed(3)}  ${String(s.namedFp).padStart(5)}  (${s.hit}/${s.gold}, ${s.tp}/${flags})`,
  );
}
