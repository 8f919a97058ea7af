import { documentFeatures } from './doc-features';
import { contextFeatures, MAX_CONTEXT_FEATURES, NEIGHBOUR_OFFSETS, ownFeatureIds, readSentence } from './features';
import { NUM_LABELS, labelsToSpans, type TokenSpan } from './labels';
import { NO_ROW, type TaggerModel } from './model';
import { neighbourScores, ownScores } from './own-scores';
import { viterbi } from './viterbi';

/**
 * Label scores of every token (n × labels, into `emit`) under the first stage's weights: the same sums as addScores over
 * sentenceFeatures, with each token type's own features and the features it gives its neighbours summed
 * once (own-scores.ts), and only the features of a token and its neighbours together looked up per token.
 */
export function emissions(
  model: TaggerModel,
  tokens: readonly string[],
  emit = new Float32Array(tokens.length * NUM_LABELS),
): Float32Array {
  const L = NUM_LABELS;
  const n = tokens.length;
  const { ctx, rows, weights, scale } = model;
  const mask = (1 << ctx.bits) - 1;
  const s = readSentence(tokens, ctx);
  // Each token's neighbour sums, looked up once per sentence rather than once per neighbour.
  const edge = neighbourScores(model, null);
  const neighbours = s.info.map((t) => neighbourScores(model, t));
  for (let i = 0; i < n; i++) {
    const own = ownScores(model, ownFeatureIds(s, i, ctx));
    for (let l = 0; l < L; l++) sum[l] = own[l]!;
    for (let p = 0; p < NEIGHBOUR_OFFSETS.length; p++) {
      const j = i + NEIGHBOUR_OFFSETS[p]!;
      const sums = j >= 0 && j < n ? neighbours[j]! : edge;
      for (let l = 0, k = p * L; l < L; l++, k++) sum[l]! += sums[k]!;
    }
    const end = contextFeatures(s, i, mask, context, 0);
    for (let f = 0; f < end; f++) {
      const row = rows[context[f]!]!;
      if (row === NO_ROW) continue;
      const r = row * L;
      for (let l = 0; l < L; l++) sum[l]! += weights[r + l]!;
    }
    const base = i * L;
    for (let l = 0; l < L; l++) emit[base + l] = sum[l]! * scale;
  }
  return emit;
}

/** One token's context features and label sums at a time: tagging is synchronous, so one buffer serves every call. */
const context = new Uint32Array(MAX_CONTEXT_FEATURES);
const sum = new Int32Array(NUM_LABELS);

/**
 * Adds to `emit` (n × labels) the weights of each token's features: integer sums of the int8 rows,
 * scaled once per token.
 */
export function addScores(
  emit: Float32Array,
  feats: Uint32Array,
  offsets: Uint32Array,
  rows: Uint16Array,
  w: Int8Array,
  scale: number,
): Float32Array {
  const L = NUM_LABELS;
  for (let i = 0; i + 1 < offsets.length; i++) {
    sum.fill(0);
    for (let f = offsets[i]!; f < offsets[i + 1]!; f++) {
      const row = rows[feats[f]!]!;
      if (row === NO_ROW) continue;
      const r = row * L;
      for (let l = 0; l < L; l++) sum[l]! += w[r + l]!;
    }
    const base = i * L;
    for (let l = 0; l < L; l++) emit[base + l]! += sum[l]! * scale;
  }
  return emit;
}

/** Best labels of one sentence under the given emissions and transitions. */
export function decode(emit: Float32Array, n: number, transitions: Float32Array): Uint8Array {
  const labels = new Uint8Array(n);
  if (n > 0) viterbi(emit, n, transitions, labels);
  return labels;
}

/** Typed token spans of one sentence, first stage only (no document around it). */
export function tagSentence(model: TaggerModel, tokens: readonly string[]): TokenSpan[] {
  return labelsToSpans(decode(emissions(model, tokens), tokens.length, model.transitions));
}

/**
 * Typed token spans of every sentence of one document, in two stages: the first tags each sentence on
 * its own; the second adds to the same emissions the weights of document features built from the
 * first stage's labels (doc-features.ts) and decodes again.
 */
export function tagSentences(model: TaggerModel, sentences: readonly (readonly string[])[]): TokenSpan[][] {
  // One buffer for the document's emissions, a view of it per sentence: typed arrays' memory lives outside the
  // JavaScript heap, and one allocation per sentence cost more than the scores written into it.
  const all = new Float32Array(sentences.reduce((n, tokens) => n + tokens.length, 0) * NUM_LABELS);
  let at = 0;
  const emits = sentences.map((tokens) =>
    emissions(model, tokens, all.subarray(at, (at += tokens.length * NUM_LABELS))),
  );
  const stage1 = emits.map((e, si) => decode(e, sentences[si]!.length, model.transitions));
  const s2 = model.stage2;
  if (s2.weights.length === 0) return stage1.map(labelsToSpans);
  const docFeats = documentFeatures(sentences, stage1);
  return emits.map((e, si) => {
    const { feats, offsets } = docFeats[si]!;
    addScores(e, feats, offsets, s2.rows, s2.weights, s2.scale);
    return labelsToSpans(decode(e, sentences[si]!.length, s2.transitions));
  });
}
