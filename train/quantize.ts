import { NUM_LABELS } from '../src/analysis/entities/labels';

/**
 * int8 weights with one scale, taken from a high percentile of |w| so that a few huge weights do not
 * flatten the rest; the outliers are clipped. Buckets whose row quantizes to all zeros are dropped, and
 * beyond `maxRows` (the run-time table's 16-bit row ids) the rows of least total weight.
 */
export function quantize(
  w: Float32Array,
  percentile = 0.9999,
  L = NUM_LABELS,
  maxRows = 65_000,
): { keys: Uint32Array; weights: Int8Array; scale: number } {
  const mags: number[] = [];
  for (let i = 0; i < w.length; i++) if (w[i] !== 0) mags.push(Math.abs(w[i]!));
  mags.sort((a, b) => a - b);
  const top = mags[Math.min(mags.length - 1, Math.floor(mags.length * percentile))] ?? 1;
  const scale = top / 127;
  const kept: { bucket: number; row: number[]; mass: number }[] = [];
  for (let b = 0; b < w.length / L; b++) {
    const row = new Array<number>(L);
    let mass = 0;
    for (let l = 0; l < L; l++) {
      const q = Math.max(-127, Math.min(127, Math.round(w[b * L + l]! / scale)));
      row[l] = q;
      mass += Math.abs(q);
    }
    if (mass > 0) kept.push({ bucket: b, row, mass });
  }
  const rows =
    kept.length <= maxRows
      ? kept
      : [...kept]
          .sort((a, b) => b.mass - a.mass || a.bucket - b.bucket)
          .slice(0, maxRows)
          .sort((a, b) => a.bucket - b.bucket);
  return {
    keys: Uint32Array.from(rows, (r) => r.bucket),
    weights: Int8Array.from(rows.flatMap((r) => r.row)),
    scale,
  };
}
