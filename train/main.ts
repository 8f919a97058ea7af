import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { tagDocument } from '../src/analysis/entities/document';
import { sentenceFeatures, type FeatureContext } from '../src/analysis/entities/features';
import { buildGazetteer } from '../src/analysis/entities/gazetteer';
import { NUM_LABELS, spansToLabels } from '../src/analysis/entities/labels';
import { FORMAT_VERSION, loadModel, serializeModel } from '../src/analysis/entities/model';
import { conllScores, f1 } from './conll-score';
import { byDocument, readConll, readGmb, readPlainText, type LabeledSentence } from './corpora';
import { buildLexicon } from './lexicon';
import { lowerWords } from './lower-words';
import { newsGazetteer } from './news-gazetteer';
import { Perceptron, type Example } from './perceptron';
import { quantize } from './quantize';
import { seededRandom, shuffle } from './random';

/**
 * `npm run train`: trains the entity tagger on CoNLL-2003 eng.train (GMB and PolNeAR give name and word
 * lists) and writes assets/public/model/entities.bin, then scores eng.testa. Deterministic: fixed seed,
 * fixed corpus order (train/README.md). Flags for experiments only (the defaults make the shipped
 * weights): --epochs N, --out PATH, --min-count N, --gmb-share F (that share of GMB as training data),
 * --no-news (no GMB name lists), --news-min N (GMB names seen N+ times).
 */
const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, '../../shared/data/ner');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const EPOCHS = Number(flag('--epochs', '10'));
const SEED = 20201005;
const BITS = 21;
const MIN_COUNT = Number(flag('--min-count', '2'));
const out = resolve(flag('--out', resolve(here, '../assets/public/model/entities.bin')));

const started = Date.now();
const log = (msg: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);

const conll = readConll(`${shared}/conll2003/eng.train`, true);
const gmb = readGmb(`${shared}/gmb/gmb_ner.conll`);
const dev = readConll(`${shared}/conll2003/eng.testa`);
// GMB's silver labels and conventions cost more than they add as training data (see README); an
// experiment can still mix in every k-th sentence with --gmb-share.
const gmbShare = Number(flag('--gmb-share', '0'));
const gmbTrain = gmbShare > 0 ? gmb.filter((_, i) => i % Math.round(1 / gmbShare) === 0) : [];
const train: LabeledSentence[] = [...conll, ...gmbTrain];
log(`${conll.length} CoNLL + ${gmbTrain.length} GMB training sentences; GMB also as a lexicon`);

// Modern news for the lowercase list: PolNeAR's training articles (US politics, 2016) read as plain text.
const polnear = readPlainText(resolve(shared, '../attribution/polnear/data/train/text'));
const lower = lowerWords([...[...conll, ...gmb].map((s) => s.tokens), ...polnear]);
const gazetteer = {
  ...buildLexicon(),
  ...(args.includes('--no-news') ? {} : newsGazetteer(gmb, new Set(lower), Number(flag('--news-min', '1')))),
};
const ctx: FeatureContext = { gazetteer: buildGazetteer(gazetteer), lowerWords: new Set(lower), bits: BITS };

const examples: Example[] = train.map((s) => ({
  ...sentenceFeatures(s.tokens, ctx),
  gold: spansToLabels(s.tokens.length, s.spans),
}));
// Features seen once are mostly noise and would only inflate the weights file.
const counts = new Uint32Array(1 << BITS);
for (const ex of examples) for (const f of ex.feats) counts[f]!++;
for (const ex of examples) pruneRare(ex, counts);
log(`features extracted`);

const perceptron = new Perceptron(1 << BITS);
const random = seededRandom(SEED);
const order = examples.map((_, i) => i);
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  shuffle(order, random);
  let errors = 0;
  let tokens = 0;
  for (const i of order) {
    errors += perceptron.learn(examples[i]!);
    tokens += examples[i]!.gold.length;
  }
  log(`epoch ${epoch}: token error rate ${((100 * errors) / tokens).toFixed(2)}%`);
}

const avg = perceptron.averaged();
const q = quantize(avg.w);
const bytes = serializeModel({
  header: {
    version: FORMAT_VERSION,
    bits: BITS,
    labels: NUM_LABELS,
    rows: q.keys.length,
    scale: q.scale,
    gazetteer,
    lowerWords: lower,
  },
  keys: q.keys,
  weights: q.weights,
  transitions: avg.trans,
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
log(
  `wrote ${out}: ${q.keys.length} rows, ${(bytes.length / 1024).toFixed(0)} KB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB gzip`,
);

const model = loadModel(bytes);
const gold = [];
const pred = [];
for (const sentences of byDocument(dev).values()) {
  gold.push(...sentences.map((s) => s.spans));
  pred.push(
    ...tagDocument(
      model,
      sentences.map((s) => s.tokens),
    ),
  );
}
const scores = conllScores(gold, pred);
log(
  `eng.testa exact F1: ${Object.entries(scores)
    .map(([t, s]) => `${t} ${(100 * f1(s).f).toFixed(2)}`)
    .join(', ')}`,
);

function pruneRare(ex: Example, counts: Uint32Array): void {
  const feats: number[] = [];
  const offsets = new Uint32Array(ex.offsets.length);
  for (let i = 0; i + 1 < ex.offsets.length; i++) {
    offsets[i] = feats.length;
    for (let f = ex.offsets[i]!; f < ex.offsets[i + 1]!; f++)
      if (counts[ex.feats[f]!]! >= MIN_COUNT) feats.push(ex.feats[f]!);
  }
  offsets[ex.offsets.length - 1] = feats.length;
  ex.feats = Uint32Array.from(feats);
  ex.offsets = offsets;
}
