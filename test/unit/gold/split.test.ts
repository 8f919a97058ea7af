import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../eval/gold/seeded-random';
import { splitBySource, type SplitItem } from '../../../eval/gold/split';

const items = (source: string, words: number[], page = false): SplitItem[] =>
  words.map((w) => ({ source, words: w, page }));

describe('splitBySource', () => {
  it('keeps each source on one side, halving articles, then pages, then words', () => {
    const all = [
      ...items('a', [100, 100, 100]),
      ...items('b', [500, 500, 500]),
      ...items('c', [100, 100]),
      ...items('d', [400]),
      ...items('e', [100]),
      ...items('p', [50], true),
      ...items('q', [60], true),
    ];
    const sides = splitBySource(all, seededRandom(3));
    const side = (s: string) => sides.get(s)!;
    const count = (split: string) => all.filter((i) => side(i.source) === split).length;
    expect(sides.size).toBe(7);
    expect(count('dev')).toBe(6);
    expect(side('p')).not.toBe(side('q'));
    // Of the 6-article cuts with one page a side, {a, d, e, q} | {b, c, p} is closest in words (860 | 1750).
    expect(['a', 'd', 'e', 'q'].map(side)).toEqual(Array(4).fill(side('a')));
    expect(['b', 'c', 'p'].map(side)).toEqual(Array(3).fill(side('b')));
    expect(side('a')).not.toBe(side('b'));
  });

  it('draws which side is test', () => {
    const all = [...items('a', [1]), ...items('b', [1])];
    const tests = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => [...splitBySource(all, seededRandom(seed))].join()));
    expect(tests.size).toBe(2);
  });
});
