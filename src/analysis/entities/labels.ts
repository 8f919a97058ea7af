import type { EntityType } from '../types';

/**
 * BILOU tags over the five entity types. Label 0 is O; type t, position p (B, I, L, U) is 1 + 4t + p.
 * BILOU rather than IOB lets the linear model learn span ends and single-token names separately.
 */
export const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'OTHER'];
export const NUM_LABELS = 1 + 4 * TYPES.length;
export const O = 0;
const B = 0;
const I = 1;
const L = 2;
const U = 3;

export function label(type: number, pos: number): number {
  return 1 + 4 * type + pos;
}

export function labelType(l: number): number {
  return (l - 1) >> 2;
}

export function labelPos(l: number): number {
  return (l - 1) & 3;
}

/** Tokens [start, end) of one typed span; `type` indexes TYPES. */
export interface TokenSpan {
  start: number;
  end: number;
  type: number;
}

export function spansToLabels(n: number, spans: readonly TokenSpan[]): Uint8Array {
  const labels = new Uint8Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) {
      labels[s.start] = label(s.type, U);
      continue;
    }
    labels[s.start] = label(s.type, B);
    for (let i = s.start + 1; i < s.end - 1; i++) labels[i] = label(s.type, I);
    labels[s.end - 1] = label(s.type, L);
  }
  return labels;
}

/** Reads spans back from a valid BILOU sequence (Viterbi only produces valid ones). */
export function labelsToSpans(labels: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l === O) continue;
    const pos = labelPos(l);
    if (pos === U) spans.push({ start: i, end: i + 1, type: labelType(l) });
    else if (pos === B) open = i;
    else if (pos === L && open >= 0) {
      spans.push({ start: open, end: i + 1, type: labelType(l) });
      open = -1;
    }
  }
  return spans;
}

/** Whether label `b` may follow label `a` in BILOU (`a` = O at the sentence start). */
export function allowed(a: number, b: number): boolean {
  const aInside = a !== O && (labelPos(a) === B || labelPos(a) === I);
  if (aInside) return b !== O && labelType(b) === labelType(a) && (labelPos(b) === I || labelPos(b) === L);
  return b === O || labelPos(b) === B || labelPos(b) === U;
}

/** Whether a sentence may end on label `a`. */
export function allowedLast(a: number): boolean {
  return a === O || labelPos(a) === L || labelPos(a) === U;
}
