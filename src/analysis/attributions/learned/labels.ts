/**
 * The learned tagger's labels, BIO over two kinds of span: a vague SOURCE phrase ("officials familiar with
 * the talks") and an agentless CUE ("is widely expected"). An inside label only continues its own kind.
 */
export const O = 0;
export const SOURCE_BEGIN = 1;
export const SOURCE_INSIDE = 2;
export const CUE_BEGIN = 3;
export const CUE_INSIDE = 4;
export const NUM_LABELS = 5;

export function allowedAfter(prev: number, next: number): boolean {
  if (next === SOURCE_INSIDE) return prev === SOURCE_BEGIN || prev === SOURCE_INSIDE;
  if (next === CUE_INSIDE) return prev === CUE_BEGIN || prev === CUE_INSIDE;
  return true;
}

export function allowedFirst(label: number): boolean {
  return label !== SOURCE_INSIDE && label !== CUE_INSIDE;
}

export interface LabelSpan {
  kind: 'source' | 'cue';
  /** Token indices, inclusive. */
  from: number;
  to: number;
}

export function labelSpans(labels: Uint8Array): LabelSpan[] {
  const spans: LabelSpan[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l !== SOURCE_BEGIN && l !== CUE_BEGIN) continue;
    const inside = l === SOURCE_BEGIN ? SOURCE_INSIDE : CUE_INSIDE;
    let to = i;
    while (labels[to + 1] === inside) to++;
    spans.push({ kind: l === SOURCE_BEGIN ? 'source' : 'cue', from: i, to });
    i = to;
  }
  return spans;
}
