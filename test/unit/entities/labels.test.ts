import { describe, expect, it } from 'vitest';
import {
  NUM_LABELS,
  O,
  TYPES,
  allowed,
  label,
  labelsToSpans,
  spansToLabels,
} from '../../../src/analysis/entities/labels';
import { maskTransitions, viterbi } from '../../../src/analysis/entities/viterbi';

const PERSON = TYPES.indexOf('PERSON');
const PLACE = TYPES.indexOf('PLACE');

describe('BILOU labels', () => {
  it('round-trips spans through labels', () => {
    const spans = [
      { start: 0, end: 2, type: PERSON },
      { start: 3, end: 4, type: PLACE },
      { start: 5, end: 8, type: PERSON },
    ];
    const labels = spansToLabels(9, spans);
    expect(Array.from(labels)).toEqual([
      label(PERSON, 0),
      label(PERSON, 2),
      O,
      label(PLACE, 3),
      O,
      label(PERSON, 0),
      label(PERSON, 1),
      label(PERSON, 2),
      O,
    ]);
    expect(labelsToSpans(labels)).toEqual(spans);
  });

  it('forbids leaving a span open or switching type inside it', () => {
    expect(allowed(label(PERSON, 0), O)).toBe(false);
    expect(allowed(label(PERSON, 0), label(PLACE, 2))).toBe(false);
    expect(allowed(label(PERSON, 1), label(PERSON, 2))).toBe(true);
    expect(allowed(label(PERSON, 3), label(PLACE, 0))).toBe(true);
  });
});

describe('Viterbi decoding', () => {
  it('finds the best valid path even when the locally best labels are invalid', () => {
    const n = 2;
    const emit = new Float32Array(n * NUM_LABELS);
    // Token 0 prefers B-PERSON, token 1 prefers O: B then O is invalid, so the decoder must choose
    // between U-PERSON O and B-PERSON L-PERSON by total score.
    emit[label(PERSON, 0)] = 5;
    emit[label(PERSON, 3)] = 4;
    emit[NUM_LABELS + O] = 3;
    emit[NUM_LABELS + label(PERSON, 2)] = 1;
    const out = new Uint8Array(n);
    viterbi(emit, n, maskTransitions(new Float32Array((NUM_LABELS + 1) * NUM_LABELS)), out);
    expect(Array.from(out)).toEqual([label(PERSON, 3), O]);
    emit[NUM_LABELS + label(PERSON, 2)] = 2.5;
    viterbi(emit, n, maskTransitions(new Float32Array((NUM_LABELS + 1) * NUM_LABELS)), out);
    expect(Array.from(out)).toEqual([label(PERSON, 0), label(PERSON, 2)]);
  });

  it('carries nothing from one sentence to the next, in its reused scratch or past it', () => {
    const trans = maskTransitions(new Float32Array((NUM_LABELS + 1) * NUM_LABELS));
    // A block of five tokens with arbitrary scores, then a token that can only be O: decoded alone, and repeated
    // into sentences of 300 (in the scratch) and 1,500 tokens (past it), each block decodes the same.
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 4 - 2;
    const block = Float32Array.from({ length: 6 * NUM_LABELS }, random);
    for (let l = 0; l < NUM_LABELS; l++) block[5 * NUM_LABELS + l] = l === O ? 100 : -100;
    const decode = (blocks: number): number[] => {
      const emit = new Float32Array(blocks * block.length);
      for (let b = 0; b < blocks; b++) emit.set(block, b * block.length);
      const out = new Uint8Array(blocks * 6);
      viterbi(emit, out.length, trans, out);
      return Array.from(out);
    };
    const alone = decode(1);
    expect(decode(50)).toEqual(Array.from({ length: 50 }, () => alone).flat());
    expect(decode(250)).toEqual(Array.from({ length: 250 }, () => alone).flat());
    expect(decode(1)).toEqual(alone);
  });

  it('never ends a sentence inside a span', () => {
    const emit = new Float32Array(NUM_LABELS);
    emit[label(PLACE, 0)] = 10;
    emit[label(PLACE, 3)] = 1;
    const out = new Uint8Array(1);
    viterbi(emit, 1, maskTransitions(new Float32Array((NUM_LABELS + 1) * NUM_LABELS)), out);
    expect(out[0]).toBe(label(PLACE, 3));
  });
});
