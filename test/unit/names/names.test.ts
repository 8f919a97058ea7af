import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../src/analysis/entities/keys';
import { nameKey, nameSimilarity, nameWords, sameNameWord, textWords } from '../../../src/names';

describe('name words', () => {
  it('drop accents, case, particles and possessives', () => {
    expect(nameWords("al-Sadr's")).toEqual(['sadr']);
    expect(nameWords('Mustafa Al-Kādhimi')).toEqual(['mustafa', 'kadhimi']);
    expect(nameWords('Muqtada as-Sadr')).toEqual(['muqtada', 'sadr']);
    expect(nameWords('Ash-Sharq al-Awsat')).toEqual(['sharq', 'awsat']);
  });

  it('spell out letters that have no accent to drop, and compatibility forms', () => {
    expect(nameWords('Łódź')).toEqual(['lodz']);
    expect(nameWords('Lars Løkke Rasmussen')).toEqual(['lars', 'lokke', 'rasmussen']);
    expect(nameWords('Straße')).toEqual(['strasse']);
    expect(nameWords('Ａｌｉ')).toEqual(['ali']);
  });

  it('keep abbreviations whole and ignore punctuation and invisible characters', () => {
    expect(nameWords('U.S. Army')).toEqual(['us', 'army']);
    expect(nameWords('Procter & Gamble')).toEqual(['procter', 'gamble']);
    expect(nameWords('Ka\u00addhimi')).toEqual(['kadhimi']);
    expect(nameWords('Sa\u02bfid')).toEqual(['said']);
  });

  it('are what both entity keys and look-up keys are made of', () => {
    expect(entityKey('PERSON', 'Lars Løkke Rasmussen')).toBe(entityKey('PERSON', 'Lars Lokke Rasmussen'));
    expect(entityKey('PERSON', 'Muqtada as-Sadr')).toBe(entityKey('PERSON', 'Muqtada al-Sadr'));
    expect(nameKey('Lars Løkke Rasmussen')).toBe('lars lokke rasmussen');
    expect(nameKey('Muqtada as-Sadr')).toBe(nameKey('Muqtada al-Sadr'));
    expect(nameKey('U.S.')).toBe('us');
  });

  it('differ from text words only in particles and periods', () => {
    expect(textWords("the Kurdish region's al-Sadr, U.S.")).toEqual([
      'the',
      'kurdish',
      'region',
      'al',
      'sadr',
      'u',
      's',
    ]);
  });
});

describe('look-up keys', () => {
  it('survive transliteration, articles, case and initials', () => {
    expect(nameKey('Mustafa al-Kadhimi')).toBe('mustafa kadhimi');
    expect(nameKey("Kadhimi's")).toBe('kadhimi');
    expect(nameKey('Mustafa Al-Kadhimi')).toBe(nameKey('mustafa al kadhimi'));
    expect(nameKey('George W. Bush')).toBe('george bush');
  });
});

describe('same name word (within an article)', () => {
  it('matches transliteration variants but not different names', () => {
    expect(sameNameWord('khadimi', 'kadhimi')).toBe(true);
    expect(sameNameWord('qassem', 'qasem')).toBe(true);
    expect(sameNameWord('soleimani', 'suleimani')).toBe(true);
    expect(sameNameWord('mohammed', 'muhammad')).toBe(true);
    expect(sameNameWord('alexei', 'aleksey')).toBe(true);
    expect(sameNameWord('zelensky', 'zelenskyy')).toBe(true);
    expect(sameNameWord('ahmadinejad', 'ahmadinezhad')).toBe(true);
    expect(sameNameWord('rouhani', 'rohani')).toBe(true);
    expect(sameNameWord('hassan', 'hussein')).toBe(false);
    expect(sameNameWord('pompeo', 'pence')).toBe(false);
  });
});

describe('name similarity (ranking Wikidata candidates)', () => {
  it('is high for variants and partial for a surname', () => {
    expect(nameSimilarity('Mustafa al-Khadimi', 'Mustafa Al-Kadhimi')).toBeGreaterThan(0.8);
    expect(nameSimilarity('Fuad Hussein', 'Fuad Hussein')).toBe(1);
    expect(nameSimilarity('Hussein', 'Saddam Hussein')).toBeCloseTo(0.85);
    expect(nameSimilarity('Łódź', 'Lodz')).toBe(1);
  });

  it('keeps different people and places apart', () => {
    expect(nameSimilarity('Fuad Hussein', 'Saddam Hussein')).toBeLessThan(0.5);
    expect(nameSimilarity('Barham Salih', 'Ali Abdullah Saleh')).toBeLessThan(0.5);
    expect(nameSimilarity('Iran', 'Iraq')).toBe(0);
  });
});
