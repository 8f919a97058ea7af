import { type Token, tokenize } from './tokens';

/** A sentence with its tokens; `start`/`end` are offsets into the text. */
export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const TERMINATORS = new Set(['.', '!', '?', '\u2026']);
const STRAIGHT_QUOTES = new Set(['"', "'"]);

/**
 * Splits text into sentences. Paragraph breaks always end a sentence; a terminator ends one when the next
 * token starts with a capital, a digit or an opening quote. Abbreviations and initials carry their period
 * inside the token (see tokenize), so they never end a sentence on their own, nor does a period inside an
 * abbreviation the tokenizer cut ("Ph.D.").
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphRe = /[^\n]+/g;
  let p: RegExpExecArray | null;
  while ((p = paragraphRe.exec(text)) !== null) {
    const tokens = tokenize(text, p.index, p.index + p[0].length);
    let current: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      current.push(tok);
      if (!TERMINATORS.has(tok.text) || insideAbbreviation(tokens[i - 1], tok, tokens[i + 1])) continue;
      while (i + 1 < tokens.length && closesSentence(tokens[i]!, tokens[i + 1]!)) current.push(tokens[++i]!);
      const next = tokens[i + 1];
      if (!next || /^[\p{Lu}\p{N}"'\u201c\u2018(\u00ab-]/u.test(next.text)) {
        sentences.push(toSentence(current));
        current = [];
      }
    }
    if (current.length) sentences.push(toSentence(current));
  }
  return sentences;
}

/**
 * Whether `next` still belongs to the sentence that `prev` (a terminator or closer) ends. A straight quote
 * opens as often as it closes: it closes only when it touches what ends the sentence (`said." He`), not
 * after a space (`respond. "We will,"`).
 */
function closesSentence(prev: Token, next: Token): boolean {
  if (TERMINATORS.has(next.text)) return true;
  if (!CLOSERS.has(next.text)) return false;
  return !STRAIGHT_QUOTES.has(next.text) || next.start === prev.end;
}

/**
 * A period glued between a word and an initial ("Ph.D.": "Ph" "." "D.") is one of an abbreviation's inner
 * periods, not a sentence end.
 */
function insideAbbreviation(prev: Token | undefined, dot: Token, next: Token | undefined): boolean {
  return (
    dot.text === '.' &&
    prev !== undefined &&
    next !== undefined &&
    prev.end === dot.start &&
    next.start === dot.end &&
    /\p{L}$/u.test(prev.text) &&
    /^\p{L}\.$/u.test(next.text)
  );
}

function toSentence(tokens: Token[]): Sentence {
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens };
}
