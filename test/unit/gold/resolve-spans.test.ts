import { describe, expect, it } from 'vitest';
import { draftSpanAt, occurrences, resolveSpans } from '../../../eval/gold/resolve-spans';

const TEXT = 'Iran and Iranian-backed groups met in Iran-Iraq talks; Donald Trump, then Trump again. Trump.';

describe('occurrences', () => {
  it('finds whole words only, hyphens and punctuation being boundaries', () => {
    expect(occurrences(TEXT, 'Iran')).toEqual([0, 38]);
    expect(occurrences(TEXT, 'Iranian')).toEqual([9]);
    expect(occurrences(TEXT, 'Trump.')).toEqual([87]);
    expect(occurrences(TEXT, 'iran')).toEqual([]);
  });
});

describe('resolveSpans', () => {
  it('places the n-th occurrence and says when there is none', () => {
    const r = resolveSpans(
      TEXT,
      [
        { text: 'Iran', occurrence: 2 },
        { text: 'Iran', occurrence: 3 },
      ],
      'mentions',
    );
    expect(r.spans.map((s) => [s.start, s.end])).toEqual([[38, 42]]);
    expect(r.problems).toEqual(['mentions «Iran»: occurrence 3 not found; the text has 2 (whole words, exact case)']);
  });

  it('"all" marks every occurrence outside longer spans, longest strings first', () => {
    const r = resolveSpans(
      TEXT,
      [
        { text: 'Trump', all: true },
        { text: 'Donald Trump', all: true },
      ],
      'mentions',
    );
    expect(r.spans.map((s) => TEXT.slice(s.start, s.end))).toEqual(['Donald Trump', 'Trump', 'Trump']);
    expect(r.notes).toContain('mentions «Trump» all: 2 marked, 1 inside other spans');
  });

  it('refuses ambiguous, repeated, padded and missing items', () => {
    const r = resolveSpans(
      TEXT,
      [
        { text: 'Iran', occurrence: 1, all: true },
        { text: 'Iran', occurrence: 1 },
        { text: 'Iran', occurrence: 1 },
        { text: ' Iran' },
        { text: 'Iraq' },
        { text: 'Obama', all: true },
      ],
      'mentions',
    );
    expect(r.problems).toEqual([
      'mentions «Iran»: give either "occurrence" or "all": true',
      'mentions «Iran»: occurrence 1 is given twice',
      'mentions « Iran»: the text starts or ends with a space',
      'mentions «Iraq»: "occurrence" must be 1, 2, 3… (or use "all": true)',
      'mentions «Obama»: "all" found no occurrence outside longer spans',
    ]);
  });
});

describe('draftSpanAt', () => {
  it('gives the occurrence that resolves back to the same offsets, or null inside a word', () => {
    const at = draftSpanAt(TEXT, 38, 42)!;
    expect(at).toEqual({ text: 'Iran', occurrence: 2 });
    expect(resolveSpans(TEXT, [at], 'mentions').spans[0]).toMatchObject({ start: 38, end: 42 });
    expect(draftSpanAt(TEXT, 9, 13)).toBeNull();
  });
});
