/**
 * `npx tsx train/vague/news-cv.ts [--folds K] [--weights 0,3,10] [--train-weights 0,1] [--o-biases 0,2]`:
 * k-fold cross-validation over the news gold's dev articles of training the attribution tagger with them
 * beside PolNeAR train's derived labels (`npm run train:vague -- --news-dev W --news-train T`). Each fold's
 * tagger learns PolNeAR train plus the other folds' articles, each sentence W times, and the news gold's
 * train split T times (in place of those articles' PolNeAR labels), and the product (analyzeText, rules and
 * tagger) is scored on its own fold; counts are summed over folds. dev2, held out from all training, is
 * scored by the tagger trained on all of dev W times and the train split T times. W = T = 0 is PolNeAR
 * alone. Each decoding threshold (`--o-biases`) is scored with the same weights. Never touches the test split.
 */
import type { GoldArticle } from '../../eval/news/articles';
import { evaluate } from '../../eval/news/evaluate';
import { createAttributionTagger, type AttributionTagger } from '../../src/analysis/attributions/learned/tagger';
import { loadEntityRecognizerFromDisk } from '../../src/analysis/entities/load-from-disk';
import { devFolds } from '../news-gold';
import { prepare } from './dataset';
import { newsGoldExamples, newsGoldSplit, relabelledPolnearIds } from './news-gold';
import { polnearAvailable, readPolnear } from './polnear';
import { flagValue, trainingOptions } from './options';
import { trainTagger } from './train-tagger';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => flagValue(args, name, fallback);
const K = Number(flag('--folds', '3'));
const WEIGHTS = flag('--weights', '0,3,10').split(',').map(Number);
const TRAIN_WEIGHTS = flag('--train-weights', '0').split(',').map(Number);
const BIASES = flag('--o-biases', '0').split(',').map(Number);
const options = trainingOptions(args);

const started = Date.now();
const log = (msg: string): void => console.error(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);

if (!polnearAvailable('train')) {
  console.error('news-cv needs ../shared/data/attribution/polnear; it is not here.');
  process.exit(2);
}
const recognizer = loadEntityRecognizerFromDisk();
const prepared = prepare(readPolnear('train'), recognizer, options.bits);
const relabelled = relabelledPolnearIds();
const polnear = prepared.flatMap((p) => p.examples);
const unrelabelled = prepared.filter((p) => !relabelled.has(p.article.id)).flatMap((p) => p.examples);
const folds = devFolds(K);
const foldExamples = folds.map((f) => newsGoldExamples(f, recognizer, options.bits));
const trainSplit = newsGoldExamples(newsGoldSplit('train'), recognizer, options.bits);
const dev2 = newsGoldSplit('dev2');
log(
  `${polnear.length} PolNeAR train sentences, ${folds.flat().length} news dev articles in ${K} folds, ` +
    `news train split ${trainSplit.length} sentences (${relabelled.size} articles), dev2 ${dev2.length} articles`,
);
const times = <T>(n: number, xs: T[]): T[] => Array.from({ length: n }, () => xs).flat();

interface Sum {
  tp: number;
  fp: number;
  namedFp: number;
  hit: number;
  gold: number;
}

function scoreSets(sets: GoldArticle[][], taggers: (AttributionTagger | null)[]): Sum {
  const sum: Sum = { tp: 0, fp: 0, namedFp: 0, hit: 0, gold: 0 };
  sets.forEach((set, k) => {
    const v = evaluate(set, recognizer, taggers[k]!).vague!;
    sum.tp += v.tp;
    sum.fp += v.fp;
    sum.namedFp += v.namedFp;
    sum.hit += Math.round(v.recall * v.gold);
    sum.gold += v.gold;
  });
  return sum;
}

const rows: [string, Sum, Sum][] = [
  [
    'rules alone',
    scoreSets(
      folds,
      folds.map(() => null),
    ),
    scoreSets([dev2], [null]),
  ],
];
for (const t of TRAIN_WEIGHTS) {
  const base = [...(t > 0 ? unrelabelled : polnear), ...times(t, trainSplit)];
  for (const w of WEIGHTS) {
    // Without news dev, the same training serves every fold and dev2.
    const all = trainTagger([...base, ...times(w, foldExamples.flat())], options);
    const weights = folds.map((_, k) =>
      w === 0 ? all : trainTagger([...base, ...times(w, foldExamples.filter((_, j) => j !== k).flat())], options),
    );
    log(`news dev ×${w}, news train ×${t} trained`);
    for (const bias of BIASES)
      rows.push([
        `PolNeAR + dev ×${w} + train ×${t}, o-bias ${bias}`,
        scoreSets(
          folds,
          weights.map((b) => createAttributionTagger(b, bias)),
        ),
        scoreSets([dev2], [createAttributionTagger(all, bias)]),
      ]);
  }
}

console.log(
  `## News gold dev, ${folds.flat().length} articles, ${K}-fold cross-validated (each fold scored through analyzeText ` +
    `by a tagger trained without it): rules and tagger, as shipped`,
);
const cell = (s: Sum): string => {
  const flags = s.tp + s.fp + s.namedFp;
  return `${(s.hit / s.gold).toFixed(3)} / ${(flags ? s.tp / flags : 0).toFixed(3)} / ${s.namedFp} (${s.hit}/${s.gold}, ${s.tp}/${flags})`;
};
console.log(
  `${'training'.padEnd(44)} ${'dev CV: recall / prec / named (hit/gold, TP/flags)'.padEnd(48)} dev2, held out`,
);
for (const [label, cv, held] of rows) console.log(`${label.padEnd(44)} ${cell(cv).padEnd(48)} ${cell(held)}`);
