import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';
import { normalizeToken } from './normalize';

const INVISIBLE = /^[\u00ad\u200b-\u200d\u2060\ufeff]+$/;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Messrs|Mme|Mlle)\.?$/;
/** A photo credit glued to the name by the page's markup ("CreditCreditJeon Heon-Kyun/EPA"). */
/** Contractions, split as in CoNLL's text ("did" "n't", "I" "'m"): whole, the weights read "I'm" as a name. */
const CONTRACTION = /^(\p{L}+?)(n't|'m|'re|'ve|'ll|'d)$/iu;
/** A quote or plural possessive glued to a word ("Republicans'", "'Be"), also split off as in CoNLL. */
const GLUED_QUOTE = /^(\p{L}{2,})(')$|^(')(\p{Lu}\p{L}*)$/u;
const CREDIT = /^(?:Credit|Photo|Image)+(?=\p{Lu}\p{Ll})/u;
const CREDIT_INITIAL = new Set(['C', 'P', 'I']);

/**
 * The tagger's view of a sentence's tokens: typographic variants normalised (normalize.ts), and words
 * that an invisible character split apart joined again ("Netan\u00adyahu": some sites put soft hyphens
 * in long words). Honorifics before a name are left out: CoNLL's Reuters text hardly ever has them, so
 * the weights know "Lankford insisted" but not "Mr. Lankford insisted" (and a name never includes them).
 * A caption's "Credit" glued to the photographer's name is left out too, and contractions are split.
 * Offsets still point into the original text, so mentions keep the page's characters.
 */
export function nerTokens(sentence: Sentence): Token[] {
  const out: Token[] = [];
  let glue = false;
  sentence.tokens.forEach((t, i) => {
    const next = sentence.tokens[i + 1];
    if (HONORIFIC.test(t.text) && next !== undefined && /^\p{Lu}/u.test(next.text)) return;
    const prev = out[out.length - 1];
    const adjacent = prev !== undefined && prev.end === t.start;
    if (adjacent && INVISIBLE.test(t.text)) {
      out[out.length - 1] = { ...prev, end: t.end };
      glue = true;
      return;
    }
    if (adjacent && glue)
      out[out.length - 1] = { text: prev.text + normalizeToken(t.text), start: prev.start, end: t.end };
    else {
      // Cheap tests first: most tokens have neither a glued credit nor an apostrophe.
      const credit = t.text.length > 6 && CREDIT_INITIAL.has(t.text[0]!) && CREDIT.exec(t.text);
      const start = t.start + (credit ? credit[0].length : 0);
      const text = normalizeToken(credit ? t.text.slice(credit[0].length) : t.text);
      const parts = text.includes("'") && text.length > 1 ? (CONTRACTION.exec(text) ?? GLUED_QUOTE.exec(text)) : null;
      if (parts) {
        const [a, b] = parts.slice(1).filter((p) => p !== undefined) as [string, string];
        const cut = start + a.length;
        out.push({ text: a, start, end: cut }, { text: b, start: cut, end: t.end });
      } else out.push({ text, start, end: t.end });
    }
    glue = false;
  });
  return out;
}
