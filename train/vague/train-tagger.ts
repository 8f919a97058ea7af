import { NUM_LABELS } from '../../src/analysis/attributions/learned/labels';
import { FORMAT_VERSION, hashCheck, serializeWeights } from '../../src/analysis/attributions/learned/weights';
import { quantize } from '../quantize';
import { seededRandom, shuffle } from '../random';
import { SequencePerceptron, type Example } from './sequence-perceptron';

export interface TrainOptions {
  bits: number;
  epochs: number;
  /** Features seen fewer times than this in the training sentences are dropped. */
  minCount: number;
  seed: number;
  /** The decoding threshold written into the weights file (see learned/tagger.ts). */
  oBias: number;
  log?: (msg: string) => void;
}

function pruned(examples: Example[], minCount: number, buckets: number): Example[] {
  const counts = new Uint32Array(buckets);
  for (const ex of examples) for (const f of ex.feats) counts[f]!++;
  return examples.map((ex) => {
    const feats: number[] = [];
    const offsets = new Uint32Array(ex.offsets.length);
    for (let i = 0; i + 1 < ex.offsets.length; i++) {
      offsets[i] = feats.length;
      for (let f = ex.offsets[i]!; f < ex.offsets[i + 1]!; f++)
        if (counts[ex.feats[f]!]! >= minCount) feats.push(ex.feats[f]!);
    }
    offsets[ex.offsets.length - 1] = feats.length;
    return { feats: Uint32Array.from(feats), offsets, gold: ex.gold };
  });
}

/** Trains the attribution tagger on the given sentences; returns its weights file (deterministic). */
export function trainTagger(examples: Example[], options: TrainOptions): Uint8Array {
  const buckets = 1 << options.bits;
  const data = pruned(examples, options.minCount, buckets);
  const perceptron = new SequencePerceptron(buckets);
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    let tokens = 0;
    for (const i of order) {
      errors += perceptron.learn(data[i]!);
      tokens += data[i]!.gold.length;
    }
    options.log?.(`epoch ${epoch}: token error rate ${((100 * errors) / tokens).toFixed(3)}%`);
  }
  const avg = perceptron.averaged();
  const q = quantize(avg.w, 0.9999, NUM_LABELS);
  return serializeWeights({
    header: {
      version: FORMAT_VERSION,
      bits: options.bits,
      labels: NUM_LABELS,
      rows: q.keys.length,
      scale: q.scale,
      hashCheck: hashCheck(),
      oBias: options.oBias,
    },
    keys: q.keys,
    weights: q.weights,
    // Transitions are kept in the same units as the scaled emissions.
    transitions: avg.trans,
  });
}
