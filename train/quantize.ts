import { NUM_LABELS } from '../src/analysis/entities/labels';

/**
 * int8 weights with one scale, taken from a high percentile of |w| so that a few huge weights do not
 * flatten the rest; the outliers are clipped. Buckets whose row quantizes to all zeros are dropped.
 */
export function quantize(
  w: Float32Array,
  percentile = 0.9999,
  L = NUM_LABELS,
): { keys: Uint32Array; weights: Int8Array; scale: number } {
  const mags: number[] = [];
  for (let i = 0; i < w.length; i++) if (w[i] !== 0) mags.push(Math.abs(w[i]!));
  mags.sort((a, b) => a - b);
  const top = mags[Math.min(mags.length - 1, Math.floor(mags.length * percentile))] ?? 1;
  const scale = top / 127;
  const keys: number[] = [];
  const rows: number[] = [];
  for (let b = 0; b < w.length / L; b++) {
    const row = new Array<number>(L);
    let any = false;
    for (let l = 0; l < L; l++) {
      const q = Math.max(-127, Math.min(127, Math.round(w[b * L + l]! / scale)));
      row[l] = q;
      if (q !== 0) any = true;
    }
    if (!any) continue;
    keys.push(b);
    rows.push(...row);
  }
  return { keys: Uint32Array.from(keys), weights: Int8Array.from(rows), scale };
}
