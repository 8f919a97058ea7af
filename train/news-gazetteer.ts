import type { GazClass } from '../src/analysis/entities/gazetteer';
import { TYPES } from '../src/analysis/entities/labels';
import type { LabeledSentence } from './corpora';

const CLASS_OF: Record<string, GazClass> = {
  PERSON: 'newsPerson',
  ORG: 'newsOrg',
  PLACE: 'newsPlace',
  GROUP: 'newsGroup',
  OTHER: 'newsOther',
};

/**
 * Name lists from a silver-labelled news corpus (GMB): whole names, and the words inside them, that were
 * tagged at least `minCount` times with one type at least `share` of the time. Its span conventions
 * differ from ours, so it is used only as a lexicon, never as training labels. Common lowercase words
 * are left out: "Police" tagged once as part of a name says nothing.
 */
export function newsGazetteer(
  sentences: readonly LabeledSentence[],
  lowerWords: ReadonlySet<string>,
  minCount = 2,
  share = 0.7,
): Record<GazClass, string[]> {
  const counts = new Map<string, number[]>();
  const count = (key: string, type: number): void => {
    const c = counts.get(key) ?? new Array<number>(TYPES.length + 1).fill(0);
    c[type]!++;
    counts.set(key, c);
  };
  for (const s of sentences) {
    for (const span of s.spans) {
      const words = s.tokens.slice(span.start, span.end).map((t) => t.toLowerCase());
      if (words.length > 1) count(words.join(' '), span.type);
      for (const w of words) if (/\p{L}/u.test(w) && !lowerWords.has(w)) count(w, span.type);
    }
  }
  const lists = Object.fromEntries(Object.values(CLASS_OF).map((c) => [c, [] as string[]])) as unknown as Record<
    GazClass,
    string[]
  >;
  for (const [key, c] of counts) {
    const total = c.reduce((a, b) => a + b, 0);
    const best = c.indexOf(Math.max(...c));
    if (total >= minCount && c[best]! / total >= share) lists[CLASS_OF[TYPES[best]!]!].push(key);
  }
  return lists;
}
