import { sentenceFeatures } from './features';
import { NUM_LABELS, labelsToSpans, type TokenSpan } from './labels';
import { NO_ROW, type TaggerModel } from './model';
import { viterbi } from './viterbi';

/** Label scores of every token (n × labels) under the model. */
export function emissions(model: TaggerModel, tokens: readonly string[]): Float32Array {
  const L = NUM_LABELS;
  const { feats, offsets } = sentenceFeatures(tokens, model.ctx);
  const emit = new Float32Array(tokens.length * L);
  // Integer sums of the int8 weights, scaled once per token.
  const sum = new Int32Array(L);
  const w = model.weights;
  const rows = model.rows;
  for (let i = 0; i < tokens.length; i++) {
    sum.fill(0);
    for (let f = offsets[i]!; f < offsets[i + 1]!; f++) {
      const row = rows[feats[f]!]!;
      if (row === NO_ROW) continue;
      const r = row * L;
      for (let l = 0; l < L; l++) sum[l]! += w[r + l]!;
    }
    const base = i * L;
    for (let l = 0; l < L; l++) emit[base + l] = sum[l]! * model.scale;
  }
  return emit;
}

/** Typed token spans of one sentence. */
export function tagSentence(model: TaggerModel, tokens: readonly string[]): TokenSpan[] {
  if (tokens.length === 0) return [];
  const labels = new Uint8Array(tokens.length);
  viterbi(emissions(model, tokens), tokens.length, model.transitions, labels);
  return labelsToSpans(labels);
}
