import { KNOWLEDGE_CLASSES, lookupKnowledge, PHRASE_START, type KnowledgeTable } from './knowledge';

/**
 * Name lists the tagger looks words up in. They are built at training time from dependencies' own
 * lexicons (see train/lexicon.ts, train/knowledge/) and shipped inside the weights file, so the browser
 * needs no lexicon package at run time.
 */
export const LIST_CLASSES = [
  'first',
  'last',
  'person',
  'country',
  'city',
  'place',
  'org',
  'demonym',
  'group',
  'title',
  // Names seen in the GMB news corpus, by their (silver) type: modern names the lexicon lacks.
  'newsPerson',
  'newsOrg',
  'newsPlace',
  'newsGroup',
  'newsOther',
] as const;
/** Listed classes, then the hashed knowledge classes (knowledge.ts). */
export const GAZ_CLASSES = [...LIST_CLASSES, ...KNOWLEDGE_CLASSES] as const;
export type GazClass = (typeof GAZ_CLASSES)[number];
const KNOWLEDGE_SHIFT = LIST_CLASSES.length;

/** Bit of the title class: titles are kept out of person spans and make up roles. */
const TITLE_BIT = 1 << GAZ_CLASSES.indexOf('title');

/** Whether a token is a title word ("Minister", "Sen.", "leader"). */
export function isTitleWord(gazetteer: Gazetteer, token: string): boolean {
  return (gazetteer.word(token.toLowerCase().replace(/\.$/, '')) & TITLE_BIT) !== 0;
}

export type GazetteerLists = Record<(typeof LIST_CLASSES)[number], string[]>;

export interface Gazetteer {
  /** Bitmask of GAZ_CLASSES for a lowercased single word. */
  word(lower: string): number;
  /** Bitmask for a lowercased multi-word phrase ("united nations"). */
  phrase(lower: string): number;
  /** Whether some phrase starts with this lowercased word (a cheap test before building phrases). */
  startsPhrase(lower: string): boolean;
  /**
   * Whether some phrase is longer than this lowercased phrase of two words or more and starts with it, so that
   * a search for the longest phrase can stop; always true with hashed knowledge, whose phrases are not listed.
   */
  continuesPhrase(lower: string): boolean;
  /** Longest phrase length in the lists, in words. */
  maxPhrase: number;
}

export function buildGazetteer(lists: GazetteerLists, knowledge?: KnowledgeTable): Gazetteer {
  const words = new Map<string, number>();
  const phrases = new Map<string, number>();
  const firstWords = new Set<string>();
  const prefixes = new Set<string>();
  let maxPhrase = 1;
  LIST_CLASSES.forEach((cls, bit) => {
    for (const entry of lists[cls]) {
      const parts = entry.split(' ');
      const target = parts.length > 1 ? phrases : words;
      target.set(entry, (target.get(entry) ?? 0) | (1 << bit));
      if (parts.length > 1) firstWords.add(parts[0]!);
      for (let k = 2; k < parts.length; k++) prefixes.add(parts.slice(0, k).join(' '));
      if (parts.length > maxPhrase) maxPhrase = parts.length;
    }
  });
  // An empty table (the shipped weights carry none) answers 0 to everything: skip hashing every word for it.
  if (!knowledge || knowledge.hashes.length === 0) {
    return {
      word: (lower) => words.get(lower) ?? 0,
      phrase: (lower) => phrases.get(lower) ?? 0,
      startsPhrase: (lower) => firstWords.has(lower),
      continuesPhrase: (lower) => prefixes.has(lower),
      maxPhrase: Math.min(maxPhrase, 5),
    };
  }
  const known = (lower: string): number => (lookupKnowledge(knowledge, lower) & ~PHRASE_START) << KNOWLEDGE_SHIFT;
  return {
    word: (lower) => (words.get(lower) ?? 0) | known(lower),
    phrase: (lower) => (phrases.get(lower) ?? 0) | known(lower),
    startsPhrase: (lower) => firstWords.has(lower) || (lookupKnowledge(knowledge, lower) & PHRASE_START) !== 0,
    continuesPhrase: () => true,
    maxPhrase: Math.min(Math.max(maxPhrase, knowledge.maxWords), 5),
  };
}
