import { describe, expect, it } from 'vitest';
import { featureHash, sentenceFeatures, type FeatureContext } from '../../../src/analysis/entities/features';
import {
  buildGazetteer,
  GAZ_CLASSES,
  LIST_CLASSES,
  type GazetteerLists,
} from '../../../src/analysis/entities/gazetteer';
import { shortShape, wordShape } from '../../../src/analysis/entities/shape';

function lists(partial: Partial<GazetteerLists>): GazetteerLists {
  return Object.fromEntries(LIST_CLASSES.map((c) => [c, partial[c] ?? []])) as GazetteerLists;
}

const ctx: FeatureContext = {
  gazetteer: buildGazetteer(lists({ first: ['mike'], org: ['united nations'], demonym: ['iranian'] })),
  lowerWords: new Set(['police']),
  bits: 20,
};

function featuresOf(tokens: string[], i: number): Set<number> {
  const { feats, offsets } = sentenceFeatures(tokens, ctx);
  return new Set(feats.subarray(offsets[i], offsets[i + 1]));
}
const has = (set: Set<number>, template: string, ...values: (string | number)[]): boolean =>
  set.has(featureHash(template, ...values) & ((1 << ctx.bits) - 1));
const bit = (c: string): number => GAZ_CLASSES.indexOf(c as never);

describe('word shapes', () => {
  it('maps letters, digits and punctuation', () => {
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('al-Sadr')).toBe('xx-Xxxx');
    expect(shortShape('Pompeo')).toBe('Xx');
    expect(shortShape('1996-08-22')).toBe('d-d-d');
  });
});

describe('feature extraction', () => {
  it('gives each token context, shape, affix and case-sensitive word features', () => {
    const f = featuresOf(['Mike', 'Pompeo', 'said'], 1);
    expect(has(f, 'w', 'pompeo')).toBe(true);
    expect(has(f, 'W', 'Pompeo')).toBe(true);
    expect(has(f, 'p1', 'mike')).toBe(true);
    expect(has(f, 'n1', 'said')).toBe(true);
    expect(has(f, 'ss', 'Xx', 0)).toBe(true);
    expect(has(f, 'suf', 3, 'peo')).toBe(true);
    expect(has(f, 'g-1', bit('first'))).toBe(true);
  });

  it('marks gazetteer phrases across tokens', () => {
    const tokens = ['the', 'United', 'Nations', 'said'];
    expect(has(featuresOf(tokens, 1), 'gp', bit('org'), 0)).toBe(true);
    expect(has(featuresOf(tokens, 2), 'gp', bit('org'), 2)).toBe(true);
  });

  it('finds the longest listed phrase through prefixes that are not phrases themselves', () => {
    const gazetteer = buildGazetteer(lists({ org: ['new york stock exchange'], city: ['new york', 'new delhi'] }));
    expect(gazetteer.continuesPhrase('new york')).toBe(true);
    expect(gazetteer.continuesPhrase('new york stock')).toBe(true);
    expect(gazetteer.continuesPhrase('new york stock exchange')).toBe(false);
    expect(gazetteer.continuesPhrase('new delhi')).toBe(false);
    const listed = { ...ctx, gazetteer };
    const tokens = ['the', 'New', 'York', 'Stock', 'Exchange', 'opened'];
    const { feats, offsets } = sentenceFeatures(tokens, listed);
    const at = (i: number) => new Set(feats.subarray(offsets[i], offsets[i + 1]));
    expect(has(at(1), 'gp', bit('org'), 0)).toBe(true);
    expect(has(at(3), 'gp', bit('org'), 1)).toBe(true);
    expect(has(at(4), 'gp', bit('org'), 2)).toBe(true);
    expect(has(at(1), 'gp', bit('city'), 0)).toBe(false);
    const city = sentenceFeatures(['New', 'York', 'Stock', 'prices'], listed);
    expect(has(new Set(city.feats.subarray(city.offsets[1], city.offsets[2])), 'gp', bit('city'), 2)).toBe(true);
  });

  it('looks inside hyphenated compounds and flags capitalised common words', () => {
    const f = featuresOf(['Police', 'blamed', 'Iranian-backed', 'militias'], 2);
    expect(has(f, 'hf', 'iranian')).toBe(true);
    expect(has(f, 'hl', 'backed')).toBe(true);
    expect(has(f, 'hg', bit('demonym'))).toBe(true);
    expect(has(featuresOf(['Police', 'blamed'], 0), 'capcommon', 1, 0)).toBe(true);
  });

  it('marks all-capital headlines so that their capitals are not read as names', () => {
    expect(has(featuresOf(['SOCCER', 'RESULTS'], 0), 'ss', 'X', 1)).toBe(true);
    expect(has(featuresOf(['Soccer', 'results'], 0), 'ss', 'Xx', 0)).toBe(true);
  });
});
