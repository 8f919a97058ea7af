import nlp from 'compromise';
import type { TypedSpan } from '../src/analysis/types';

/**
 * compromise's people()/places()/organizations(), the baseline the tagger is measured against.
 * Its matches carry trailing punctuation ("United Nations."), which we trim so it is scored fairly.
 */
export function compromiseSpans(text: string): TypedSpan[] {
  const doc = nlp(text);
  const out: TypedSpan[] = [];
  const take = (matches: { offset: { start: number; length: number } }[], type: TypedSpan['type']): void => {
    for (const m of matches) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (end > start && /[^\p{L}\p{N}]/u.test(text[end - 1]!)) end--;
      while (start < end && /[^\p{L}\p{N}]/u.test(text[start]!)) start++;
      if (end > start) out.push({ start, end, text: text.slice(start, end), type });
    }
  };
  // terms: false is accepted at run time (it drops per-term output) but not by the typings.
  const opts = { offset: true, terms: false } as unknown as { offset: true };
  take(doc.people().json(opts) as never, 'PERSON');
  take(doc.places().json(opts) as never, 'PLACE');
  take(doc.organizations().json(opts) as never, 'ORG');
  return out.sort((a, b) => a.start - b.start);
}
