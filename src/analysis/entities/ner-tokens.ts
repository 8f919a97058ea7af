import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';
import { normalizeToken } from './normalize';

const INVISIBLE = /^[\u00ad\u200b-\u200d\u2060\ufeff]+$/;

/**
 * The tagger's view of a sentence's tokens: typographic variants normalised (normalize.ts), and words
 * that an invisible character split apart joined again ("Netan\u00adyahu": some sites put soft hyphens
 * in long words). Offsets still point into the original text, so mentions keep the page's characters.
 */
export function nerTokens(sentence: Sentence): Token[] {
  const out: Token[] = [];
  let glue = false;
  for (const t of sentence.tokens) {
    const prev = out[out.length - 1];
    const adjacent = prev !== undefined && prev.end === t.start;
    if (adjacent && INVISIBLE.test(t.text)) {
      out[out.length - 1] = { ...prev, end: t.end };
      glue = true;
      continue;
    }
    if (adjacent && glue) out[out.length - 1] = { text: prev.text + normalizeToken(t.text), start: prev.start, end: t.end };
    else out.push({ text: normalizeToken(t.text), start: t.start, end: t.end });
    glue = false;
  }
  return out;
}
