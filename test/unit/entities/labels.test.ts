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

  it('never ends a sentence inside a span', () => {
    const emit = new Float32Array(NUM_LABELS);
    emit[label(PLACE, 0)] = 10;
    emit[label(PLACE, 3)] = 1;
    const out = new Uint8Array(1);
    viterbi(emit, 1, maskTransitions(new Float32Array((NUM_LABELS + 1) * NUM_LABELS)), out);
    expect(out[0]).toBe(label(PLACE, 3));
  });
});
