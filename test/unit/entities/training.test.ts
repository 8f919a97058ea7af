import { describe, expect, it } from 'vitest';
import { sentenceFeatures, type FeatureContext } from '../../../src/analysis/entities/features';
import { buildGazetteer, LIST_CLASSES, type GazetteerLists } from '../../../src/analysis/entities/gazetteer';
import { buildKnowledgeTable } from '../../../src/analysis/entities/knowledge';
import { NUM_LABELS, TYPES, spansToLabels } from '../../../src/analysis/entities/labels';
import { FORMAT_VERSION, loadModel, serializeModel } from '../../../src/analysis/entities/model';
import { tagSentence } from '../../../src/analysis/entities/tagger';
import { Perceptron } from '../../../train/perceptron';
import { quantize } from '../../../train/quantize';
import { seededRandom, shuffle } from '../../../train/random';

const PERSON = TYPES.indexOf('PERSON');
const PLACE = TYPES.indexOf('PLACE');
const lists = Object.fromEntries(LIST_CLASSES.map((c) => [c, [] as string[]])) as unknown as GazetteerLists;
const BITS = 16;
const ctx: FeatureContext = { gazetteer: buildGazetteer(lists), lowerWords: new Set(), bits: BITS };

const corpus: [string[], { start: number; end: number; type: number }[]][] = [
  [
    ['Anna', 'Berg', 'flew', 'to', 'Oslo', '.'],
    [
      { start: 0, end: 2, type: PERSON },
      { start: 4, end: 5, type: PLACE },
    ],
  ],
  [
    ['Karl', 'Lund', 'flew', 'to', 'Rome', '.'],
    [
      { start: 0, end: 2, type: PERSON },
      { start: 4, end: 5, type: PLACE },
    ],
  ],
  [['They', 'flew', 'to', 'Lima', '.'], [{ start: 3, end: 4, type: PLACE }]],
  [['Eva', 'Holm', 'stayed', 'home', '.'], [{ start: 0, end: 2, type: PERSON }]],
];

describe('training', () => {
  it('learns names from context, and the quantized weights tag unseen names', () => {
    const examples = corpus.map(([tokens, spans]) => ({
      ...sentenceFeatures(tokens, ctx),
      gold: spansToLabels(tokens.length, spans),
    }));
    const perceptron = new Perceptron(1 << BITS);
    const random = seededRandom(1);
    const order = examples.map((_, i) => i);
    let errors = Infinity;
    for (let epoch = 0; epoch < 10 && errors > 0; epoch++) {
      shuffle(order, random);
      errors = order.reduce((n, i) => n + perceptron.learn(examples[i]!), 0);
    }
    expect(errors).toBe(0);
    const avg = perceptron.averaged();
    const q = quantize(avg.w);
    const model = loadModel(
      serializeModel({
        header: {
          version: FORMAT_VERSION,
          bits: BITS,
          labels: NUM_LABELS,
          rows: q.keys.length,
          scale: q.scale,
          gazetteer: lists,
          lowerWords: [],
          stage2: { rows: 0, scale: 1 },
        },
        keys: q.keys,
        weights: q.weights,
        transitions: avg.trans,
        stage2: { keys: new Uint32Array(0), weights: new Int8Array(0), transitions: avg.trans },
        knowledge: buildKnowledgeTable(new Map()),
      }),
    );
    expect(tagSentence(model, ['Olga', 'Dahl', 'flew', 'to', 'Riga', '.'])).toEqual([
      { start: 0, end: 2, type: PERSON },
      { start: 4, end: 5, type: PLACE },
    ]);
  });

  it('shuffles the same way for the same seed', () => {
    const a = [1, 2, 3, 4, 5, 6, 7, 8];
    const b = [...a];
    shuffle(a, seededRandom(42));
    shuffle(b, seededRandom(42));
    expect(a).toEqual(b);
    expect(a).not.toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
