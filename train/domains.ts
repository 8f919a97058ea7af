import { NUM_LABELS } from '../src/analysis/entities/labels';
import type { Example } from './perceptron';

/**
 * Frustratingly easy domain adaptation (Daumé III 2007) without touching inference: each feature of a
 * training sentence fires twice, once in the shared block of buckets and once in its corpus's own block
 * (block 1 + domain), so what holds only for Reuters 1996 or for GMB's silver conventions can settle in
 * that corpus's copy instead of the shared weight. At run time the domain is always news, so the shipped
 * weight of a feature is its shared weight plus its news copy (`foldDomain`): one weight per feature, the
 * tagger unchanged.
 */
export function withDomainCopy(ex: Example, domain: number, buckets: number): Example {
  const offset = (1 + domain) * buckets;
  const feats = new Uint32Array(ex.feats.length * 2);
  const offsets = new Uint32Array(ex.offsets.length);
  for (let i = 0; i + 1 < ex.offsets.length; i++) {
    const from = ex.offsets[i]!;
    const to = ex.offsets[i + 1]!;
    const at = 2 * from;
    offsets[i] = at;
    for (let f = from; f < to; f++) {
      feats[at + (f - from)] = ex.feats[f]!;
      feats[at + (to - from) + (f - from)] = ex.feats[f]! + offset;
    }
  }
  offsets[ex.offsets.length - 1] = feats.length;
  return { ...ex, feats, offsets };
}

/** Shared weights plus the domain's copy (buckets × labels), from weights of `withDomainCopy` examples. */
export function foldDomain(w: Float32Array, domain: number, buckets: number, L = NUM_LABELS): Float32Array {
  const size = buckets * L;
  const folded = w.slice(0, size);
  const copy = (1 + domain) * size;
  for (let i = 0; i < size; i++) folded[i]! += w[copy + i]!;
  return folded;
}
