import type { SentenceView } from '../view';
import { sentenceFeatures } from './features';
import { NUM_LABELS, O } from './labels';
import { viterbi } from './viterbi';
import { parseWeights } from './weights';

/** The weights file under the extension root's /model/ (assets/public/model/ in the repository). */
export const ATTRIBUTION_MODEL_FILE = 'attributions.bin';

/** Tags each token of a sentence with a label of labels.ts: the learned half of the detector. */
export interface AttributionTagger {
  tag(view: SentenceView): Uint8Array;
}

const NO_ROW = -1;

/**
 * Parses the weights once (`npm run train:vague` writes them); the tagger is then reusable. `oBias`, added
 * to the score of "no span" on every token, trades recall for precision; the weights file carries the
 * value cross-validation chose.
 */
export function createAttributionTagger(bytes: Uint8Array, oBias?: number): AttributionTagger {
  const { header, keys, weights, transitions } = parseWeights(bytes);
  const bias = oBias ?? header.oBias;
  // One array read per feature: the bucket's row, or NO_ROW for a bucket whose weights were all zero.
  const rows = new Int32Array(1 << header.bits).fill(NO_ROW);
  keys.forEach((key, row) => (rows[key] = row));
  const L = NUM_LABELS;
  const sum = new Int32Array(L);
  return {
    tag(view) {
      const n = view.words.length;
      const labels = new Uint8Array(n);
      if (n === 0) return labels;
      const { feats, offsets } = sentenceFeatures(view, header.bits);
      const emit = new Float32Array(n * L);
      for (let i = 0; i < n; i++) {
        sum.fill(0);
        for (let f = offsets[i]!; f < offsets[i + 1]!; f++) {
          const row = rows[feats[f]!]!;
          if (row === NO_ROW) continue;
          for (let l = 0; l < L; l++) sum[l]! += weights[row * L + l]!;
        }
        for (let l = 0; l < L; l++) emit[i * L + l] = sum[l]! * header.scale;
        emit[i * L + O]! += bias;
      }
      viterbi(emit, n, transitions, labels);
      return labels;
    },
  };
}
