import {
  ACCESS_HEADS,
  ADVERBS,
  ANON_HEADS,
  COMMON_WORDS,
  CORE_BREAKS,
  EVIDENCE_HEADS,
  EXAMPLE_WORDS,
  GENERIC_COLLECTIVES,
  GROUP_HEADS,
  GROUP_MEMBERS,
  MEDIA_HEADS,
  OF_LEADERS,
  POSSESSIVES,
  POSTMODIFIER_STARTS,
  PREPOSITIONS,
  QUANTIFIER_PRONOUNS,
  SPEECH_VERBS,
  TIME_WORDS,
  WEEKDAYS,
  isNationalityPlural,
  isPersonNoun,
} from './lexicon';
import { isCapitalized, isNameToken } from './names';
import { isWord } from './phrase';
import type { SentenceView } from './view';

/**
 * The head of a source phrase given as a token range, as a reader finds it: the last word before the
 * first post-modifier ("critics of the senator", "a poll released Sunday") within the phrase's core,
 * which ends at punctuation or a relative ("Ed Henry, Fox's chief correspondent").
 */
export interface SourceHead {
  head: number;
  /** Last token of the core; an apposition or relative clause follows it. */
  coreEnd: number;
}

export function sourceHead(view: SentenceView, from: number, to: number): SourceHead {
  const words = view.words;
  let coreEnd = to;
  for (let k = from + 1; k <= to; k++) {
    if (CORE_BREAKS.has(words[k]!)) {
      coreEnd = k - 1;
      break;
    }
  }
  let headEnd = coreEnd;
  for (let k = from + 1; k <= coreEnd; k++) {
    const next = words[k + 1] ?? '';
    // "a poll released Sunday", "documents obtained by": a participle with its complement is a post-modifier.
    const participle =
      /^[a-z]{3,}ed$/.test(words[k]!) &&
      (PREPOSITIONS.has(next) || TIME_WORDS.has(next) || WEEKDAYS.has(next) || ADVERBS.has(next));
    // "both of his senators", "a number of analysts": the head follows the "of".
    if (words[k] === 'of' && OF_LEADERS.has(words[k - 1]!)) continue;
    if (POSTMODIFIER_STARTS.has(words[k]!) || words[k] === 'to' || participle) {
      headEnd = k - 1;
      break;
    }
  }
  let head = headEnd;
  while (head > from && (!isWord(words[head]!) || POSSESSIVES.has(words[head]!))) head--;
  return { head, coreEnd };
}

/** A person or a group of people by the word alone: "aides", "critics", "engineers", "Americans". */
export function isPersonLike(view: SentenceView, h: number): boolean {
  const w = view.words[h]!;
  return (
    isPersonNoun(w) ||
    ANON_HEADS.has(w) ||
    GROUP_HEADS.has(w) ||
    GROUP_MEMBERS.has(w) ||
    ACCESS_HEADS.has(w) ||
    (view.types[h] === 'GROUP' && w.endsWith('s')) ||
    isNationalityPlural(view.tokens[h]!.text)
  );
}

/** A word that can head a source phrase at all: people, unnamed media or evidence, "some", "the public". */
export function isSourceHeadWord(view: SentenceView, h: number): boolean {
  const w = view.words[h]!;
  return (
    isPersonLike(view, h) ||
    MEDIA_HEADS.has(w) ||
    EVIDENCE_HEADS.has(w) ||
    QUANTIFIER_PRONOUNS.has(w) ||
    GENERIC_COLLECTIVES.has(w)
  );
}

/** "Some observers, including Professor Zeynep Tufekci, say": named examples answer for the group. */
export function namedExamples(view: SentenceView, h: number): boolean {
  const words = view.words;
  for (let i = h + 1; i < words.length && i <= h + 12; i++) {
    if (SPEECH_VERBS.has(words[i]!)) return false;
    if (words[i] !== ',' || !EXAMPLE_WORDS.has(words[i + 1] ?? '')) continue;
    for (let k = i + 2; k < words.length && words[k] !== ','; k++) if (view.types[k] === 'PERSON') return true;
    return false;
  }
  return false;
}

/**
 * A person named in apposition right after the core, within `end` ("a spokesman for the campaign, Brian
 * Fallon"), or right before the phrase when a comma closes it ("Tad Devine, Sanders' senior media adviser,
 * said"); a name inside a relative clause ("insiders who think Rubio can win") names someone else, and so
 * does a name before a comma that opens a new clause ("… for Trump, analysts said").
 */
export function namedApposition(view: SentenceView, from: number, coreEnd: number, end: number): boolean {
  const after = view.words[coreEnd + 1];
  if ((after === ',' || after === '(') && coreEnd + 2 <= end && view.types[coreEnd + 2] === 'PERSON') return true;
  return from >= 2 && view.words[from - 1] === ',' && view.types[from - 2] === 'PERSON' && after === ',';
}

// Endings no surname has, so a capitalised word opening a sentence with one is a group ("Economists say").
const GROUP_ENDINGS = /(?:ists|ians|ees|men|people)$/;

/**
 * Whether the head is a name: the recogniser's person, organization or place ("Iran said"), or a capital
 * it missed. A capitalised listed word is no name ("Critics said"), nor is a capital opening the sentence
 * with a group's ending ("Women back him"; but "Sanders said"), and a singular word the recogniser called a
 * group ("said Cuban") is a surname it mistyped.
 */
export function isNamedHead(view: SentenceView, h: number): boolean {
  const type = view.types[h];
  if (type === 'PERSON' || type === 'ORG' || type === 'PLACE') return true;
  if (!isCapitalized(view, h) || isNationalityPlural(view.tokens[h]!.text)) return false;
  const w = view.words[h]!;
  if (type === 'GROUP') return !w.endsWith('s');
  // A listed word is capitalised by a headline's title case ("Millennials Support …"), not by a name.
  if (COMMON_WORDS.has(w) || GROUP_MEMBERS.has(w)) return false;
  // A straight quote opens only at the start; after a quotation it closes ("…,” Backer says).
  const initial = h === 0 || /^[\u201c\u2018(]$/.test(view.words[h - 1]!) || (h === 1 && /^["']$/.test(view.words[0]!));
  return initial ? !GROUP_ENDINGS.test(w) : isNameToken(view, h);
}

/**
 * Whether a person or an institution (not a place or a demonym) is named in tokens [from, to]: the
 * recogniser's, or a capital it missed that does not open the sentence ("an entrance poll of Nevada
 * Democrats", "Opinion polls show" name no one).
 */
export function namesSomeone(view: SentenceView, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i <= to && i < view.words.length; i++) {
    const type = view.types[i];
    if (type === 'PERSON' || type === 'ORG') return true;
    if (type === null && i > 0 && isNameToken(view, i) && !COMMON_WORDS.has(view.words[i]!)) return true;
  }
  return false;
}
