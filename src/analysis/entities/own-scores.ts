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
