import { describe, expect, it } from 'vitest';
import { DOC_BITS, documentFeatures } from '../../../src/analysis/entities/doc-features';
import { featureHash } from '../../../src/analysis/entities/features';
import { spansToLabels, TYPES } from '../../../src/analysis/entities/labels';

const PERSON = TYPES.indexOf('PERSON');
const ORG = TYPES.indexOf('ORG');
const NONE = TYPES.length;
const h = (template: string, ...values: number[]): number => {
  let x = featureHash(template);
  for (const v of values) x = featureHash('', x, v);
  return x & ((1 << DOC_BITS) - 1);
};

describe('document features', () => {
  const sentences = [
    ['Mike', 'Pompeo', 'spoke', '.'],
    ['Pompeo', 'Industries', 'said', 'Pompeo', 'left', '.'],
  ];
  const stage1 = [
    spansToLabels(4, [{ start: 0, end: 2, type: PERSON }]),
    spansToLabels(6, [
      { start: 0, end: 2, type: ORG },
      { start: 3, end: 4, type: ORG },
    ]),
  ];
  const [first, second] = documentFeatures(sentences, stage1);
  const at = (f: typeof first, i: number): Set<number> => new Set(f!.feats.subarray(f!.offsets[i], f!.offsets[i + 1]));

  it('tells a word what the first stage called it elsewhere in the document', () => {
    const lone = at(second, 3);
    // The other two "Pompeo": one PERSON (in a longer name), one ORG: no majority is unanimous.
    expect(lone.has(h('d-any', PERSON))).toBe(true);
    expect(lone.has(h('d-any', ORG))).toBe(true);
    expect(lone.has(h('d-long', PERSON))).toBe(true);
    expect(lone.has(h('d-first', PERSON))).toBe(true);
  });

  it('leaves lowercase words with the bias alone', () => {
    expect(at(first, 2)).toEqual(new Set([featureHash('d-bias') & ((1 << DOC_BITS) - 1)]));
  });

  it('counts outside-a-name occurrences too', () => {
    const doc = documentFeatures(
      [
        ['Apple', 'rose'],
        ['Apple', 'fell'],
      ],
      [new Uint8Array(2), new Uint8Array(2)],
    );
    const f = new Set(doc[0]!.feats.subarray(doc[0]!.offsets[0], doc[0]!.offsets[1]));
    // The other "Apple" was outside a name, unanimously.
    expect(f.has(h('d-maj', NONE, 1))).toBe(true);
    expect(f.has(h('d-any', NONE))).toBe(true);
  });
});
