import { allowedAfter, allowedFirst, NUM_LABELS } from './labels';

const NEG = -1e30;

/** Scratch reused by every call up to this many tokens, as in the entity tagger's viterbi.ts. */
const SCRATCH_TOKENS = 1024;
const scratchScore = new Float32Array(SCRATCH_TOKENS * NUM_LABELS);
const scratchBack = new Uint8Array(SCRATCH_TOKENS * NUM_LABELS);

/**
 * Best label sequence under emission scores (n × NUM_LABELS, row-major) and transition scores
 * ((NUM_LABELS + 1) × NUM_LABELS, last row = sentence start); BIO-impossible moves are never taken.
 */
export function viterbi(emit: Float32Array, n: number, trans: Float32Array, out: Uint8Array): void {
  const L = NUM_LABELS;
  if (n === 0) return;
  const score = n <= SCRATCH_TOKENS ? scratchScore : new Float32Array(n * L);
  const back = n <= SCRATCH_TOKENS ? scratchBack : new Uint8Array(n * L);
  for (let b = 0; b < L; b++) score[b] = allowedFirst(b) ? emit[b]! + trans[L * L + b]! : NEG;
  for (let i = 1; i < n; i++) {
    for (let b = 0; b < L; b++) {
      let best = NEG * 2;
      let arg = 0;
      for (let a = 0; a < L; a++) {
        if (!allowedAfter(a, b)) continue;
        const s = score[(i - 1) * L + a]! + trans[a * L + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[i * L + b] = best + emit[i * L + b]!;
      back[i * L + b] = arg;
    }
  }
  let best = NEG * 2;
  let arg = 0;
  for (let a = 0; a < L; a++) {
    if (score[(n - 1) * L + a]! > best) {
      best = score[(n - 1) * L + a]!;
      arg = a;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
}
