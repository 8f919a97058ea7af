import type { Entity } from '../../src/analysis/types';
import { TYPES, type TokenSpan } from '../../src/analysis/entities/labels';

/**
 * A tokenised corpus document as text: its tokens joined by spaces, one sentence a line, read by
 * `entitiesOf` (the product's path is `analyzeText`: language check, sentence splitting, the tagger's own
 * tokens, every rule, our span conventions), then each mention mapped back to the corpus tokens it touches.
 */
export function tagThroughText(
  document: readonly (readonly string[])[],
  entitiesOf: (text: string) => readonly Entity[],
): TokenSpan[][] {
  const where: { sentence: number; token: number; start: number; end: number }[] = [];
  let text = '';
  document.forEach((tokens, si) => {
    if (si > 0) text += '\n';
    tokens.forEach((t, ti) => {
      if (ti > 0) text += ' ';
      where.push({ sentence: si, token: ti, start: text.length, end: text.length + t.length });
      text += t;
    });
  });
  const out: TokenSpan[][] = document.map(() => []);
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = where.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (where[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const entity of entitiesOf(text)) {
    for (const m of entity.mentions) {
      const first = where[tokenAt(m.start)]!;
      const last = where[tokenAt(m.end - 1)]!;
      // A mention cannot cross a line, so both ends lie in one sentence.
      if (first.sentence !== last.sentence) continue;
      out[first.sentence]!.push({ start: first.token, end: last.token + 1, type: TYPES.indexOf(entity.type) });
    }
  }
  for (const spans of out) spans.sort((a, b) => a.start - b.start);
  return out;
}
