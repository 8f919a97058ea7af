import { NEIGHBOUR_OFFSETS, neighbourFeatures, type TokenInfo } from './features';
import { NUM_LABELS } from './labels';
import { NO_ROW, type TaggerModel } from './model';

const caches = new WeakMap<TaggerModel, WeakMap<Uint32Array, Int32Array>>();

/**
 * Per label, the integer sum of the weight rows of a token type's own features (`ids` from ownFeatureIds):
 * computed once per type and model, since news repeats its words. Integer sums are exact, so a token scored
 * from the cached sum scores exactly as one scored feature by feature. Entries live as long as the feature
 * cache keeps the type's `ids`.
 */
export function ownScores(model: TaggerModel, ids: Uint32Array): Int32Array {
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new WeakMap()));
  let sum = cache.get(ids);
  if (sum) return sum;
  const L = NUM_LABELS;
  const mask = (1 << model.ctx.bits) - 1;
  const { rows, weights } = model;
  sum = new Int32Array(L);
  for (let k = 0; k < ids.length; k++) {
    const row = rows[ids[k]! & mask]!;
    if (row === NO_ROW) continue;
    const r = row * L;
    for (let l = 0; l < L; l++) sum[l]! += weights[r + l]!;
  }
  cache.set(ids, sum);
  return sum;
}

const neighbourCaches = new WeakMap<TaggerModel, WeakMap<TokenInfo | typeof EDGE, Int32Array>>();
/** Stands for the sentence's edges (neighbourFeatures' null) as a cache key. */
const EDGE = {};

/**
 * Per neighbour position p (NEIGHBOUR_OFFSETS), at [p × labels, (p + 1) × labels): the integer sum of the
 * weight rows of the features that a token type (or the sentence's edge, `null`) gives the token at that
 * offset from it. Computed once per type and model, exact like ownScores; entries live as long as the
 * feature cache keeps the type's TokenInfo.
 */
export function neighbourScores(model: TaggerModel, t: TokenInfo | null): Int32Array {
  let cache = neighbourCaches.get(model);
  if (!cache) neighbourCaches.set(model, (cache = new WeakMap()));
  const key = t ?? EDGE;
  let sums = cache.get(key);
  if (sums) return sums;
  const L = NUM_LABELS;
  const mask = (1 << model.ctx.bits) - 1;
  const { rows, weights } = model;
  sums = new Int32Array(NEIGHBOUR_OFFSETS.length * L);
  for (let p = 0; p < NEIGHBOUR_OFFSETS.length; p++) {
    for (const h of neighbourFeatures(t, p)) {
      const row = rows[h & mask]!;
      if (row === NO_ROW) continue;
      const r = row * L;
      for (let l = 0; l < L; l++) sums[p * L + l]! += weights[r + l]!;
    }
  }
  cache.set(key, sums);
  return sums;
}
