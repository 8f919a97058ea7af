import type { SentenceView } from '../view';
import {
  contextCapacity,
  contextFeatures,
  readSentence,
  SENTENCE_EDGE,
  wordFeatures,
  withRoom,
  WORD_OFFSETS,
  type WordFacts,
} from './features';
import { NUM_LABELS, O } from './labels';
import { viterbi } from './viterbi';
import { parseWeights } from './weights';

/** The weights file under the extension root's /model/ (assets/public/model/ in the repository). */
export const ATTRIBUTION_MODEL_FILE = 'attributions.bin';

/** Tags each token of a sentence with a label of labels.ts: the learned half of the detector. */
export interface AttributionTagger {
  tag(view: SentenceView): Uint8Array;
}

/** The tagger made from a weights file, which also tells the label scores it decodes. */
export interface WeightsTagger extends AttributionTagger {
  /** Label scores of every token (n × labels), before decoding. */
  emissions(view: SentenceView): Float32Array;
}

/** Marks a bucket with no row: every weight of it was zero. */
const NO_ROW = 0xffff;

/**
 * Parses the weights once (`npm run train:vague` writes them); the tagger is then reusable. `oBias`, added
 * to the score of "no span" on every token, trades recall for precision; the weights file carries the
 * value cross-validation chose.
 *
 * A token's score is the sum of its features' weight rows (features.ts). The features a word gives the
 * tokens around it (wordFeatures) are summed once per word type and position and kept for as long as the
 * word's facts are cached, since news repeats its words; only the features of several words are looked up
 * per token. Integer sums are exact, so the scores are those of the features one by one.
 */
export function createAttributionTagger(bytes: Uint8Array, oBias?: number): WeightsTagger {
  const { header, keys, weights, transitions } = parseWeights(bytes);
  const bias = oBias ?? header.oBias;
  const mask = (1 << header.bits) - 1;
  const L = NUM_LABELS;
  // One array read per feature: the bucket's row, or NO_ROW. 16 bits halve the table's cache footprint (2 MB at
  // 20 bits), which is where the per-token look-ups spend their time.
  if (keys.length >= NO_ROW) throw new Error(`attribution weights: ${keys.length} rows, at most ${NO_ROW - 1}`);
  const rows = new Uint16Array(1 << header.bits).fill(NO_ROW);
  keys.forEach((key, row) => (rows[key] = row));
  const P = WORD_OFFSETS.length;
  const wordSums = new WeakMap<WordFacts, Int32Array>();
  /** Per position p, at [p * L, (p + 1) * L): the summed rows of the features `facts` gives from there. */
  const sumsOf = (facts: WordFacts): Int32Array => {
    let sums = wordSums.get(facts);
    if (sums) return sums;
    sums = new Int32Array(P * L);
    for (let p = 0; p < P; p++) {
      for (const h of wordFeatures(facts, p)) {
        const row = rows[h & mask]!;
        if (row === NO_ROW) continue;
        const r = row * L;
        for (let l = 0; l < L; l++) sums[p * L + l]! += weights[r + l]!;
      }
    }
    wordSums.set(facts, sums);
    return sums;
  };
  const sum = new Int32Array(L);
  const scratch = new Float32Array(1024 * L);
  let context: Uint32Array = new Uint32Array(64);
  const emissions = (view: SentenceView, emit = new Float32Array(view.words.length * L)): Float32Array => {
    const n = view.words.length;
    if (n === 0) return emit;
    const s = readSentence(view);
    // Each word's sums, looked up once per sentence rather than once per position.
    const words = s.facts.map(sumsOf);
    const edge = sumsOf(SENTENCE_EDGE);
    for (let i = 0; i < n; i++) {
      sum.fill(0);
      for (let p = 0; p < P; p++) {
        const j = i + WORD_OFFSETS[p]!;
        const sums = j >= 0 && j < n ? words[j]! : edge;
        for (let l = 0, k = p * L; l < L; l++, k++) sum[l]! += sums[k]!;
      }
      context = withRoom(context, 0, contextCapacity(s, i));
      const end = contextFeatures(s, i, mask, context, 0);
      for (let f = 0; f < end; f++) {
        const row = rows[context[f]!]!;
        if (row === NO_ROW) continue;
        const r = row * L;
        for (let l = 0; l < L; l++) sum[l]! += weights[r + l]!;
      }
      for (let l = 0; l < L; l++) emit[i * L + l] = sum[l]! * header.scale;
      emit[i * L + O]! += bias;
    }
    return emit;
  };
  return {
    emissions,
    tag(view) {
      const n = view.words.length;
      const labels = new Uint8Array(n);
      if (n === 0) return labels;
      // The scores are decoded at once: one buffer serves every sentence up to its size.
      const emit = n * L <= scratch.length ? scratch.subarray(0, n * L) : new Float32Array(n * L);
      viterbi(emissions(view, emit), n, transitions, labels);
      return labels;
    },
  };
}
