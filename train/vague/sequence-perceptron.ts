import { NUM_LABELS } from '../../src/analysis/attributions/learned/labels';
import { viterbi } from '../../src/analysis/attributions/learned/viterbi';

/** One training sentence: hashed features (token i owns feats[offsets[i] .. offsets[i+1])) and gold labels. */
export interface Example {
  feats: Uint32Array;
  offsets: Uint32Array;
  gold: Uint8Array;
}

/**
 * Structured averaged perceptron (Collins 2002) over the attribution tagger's BIO labels, with the usual
 * averaging trick: keep w and the time-weighted sum of updates; the average is w - acc / t.
 */
export class SequencePerceptron {
  readonly w: Float32Array;
  readonly acc: Float64Array;
  readonly trans = new Float32Array((NUM_LABELS + 1) * NUM_LABELS);
  readonly transAcc = new Float64Array((NUM_LABELS + 1) * NUM_LABELS);
  t = 1;

  constructor(readonly buckets: number) {
    this.w = new Float32Array(buckets * NUM_LABELS);
    this.acc = new Float64Array(buckets * NUM_LABELS);
  }

  /** Tags a sentence with the current (not averaged) weights. */
  predict(ex: Example, w: Float32Array = this.w, trans: Float32Array = this.trans): Uint8Array {
    const n = ex.gold.length;
    const out = new Uint8Array(n);
    viterbi(this.emit(ex, w), n, trans, out);
    return out;
  }

  /** Trains on one sentence; returns the number of wrongly predicted tokens. */
  learn(ex: Example): number {
    const L = NUM_LABELS;
    const pred = this.predict(ex);
    let errors = 0;
    for (let i = 0; i < ex.gold.length; i++) {
      const g = ex.gold[i]!;
      const p = pred[i]!;
      const gPrev = i === 0 ? L : ex.gold[i - 1]!;
      const pPrev = i === 0 ? L : pred[i - 1]!;
      if (g !== p) {
        errors++;
        for (let f = ex.offsets[i]!; f < ex.offsets[i + 1]!; f++) {
          const base = ex.feats[f]! * L;
          this.bump(this.w, this.acc, base + g, 1);
          this.bump(this.w, this.acc, base + p, -1);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.bump(this.trans, this.transAcc, gPrev * L + g, 1);
        this.bump(this.trans, this.transAcc, pPrev * L + p, -1);
      }
    }
    this.t++;
    return errors;
  }

  private bump(w: Float32Array, acc: Float64Array, i: number, d: number): void {
    w[i]! += d;
    acc[i]! += this.t * d;
  }

  private emit(ex: Example, w: Float32Array): Float32Array {
    const L = NUM_LABELS;
    const n = ex.gold.length;
    const e = new Float32Array(n * L);
    for (let i = 0; i < n; i++) {
      for (let f = ex.offsets[i]!; f < ex.offsets[i + 1]!; f++) {
        const base = ex.feats[f]! * L;
        for (let l = 0; l < L; l++) e[i * L + l]! += w[base + l]!;
      }
    }
    return e;
  }

  averaged(): { w: Float32Array; trans: Float32Array } {
    const w = new Float32Array(this.w.length);
    for (let i = 0; i < w.length; i++) w[i] = this.w[i]! - this.acc[i]! / this.t;
    const trans = new Float32Array(this.trans.length);
    for (let i = 0; i < trans.length; i++) trans[i] = this.trans[i]! - this.transAcc[i]! / this.t;
    return { w, trans };
  }
}
