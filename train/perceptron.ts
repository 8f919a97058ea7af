import { NUM_LABELS } from '../src/analysis/entities/labels';
import { maskTransitions, viterbi } from '../src/analysis/entities/viterbi';

/**
 * One training sentence as the trainer sees it: hashed features (CSR) and gold BILOU labels; `base`
 * (n × labels) are fixed scores the weights add to (the second stage learns on top of the first's).
 */
export interface Example {
  feats: Uint32Array;
  offsets: Uint32Array;
  gold: Uint8Array;
  base?: Float32Array;
}

/**
 * Structured averaged perceptron (Collins 2002) over hashed features with BILOU transitions.
 * Averaging uses the usual trick: keep w and the time-weighted sum of updates, average = w - acc / t.
 */
export class Perceptron {
  readonly w: Float32Array;
  readonly acc: Float64Array;
  readonly trans = new Float64Array((NUM_LABELS + 1) * NUM_LABELS);
  readonly transAcc = new Float64Array((NUM_LABELS + 1) * NUM_LABELS);
  t = 1;

  /** `transitions`: where the label transitions start from (the second stage starts from the first's). */
  constructor(
    readonly buckets: number,
    transitions?: Float32Array,
  ) {
    this.w = new Float32Array(buckets * NUM_LABELS);
    this.acc = new Float64Array(buckets * NUM_LABELS);
    if (transitions) this.trans.set(transitions);
  }

  /** Trains on one sentence; returns the number of wrongly predicted tokens. */
  learn(ex: Example): number {
    const L = NUM_LABELS;
    const n = ex.gold.length;
    const pred = new Uint8Array(n);
    viterbi(emitScores(ex, this.w), n, maskTransitions(Float32Array.from(this.trans)), pred);
    let errors = 0;
    for (let i = 0; i < n; i++) {
      const g = ex.gold[i]!;
      const p = pred[i]!;
      const gPrev = i === 0 ? L : ex.gold[i - 1]!;
      const pPrev = i === 0 ? L : pred[i - 1]!;
      if (g !== p) {
        errors++;
        for (let f = ex.offsets[i]!; f < ex.offsets[i + 1]!; f++) {
          const base = ex.feats[f]! * L;
          this.bump(base + g, 1);
          this.bump(base + p, -1);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.trans[gPrev * L + g]! += 1;
        this.transAcc[gPrev * L + g]! += this.t;
        this.trans[pPrev * L + p]! -= 1;
        this.transAcc[pPrev * L + p]! -= this.t;
      }
    }
    this.t++;
    return errors;
  }

  private bump(i: number, d: number): void {
    this.w[i]! += d;
    this.acc[i]! += this.t * d;
  }

  averaged(): { w: Float32Array; trans: Float32Array } {
    const w = new Float32Array(this.w.length);
    for (let i = 0; i < w.length; i++) w[i] = this.w[i]! - this.acc[i]! / this.t;
    const trans = new Float32Array(this.trans.length);
    for (let i = 0; i < trans.length; i++) trans[i] = this.trans[i]! - this.transAcc[i]! / this.t;
    return { w, trans };
  }
}

/** Label scores (n × labels) of one example under float weights, on top of its base scores if any. */
export function emitScores(ex: Example, w: Float32Array): Float32Array {
  const L = NUM_LABELS;
  const n = ex.gold.length;
  const e = ex.base ? Float32Array.from(ex.base) : new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    for (let f = ex.offsets[i]!; f < ex.offsets[i + 1]!; f++) {
      const base = ex.feats[f]! * L;
      for (let l = 0; l < L; l++) e[i * L + l]! += w[base + l]!;
    }
  }
  return e;
}
