import { describe, expect, it } from 'vitest';
import { TYPES } from '../../../src/analysis/entities/labels';
import { splitAtSlashes } from '../../../src/analysis/entities/slashes';

const ORG = TYPES.indexOf('ORG');
const OTHER = TYPES.indexOf('OTHER');

describe('splitAtSlashes', () => {
  it('cuts a span at each slash between words, every part keeping its type', () => {
    const tokens = ['The', 'Washington', 'Post', '/', 'ABC', 'News', '/', 'Ipsos', 'poll'];
    expect(splitAtSlashes(tokens, [{ start: 1, end: 8, type: ORG }])).toEqual([
      { start: 1, end: 3, type: ORG },
      { start: 4, end: 6, type: ORG },
      { start: 7, end: 8, type: ORG },
    ]);
  });

  it('keeps a span whose slash has no word on one side, and spans without a slash', () => {
    const tokens = ['the', '9', '/', '11', 'attacks', 'and', 'Getty'];
    const spans = [
      { start: 1, end: 4, type: OTHER },
      { start: 6, end: 7, type: ORG },
    ];
    expect(splitAtSlashes(tokens, spans)).toEqual(spans);
  });
});
