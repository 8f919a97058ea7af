import type { Token } from '../text/tokens';
import type { TypedSpan } from '../types';
import { GAZ_CLASSES, isTitleWord, type GazClass, type Gazetteer } from './gazetteer';
import { EVENTS, FACILITIES } from './heads';
import { TYPES, type TokenSpan } from './labels';

const OPENERS = new Set([
  'Why',
  'What',
  'How',
  'When',
  'Where',
  'Who',
  'Whom',
  'Whose',
  'Which',
  'Whether',
  'If',
  'But',
  'And',
  'Or',
  'So',
  'Yet',
  'Because',
  'Although',
  'Though',
  'While',
  'Unless',
  'Until',
  // Quantifiers and demonstratives opening a sentence ("Many African-Americans", "Those CEOs").
  'Many',
  'Some',
  'Most',
  'Several',
  'Few',
  'Both',
  'Those',
  'These',
]);
const PREFIXES = new Set(['pro', 'anti', 'non', 'ex', 'neo', 'post', 'pre', 'mid', 'all', 'pan']);
const bits = (...classes: GazClass[]): number => classes.reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c)), 0);
const GROUP_BITS = bits('demonym', 'group', 'newsGroup');
const PLACE_BITS = bits('country', 'city', 'place', 'newsPlace');
const ORG_BITS = bits('org', 'newsOrg');
const PERSON_BITS = bits('last', 'person', 'newsPerson');
/** Curated lists only: GMB's silver lists have group words inside organization names ("Muslims"). */
const NOT_GROUP_BITS = bits('org', 'country', 'city', 'place', 'first', 'last', 'person');

/** A mention with where it sits in the token stream, for roles. */
export interface PlacedMention extends TypedSpan {
  sentence: number;
  first: number;
  last: number;
}

/**
 * Character spans under our conventions: no title at the start of a person ("President [Barham Salih]"),
 * no possessive, only the name part of a hyphenated compound ("[Iranian]-backed", "pro-[Western]"),
 * typed as that name ("[Toronto]-based" is a place, where CoNLL says MISC), facilities are places and
 * events OTHER (heads.ts), and a lone group word is a group (these typings only with `headTypes`).
 */
export function toMention(
  text: string,
  tokens: readonly Token[],
  span: TokenSpan,
  sentence: number,
  gazetteer: Gazetteer,
  headTypes = true,
): PlacedMention | null {
  let type = TYPES[span.type]!;
  let first = span.start;
  let last = span.end - 1;
  while (last >= first && /^(?:['\u2019]s?|\p{P})$/iu.test(tokens[last]!.text)) last--;
  while (first < last && /^\p{P}$/u.test(tokens[first]!.text)) first++;
  // "The" may open an organisation's or a work's name ("The New York Times"); a lowercase "the" opens none
  // ("the Clean Power Plan", "the Committee for a Responsible Federal Budget").
  const the = first < last ? tokens[first]!.text : '';
  if (the === 'the' || (type !== 'ORG' && type !== 'OTHER' && the.toLowerCase() === 'the')) first++;
  // A capitalised question word, conjunction or quantifier opening a headline, a link or a sentence is not
  // part of the name ("Why Tunisia", "Many African-Americans").
  while (first < last && OPENERS.has(tokens[first]!.text)) first++;
  if (type === 'PERSON') {
    while (first < last && isTitleWord(gazetteer, tokens[first]!.text)) first++;
  }
  if (last < first) return null;
  // A social-media handle (@NelsonSchwartz) or navigation ("Today's Paper | Subscribe") is no name.
  if (text[tokens[first]!.start - 1] === '@' || tokens.slice(first, last + 1).some((t) => t.text === '|')) return null;
  let start = tokens[first]!.start;
  let end = tokens[last]!.end;
  // On the page's own characters: the tagger's token text may differ (normalize.ts, ner-tokens.ts).
  const head = /^(\p{Ll}+)-(?=\p{Lu})/u.exec(text.slice(start, tokens[first]!.end));
  if (head && PREFIXES.has(head[1]!)) start += head[0].length;
  const tail = /-\p{Ll}+$/u.exec(text.slice(tokens[last]!.start, end));
  if (tail && tokens[last]!.end - tail[0].length > start) {
    end -= tail[0].length;
    if (first === last) type = compoundType(gazetteer, text.slice(start, end), type);
  }
  if (end <= start) return null;
  if (!headTypes) return { start, end, text: text.slice(start, end), type, sentence, first, last };
  const headNoun = tokens[last]!.text.toLowerCase();
  if ((type === 'ORG' || type === 'OTHER') && FACILITIES.has(headNoun)) type = 'PLACE';
  if (type !== 'GROUP' && last > first && EVENTS.has(headNoun)) type = 'OTHER';
  // A lone group word ("Shiite militias", "Muslims") or its adjective ("Democratic" for "Democrat") is a
  // group, whatever else the weights called it, unless it also names an organization, a place or a person.
  if (type !== 'GROUP' && first === last) {
    const word = text.slice(start, end);
    // A hyphenated people is named by its last part ("African-Americans").
    const part = word.slice(word.lastIndexOf('-') + 1);
    const mask =
      lexiconMask(gazetteer, word) ||
      lexiconMask(gazetteer, word.replace(/(?<=\p{L}{4})ic$/u, '')) ||
      (part !== word && /^\p{Lu}/u.test(part) ? lexiconMask(gazetteer, part) : 0);
    if (mask & GROUP_BITS && !(mask & NOT_GROUP_BITS)) type = 'GROUP';
  }
  return { start, end, text: text.slice(start, end), type, sentence, first, last };
}

/** Gazetteer classes of one word, or of its spaced form ("al-Qaeda" is listed as "al qaeda"). */
function lexiconMask(gazetteer: Gazetteer, word: string): number {
  const lw = word.toLowerCase();
  return gazetteer.word(lw) | (lw.includes('-') ? gazetteer.phrase(lw.replace(/-/g, ' ')) : 0);
}

/** The type of the name part of a compound, when the gazetteer knows it. */
function compoundType(gazetteer: Gazetteer, name: string, fallback: TypedSpan['type']): TypedSpan['type'] {
  const mask = lexiconMask(gazetteer, name);
  if (mask & GROUP_BITS) return 'GROUP';
  if (mask & PLACE_BITS) return 'PLACE';
  if (mask & ORG_BITS) return 'ORG';
  if (mask & PERSON_BITS) return 'PERSON';
  return fallback;
}
