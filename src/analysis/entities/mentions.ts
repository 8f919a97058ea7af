import type { Token } from '../text/tokens';
import type { TypedSpan } from '../types';
import { isTitleWord, type Gazetteer } from './gazetteer';
import { TYPES, type TokenSpan } from './labels';

const PREFIXES = new Set(['pro', 'anti', 'non', 'ex', 'neo', 'post', 'pre', 'mid', 'all', 'pan']);

/** A mention with where it sits in the token stream, for roles. */
export interface PlacedMention extends TypedSpan {
  sentence: number;
  first: number;
  last: number;
}

/**
 * Character spans under our conventions: no title at the start of a person ("President [Barham Salih]"),
 * no possessive, and only the name part of a hyphenated compound ("[Iranian]-backed", "pro-[Western]").
 */
export function toMention(
  text: string,
  tokens: readonly Token[],
  span: TokenSpan,
  sentence: number,
  gazetteer: Gazetteer,
): PlacedMention | null {
  const type = TYPES[span.type]!;
  let first = span.start;
  let last = span.end - 1;
  while (last >= first && /^(?:['\u2019]s?|\p{P})$/iu.test(tokens[last]!.text)) last--;
  while (first < last && /^\p{P}$/u.test(tokens[first]!.text)) first++;
  if (type !== 'ORG' && type !== 'OTHER' && first < last && tokens[first]!.text.toLowerCase() === 'the') first++;
  if (type === 'PERSON') {
    while (first < last && isTitleWord(gazetteer, tokens[first]!.text)) first++;
  }
  if (last < first) return null;
  let start = tokens[first]!.start;
  let end = tokens[last]!.end;
  const head = /^(\p{Ll}+)-(?=\p{Lu})/u.exec(tokens[first]!.text);
  if (head && PREFIXES.has(head[1]!)) start += head[0].length;
  const tail = /-\p{Ll}+$/u.exec(tokens[last]!.text);
  if (tail && tokens[last]!.end - tail[0].length > start) end -= tail[0].length;
  if (end <= start) return null;
  return { start, end, text: text.slice(start, end), type, sentence, first, last };
}
