import { describe, expect, it } from 'vitest';
import {
  anchor,
  createHighlight,
  describe as describeRange,
  parseImport,
  toJson,
} from '../../../src/highlights/index.ts';
import { LIMITS } from '../../../src/limits.ts';
import { ARTICLE } from './article.ts';

const QUOTE = "Every winter we gamble with people's homes";
const start = ARTICLE.indexOf(QUOTE);
const base = {
  ...describeRange(ARTICLE, start, start + QUOTE.length),
  url: 'https://www.harbour-times.example/news/flood-barrier-vote/?fbclid=x',
  title: 'Harbour city council approves flood barrier after decade of delays',
  site: 'The Harbour Times',
  now: Date.UTC(2026, 10, 25, 8, 0),
};

describe('createHighlight', () => {
  it('builds a complete highlight that anchors and survives export and import', () => {
    const h = createHighlight({ ...base, note: 'Strong quote.', color: 'yellow' });
    expect(h).toMatchObject({
      url: 'https://www.harbour-times.example/news/flood-barrier-vote',
      quote: { exact: QUOTE },
      position: { start, end: start + QUOTE.length },
      note: 'Strong quote.',
      color: 'yellow',
      createdAt: base.now,
      updatedAt: base.now,
    });
    expect(anchor(ARTICLE, h)).toEqual({ start, end: start + QUOTE.length, method: 'position' });
    expect(parseImport(toJson([h])).highlights).toEqual([h]);
  });

  it('refuses what an import would refuse', () => {
    expect(() => createHighlight({ ...base, url: 'javascript:alert(1)' })).toThrow(RangeError);
    expect(() => createHighlight({ ...base, color: 'red;x:y' })).toThrow(RangeError);
    expect(() => createHighlight({ ...base, quote: { ...base.quote, exact: '' } })).toThrow(/must not be empty/);
    expect(() => createHighlight({ ...base, note: 'x'.repeat(LIMITS.note + 1) })).toThrow(/note is longer/);
  });
});
