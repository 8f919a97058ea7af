import { documentFeatures } from '../src/analysis/entities/doc-features';
import { maskTransitions } from '../src/analysis/entities/viterbi';
import { decode } from '../src/analysis/entities/tagger';
import type { LabeledSentence } from './corpora';
import { emitScores, Perceptron, type Example } from './perceptron';
import { seededRandom, shuffle } from './random';

/** Averaged weights (buckets × labels) and transitions after `epochs` shuffled passes. */
export function trainPerceptron(
  examples: readonly Example[],
  buckets: number,
  epochs: number,
  seed: number,
  log: (msg: string) => void,
  transitions?: Float32Array,
): { w: Float32Array; trans: Float32Array } {
  const perceptron = new Perceptron(buckets, transitions);
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    let tokens = 0;
    for (const i of order) {
      errors += perceptron.learn(examples[i]!);
      tokens += examples[i]!.gold.length;
    }
    log(`epoch ${epoch}: token error rate ${((100 * errors) / tokens).toFixed(2)}% (${buckets} buckets)`);
  }
  return perceptron.averaged();
}

/**
 * The second stage's training examples: the first stage's emissions and labels on every training
 * document come from a model that never saw that document (two folds, documents alternating), so the
 * second stage learns how far to trust first-stage labels as they are on unseen text.
 */
export function outOfFoldStage1(
  sentences: readonly LabeledSentence[],
  examples: readonly Example[],
  docs: readonly (readonly number[])[],
  buckets: number,
  epochs: number,
  seed: number,
  log: (msg: string) => void,
): Example[] {
  const out: Example[] = [];
  for (let fold = 0; fold < 2; fold++) {
    const trainOn = docs.filter((_, d) => d % 2 !== fold).flat();
    log(`stage 1, fold ${fold + 1} of 2: ${trainOn.length} sentences`);
    const model = trainPerceptron(
      trainOn.map((i) => examples[i]!),
      buckets,
      epochs,
      seed + fold + 1,
      log,
    );
    const trans = maskTransitions(model.trans);
    docs.forEach((doc, d) => {
      if (d % 2 !== fold) return;
      const emits = doc.map((i) => emitScores(examples[i]!, model.w));
      const labels = emits.map((e, k) => decode(e, examples[doc[k]!]!.gold.length, trans));
      const feats = documentFeatures(
        doc.map((i) => sentences[i]!.tokens),
        labels,
      );
      doc.forEach((i, k) => out.push({ ...feats[k]!, gold: examples[i]!.gold, base: emits[k]! }));
    });
  }
  return out;
}
