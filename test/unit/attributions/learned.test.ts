import { describe, expect, it } from 'vitest';
import { detectAttributions, sentenceViews } from '../../../src/analysis/attributions';
import { O, SOURCE_BEGIN } from '../../../src/analysis/attributions/learned/labels';
import { loadAttributionTaggerFromDisk } from '../../../src/analysis/attributions/learned/load-from-disk';
import { createAttributionTagger } from '../../../src/analysis/attributions/learned/tagger';
import { hashCheck, parseWeights, serializeWeights } from '../../../src/analysis/attributions/learned/weights';
import { sentenceFeatures } from '../../../src/analysis/attributions/learned/features';
import { loadEntityRecognizerFromDisk } from '../../../src/analysis/entities/load-from-disk';
import { splitSentences } from '../../../src/analysis/text/sentences';
import { trainTagger } from '../../../train/vague/train-tagger';

const BITS = 16;
const viewsOf = (text: string) => sentenceViews(text, splitSentences(text), []).views;

/** Sentences whose first word is (or is not) a vague source, as training labels. */
function example(text: string, source: boolean) {
  const view = viewsOf(text)[0]!;
  const gold = new Uint8Array(view.words.length).fill(O);
  if (source) gold[0] = SOURCE_BEGIN;
  return { ...sentenceFeatures(view, BITS), gold };
}

describe('learned tagger', () => {
  const corpus = [
    example('Officials said the road is closed.', true),
    example('Aides said the port is open.', true),
    example('Diplomats believe the talks failed.', true),
    example('The minister said the road is closed.', false),
    example('It rained all day in the port.', false),
    example('The minister left the port early.', false),
  ];
  const bytes = trainTagger(corpus, { bits: BITS, epochs: 5, minCount: 1, seed: 1, oBias: 0 });

  it('learns from labelled sentences, and its weights file tags unseen ones', () => {
    const tagger = createAttributionTagger(bytes);
    const [view] = viewsOf('Negotiators said the bridge is closed.');
    expect(Array.from(tagger.tag(view!)).slice(0, 2)).toEqual([SOURCE_BEGIN, O]);
    const [plain] = viewsOf('The minister said the bridge is closed.');
    expect(Array.from(tagger.tag(plain!)).every((l) => l === O)).toBe(true);
  });

  it('trains deterministically', () => {
    expect(trainTagger(corpus, { bits: BITS, epochs: 5, minCount: 1, seed: 1, oBias: 0 })).toEqual(bytes);
  });

  it('round-trips its weights file and refuses one made under other features', () => {
    const parts = parseWeights(bytes);
    expect(serializeWeights(parts)).toEqual(bytes);
    const foreign = serializeWeights({ ...parts, header: { ...parts.header, hashCheck: hashCheck() + 1 } });
    expect(() => createAttributionTagger(foreign)).toThrow();
  });
});

describe('shipped attribution weights', () => {
  const tagger = loadAttributionTaggerFromDisk();
  const recognizer = loadEntityRecognizerFromDisk();
  const detect = (text: string) =>
    detectAttributions(text, splitSentences(text), recognizer.recognize(text), tagger).map((a) => a.text);

  it('load, and flag unnamed sources the rules of words miss', () => {
    expect(tagger).not.toBeNull();
    expect(detect('Local organizers privately fumed at the decision, according to the newspaper.')).not.toEqual([]);
  });

  it('never flag a named source', () => {
    for (const text of [
      'Karl Weiss, a senior adviser to the mayor, said the talks had failed.',
      '“The deal is fragile,” said Tomas Berg, executive director of the Nordic Policy Institute.',
      'Ministry spokesman Karl Weiss told Reuters that the border stays shut.',
      'Senator Ina Dahl and her aides believe the bill will pass.',
    ])
      expect(detect(text), text).toEqual([]);
  });
});
