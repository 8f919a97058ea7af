import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/analysis/text/sentences';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence at a terminator before a capital, and at a paragraph break', () => {
    expect(texts('Pompeo spoke. Salih listened.\nThe talks ended')).toEqual([
      'Pompeo spoke.',
      'Salih listened.',
      'The talks ended',
    ]);
  });

  it('keeps abbreviations and initials inside the sentence', () => {
    expect(texts('Mr. Pompeo met U.S. envoys on Jan. 8. They left.')).toEqual([
      'Mr. Pompeo met U.S. envoys on Jan. 8.',
      'They left.',
    ]);
  });

  it('keeps an abbreviation with periods after a hyphen or inside a word in the sentence', () => {
    expect(texts('Sen. Thom Tillis (R-N.C.), and Rep. Norton (D-D.C.) spoke. Then they left.')).toEqual([
      'Sen. Thom Tillis (R-N.C.), and Rep. Norton (D-D.C.) spoke.',
      'Then they left.',
    ]);
    expect(texts('Sen. Burr, R-N.C., said so. She earned a Ph.D. in physics.')).toEqual([
      'Sen. Burr, R-N.C., said so.',
      'She earned a Ph.D. in physics.',
    ]);
    expect(splitSentences('(R-N.C.)')[0]!.tokens.map((t) => t.text)).toEqual(['(', 'R', '-', 'N.C.', ')']);
  });

  it('still ends a sentence at a period glued to the next word', () => {
    expect(texts('The vote failed.Tillis left.')).toEqual(['The vote failed.', 'Tillis left.']);
  });

  it('keeps a closing quote that touches the terminator with its sentence', () => {
    expect(texts('"We will respond." He left.')).toEqual(['"We will respond."', 'He left.']);
    expect(texts('He said: \u201cWe will respond.\u201d Then he left.')).toEqual([
      'He said: \u201cWe will respond.\u201d',
      'Then he left.',
    ]);
    expect(texts("He called it 'a mistake.' Then he left.")).toEqual(["He called it 'a mistake.'", 'Then he left.']);
  });

  it('gives a straight quote after a space to the sentence it opens', () => {
    expect(texts('Officials promised to respond. "We will," the minister said.')).toEqual([
      'Officials promised to respond.',
      '"We will," the minister said.',
    ]);
    expect(texts("The army vowed to respond. 'Soon,' a general said.")).toEqual([
      'The army vowed to respond.',
      "'Soon,' a general said.",
    ]);
  });
});
