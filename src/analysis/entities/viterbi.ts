import { NUM_LABELS, allowed, allowedLast } from './labels';

const NEG = -1e30;

/** For each label, the labels that may precede it: BILOU allows about a third of all pairs. */
const PREDECESSORS: Uint8Array[] = Array.from({ length: NUM_LABELS }, (_, b) =>
  Uint8Array.from(Array.from({ length: NUM_LABELS }, (_, a) => a).filter((a) => allowed(a, b))),
);

/** Transition scores with BILOU-impossible moves masked out; row NUM_LABELS is the sentence start. */
export function maskTransitions(trans: Float32Array): Float32Array {
  const L = NUM_LABELS;
  const out = new Float32Array((L + 1) * L);
  for (let a = 0; a <= L; a++) {
    for (let b = 0; b < L; b++) {
      const ok = allowed(a === L ? 0 : a, b);
      out[a * L + b] = ok ? trans[a * L + b]! : NEG;
    }
  }
  return out;
}

/**
 * Scratch for sentences of up to SCRATCH_TOKENS tokens, reused by every call: decoding is synchronous, and a pair
 * of typed arrays per sentence (their memory outside the JavaScript heap) costs more to allocate and collect than
 * the decoding. A longer sentence gets its own, so that one odd page leaves nothing large behind.
 */
const SCRATCH_TOKENS = 1024;
const scratchScore = new Float32Array(SCRATCH_TOKENS * NUM_LABELS);
const scratchBack = new Uint8Array(SCRATCH_TOKENS * NUM_LABELS);

/**
 * Best label sequence under emission scores (n × L, row-major) and masked transitions
 * ((L+1) × L, last row = start). Ends only on labels that close a span.
 */
export function viterbi(emit: Float32Array, n: number, trans: Float32Array, out: Uint8Array): void {
  const L = NUM_LABELS;
  if (n === 0) return;
  const score = n <= SCRATCH_TOKENS ? scratchScore : new Float32Array(n * L);
  const back = n <= SCRATCH_TOKENS ? scratchBack : new Uint8Array(n * L);
  for (let b = 0; b < L; b++) score[b] = emit[b]! + trans[L * L + b]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    for (let b = 0; b < L; b++) {
      let best = NEG * 2;
      let arg = 0;
      const preds = PREDECESSORS[b]!;
      for (let k = 0; k < preds.length; k++) {
        const a = preds[k]!;
        const s = score[prev + a]! + trans[a * L + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[cur + b] = best + emit[cur + b]!;
      back[cur + b] = arg;
    }
  }
  let best = NEG * 2;
  let arg = 0;
  const last = (n - 1) * L;
  for (let a = 0; a < L; a++) {
    if (allowedLast(a) && score[last + a]! > best) {
      best = score[last + a]!;
      arg = a;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
}
