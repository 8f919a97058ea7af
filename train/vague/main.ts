import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadEntityRecognizerFromDisk } from '../../src/analysis/entities/load-from-disk';
import { ATTRIBUTION_MODEL_FILE } from '../../src/analysis/attributions/learned/tagger';
import { prepare } from './dataset';
import { crossValidate } from './cross-validate';
import { polnearAvailable, readPolnear } from './polnear';
import { devFolds } from '../news-gold';
import { newsGoldExamples, newsGoldSplit, NEWS_DEV_WEIGHT, NEWS_TRAIN_WEIGHT, relabelledPolnearIds } from './news-gold';
import { flagValue, trainingOptions } from './options';
import { trainTagger } from './train-tagger';

/**
 * `npm run train:vague`: trains the attribution tagger on labels derived from PolNeAR's train split
 * (train/vague/README.md) with the current entity recogniser's output as features, and writes
 * assets/public/model/attributions.bin. Deterministic: fixed seed, fixed article order. Flags:
 * --news-dev W adds the news gold's dev articles, each sentence W times, and --news-train W its train split's
 * (train/vague/news-cv.ts chose both);
 * --folds K scores K held-out folds of the train split first (rules, learned, both; --errors VARIANT lists
 * a variant's errors there, --why counts why the shipped variant misses each vague span); --epochs N, --bits B, --min-count N, --out PATH for experiments.
 */
const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => flagValue(args, name, fallback);
const options = trainingOptions(args);
const folds = Number(flag('--folds', '0'));
const newsDevWeight = Number(flag('--news-dev', String(NEWS_DEV_WEIGHT)));
const newsTrainWeight = Number(flag('--news-train', String(NEWS_TRAIN_WEIGHT)));
const out = resolve(flag('--out', resolve(import.meta.dirname, `../../assets/public/model/${ATTRIBUTION_MODEL_FILE}`)));

const started = Date.now();
const log = (msg: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);

if (!polnearAvailable('train')) {
  console.error('npm run train:vague needs ../shared/data/attribution/polnear; it is not here.');
  process.exit(2);
}
const recognizer = loadEntityRecognizerFromDisk();
const prepared = prepare(readPolnear('train'), recognizer, options.bits);
const positives = prepared.reduce((n, p) => n + p.gold.vague.length, 0);
log(`${prepared.length} PolNeAR train articles, ${positives} derived vague spans`);
const newsDev = newsDevWeight > 0 ? newsGoldExamples(devFolds(1)[0]!, recognizer, options.bits) : [];
if (newsDevWeight > 0) log(`news gold dev: ${newsDev.length} sentences, each ${newsDevWeight} times`);
const newsTrain = newsTrainWeight > 0 ? newsGoldExamples(newsGoldSplit('train'), recognizer, options.bits) : [];
if (newsTrainWeight > 0) log(`news gold train: ${newsTrain.length} sentences, each ${newsTrainWeight} times`);
// The folds leave out the articles the news train split labels again, with or without it, so that both are
// scored on the same articles.
const relabelled = relabelledPolnearIds();
const unrelabelled = prepared.filter((p) => !relabelled.has(p.article.id));
const extra = [
  ...Array.from({ length: newsDevWeight }, () => newsDev).flat(),
  ...Array.from({ length: newsTrainWeight }, () => newsTrain).flat(),
];

if (folds > 1) crossValidate(unrelabelled, folds, options, flag('--errors', ''), log, extra, args.includes('--why'));

const polnear = newsTrainWeight > 0 ? unrelabelled : prepared;
const bytes = trainTagger([...polnear.flatMap((p) => p.examples), ...extra], { ...options, log });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
log(
  `wrote ${out}: ${(bytes.length / 1024).toFixed(0)} KB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB gzip`,
);
