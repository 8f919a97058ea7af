import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../eval/gold/seeded-random';
import { selectArticles, type Candidate, type SelectionRules } from '../../../eval/gold/select';

const RULES: SelectionRules = {
  total: 11,
  minWords: 250,
  maxWords: 1200,
  minPerSource: 5,
  maxPerSource: 6,
  minOffCampaign: 2,
  maxCampaignMentions: 2,
};

function source(name: string, specs: [words: number, campaign: number, wire?: boolean][]): Candidate[] {
  return specs.map(([words, campaignMentions, wire], i) => ({
    id: `${name}-${i}`,
    source: name,
    words,
    campaignMentions,
    wire: wire ?? false,
  }));
}

describe('selectArticles', () => {
  const long = source('long', [
    [300, 9],
    [400, 9],
    [500, 9],
    [1300, 0],
    [1250, 0],
    [2000, 0],
    [100, 0],
  ]);
  const many = source('many', [
    [300, 9],
    [300, 9],
    [300, 9],
    [300, 9],
    [300, 9],
    [300, 9],
    [300, 1],
    [300, 0],
    [300, 9, true],
    [200, 0],
  ]);

  it('keeps lengths in range, raising the bound of a short source to its shortest longer articles', () => {
    const { selected, notes } = selectArticles([...long, ...many], RULES, seededRandom(1));
    const fromLong = selected.filter((c) => c.source === 'long').map((c) => c.words);
    expect(fromLong.sort((a, b) => a - b)).toEqual([300, 400, 500, 1250, 1300]);
    expect(notes.join(' ')).toContain('long: 3 articles in 250–1200 words; its bound is raised to 1300 words');
    expect(selected.every((c) => c.words >= 250)).toBe(true);
  });

  it('takes the quotas that add up to the total, with the off-campaign and wire articles a source has', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { selected } = selectArticles([...long, ...many], RULES, seededRandom(seed));
      const fromMany = selected.filter((c) => c.source === 'many');
      expect(selected).toHaveLength(11);
      expect(fromMany).toHaveLength(6);
      expect(fromMany.filter((c) => c.campaignMentions <= 2)).toHaveLength(2);
      expect(fromMany.some((c) => c.wire)).toBe(true);
    }
  });

  it('is reproduced by its seed and changes with it', () => {
    const ids = (seed: number): string[] =>
      selectArticles([...long, ...many], RULES, seededRandom(seed)).selected.map((c) => c.id);
    expect(ids(7)).toEqual(ids(7));
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => ids(s).join())).size).toBeGreaterThan(1);
  });

  it('refuses a source that cannot reach its minimum', () => {
    expect(() => selectArticles(source('tiny', [[300, 0]]), { ...RULES, total: 1 }, seededRandom(1))).toThrow(
      /tiny: only 1 articles/,
    );
  });
});
