import { describe, expect, it } from 'vitest';
import { adjudicate, type Decisions } from '../../../eval/gold/adjudicate';
import { agreementCounts, agreementRates } from '../../../eval/gold/agreement';
import type { Annotation } from '../../../eval/gold/annotation';
import { textSha256 } from '../../../eval/gold/article-text';
import { compare, disagreementIds } from '../../../eval/gold/compare';
import { convertDraft } from '../../../eval/gold/convert';
import type { Draft } from '../../../eval/gold/draft';
import { exampleDraft, TEXT } from './example';

function pass(name: string, edit: (d: Draft) => void = () => {}): Annotation {
  const draft = exampleDraft();
  edit(draft);
  const r = convertDraft(draft, TEXT, {
    id: 'example',
    pass: name,
    text_sha256: textSha256(TEXT),
    text_length: [...TEXT].length,
  });
  expect(r.problems).toEqual([]);
  return r.annotation!;
}

/** Pass B differs from A in five ways: a type, a key, a missed vague span, a category and an event date. */
const A = pass('A');
const B = pass('B', (d) => {
  d.mentions[3]!.type = 'ORG'; // Democrat
  for (const m of d.mentions) if (m.entity === 'local:Maria Lopez (senator)') m.entity = 'local:Lopez';
  d.events[0]!.entities = ['local:Lopez', 'Reuters', 'Federal Reserve'];
  d.vague_spans = [{ text: 'Officials said', occurrence: 1, category: 'VAGUE_GROUP' }];
  d.events[0]!.date = '2015';
});

describe('compare', () => {
  it('makes one disagreement per differing cluster and one per key pair, not one per mention', () => {
    const c = compare(A, B);
    expect(disagreementIds(c)).toEqual(['m1', 'k1', 'a1', 'a2', 'e1']);
    expect(c.keys[0]).toMatchObject({ keyA: 'local:Maria Lopez (senator)', keyB: 'local:Lopez' });
    expect(c.keys[0]!.spans).toHaveLength(2);
    // The event's entities differ only by the key naming: its disagreement is the date alone.
    const e = c.events.find((x) => x.id === 'e1')!;
    expect([e.a[0]!.date, e.b[0]!.date]).toEqual(['2015-03', '2015']);
  });

  it('agrees with itself', () => {
    expect(disagreementIds(compare(A, A))).toEqual([]);
  });
});

describe('agreement', () => {
  it('measures each layer', () => {
    const r = agreementRates(agreementCounts(A, B));
    expect(r.untypedF1).toBe(1);
    expect(r.typedF1).toBeCloseTo(6 / 7);
    expect(r.keyAgreement).toBeCloseTo(5 / 7);
    expect(r.vagueF1).toBeCloseTo((2 * 1 * 0.5) / 1.5);
    expect(r.categoryAgreement).toBe(0);
    expect(r.eventsF1).toBe(1);
    expect(r.dateAgreement).toBe(0);
  });
});

describe('adjudicate', () => {
  const decisions = (d: Record<string, string | null>, add?: Decisions['add']): Decisions => ({
    id: 'example',
    passes: {},
    decisions: d,
    ...(add ? { add } : {}),
  });

  it('applies every decision, renames keys settled one way, and counts how each was settled', () => {
    const r = adjudicate(
      A,
      B,
      ['A', 'B'],
      decisions(
        { m1: 'A', k1: 'B', a1: 'neither', a2: 'B', e1: 'A' },
        { vague_spans: [{ text: 'Officials said', occurrence: 1, category: 'ANON_SOURCE' }] },
      ),
      TEXT,
    );
    expect(r.problems).toEqual([]);
    const gold = r.annotation!;
    expect(gold.pass).toBe('gold');
    expect(gold.mentions.filter((m) => m.entity === 'local:Lopez')).toHaveLength(2);
    expect(gold.mentions.find((m) => TEXT.slice(m.start, m.end) === 'Democrat')!.type).toBe('GROUP');
    expect(gold.vague_spans).toEqual([
      { start: TEXT.indexOf('Officials'), end: TEXT.indexOf('Officials') + 14, category: 'ANON_SOURCE' },
    ]);
    expect(gold.events).toEqual([{ ...A.events[0]!, entities: ['local:Lopez', 'Reuters', 'Federal Reserve'] }]);
    expect(r.tally).toEqual({ agreed: 8, settled: { A: 2, B: 2, neither: 1 }, added: 1 });
  });

  it('renames a key only where it named the settled thing, not where both passes used it alike', () => {
    // A keys "Fed" as the Federal Reserve, B as a thing of its own; B wins that pair. A's "Federal Reserve" also
    // names the span both passes key alike, so the event's entity stays "Federal Reserve".
    const B2 = pass('B', (d) => {
      for (const m of d.mentions) if (m.text === 'Fed') m.entity = 'local:Fed';
    });
    const ids = disagreementIds(compare(A, B2));
    const r = adjudicate(A, B2, ['A', 'B'], decisions(Object.fromEntries(ids.map((id) => [id, 'B']))), TEXT);
    expect(r.problems).toEqual([]);
    const gold = r.annotation!;
    expect(gold.mentions.find((m) => TEXT.slice(m.start, m.end) === 'Fed')!.entity).toBe('local:Fed');
    expect(gold.events[0]!.entities).toContain('Federal Reserve');
    expect(gold.events[0]!.entities).not.toContain('local:Fed');
  });

  it('refuses missing, unknown and invalid decisions', () => {
    const r = adjudicate(A, B, ['A', 'B'], decisions({ m1: 'A', k1: 'C', a1: null, zz: 'A' }), TEXT);
    expect(r.annotation).toBeNull();
    expect(r.problems).toEqual([
      'k1: decide "A", "B" or "neither" (found "C")',
      'a1: decide "A", "B" or "neither" (found null)',
      'a2: decide "A", "B" or "neither" (found null)',
      'e1: decide "A", "B" or "neither" (found null)',
      'zz: no such disagreement',
    ]);
  });
});
