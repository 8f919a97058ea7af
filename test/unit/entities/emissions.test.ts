import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from '../../../src/analysis/entities/features';
import { NUM_LABELS } from '../../../src/analysis/entities/labels';
import { MODEL_PATH } from '../../../src/analysis/entities/load-from-disk';
import { loadModel } from '../../../src/analysis/entities/model';
import { addScores, emissions } from '../../../src/analysis/entities/tagger';

const model = loadModel(new Uint8Array(readFileSync(MODEL_PATH)));

/** The reference: every feature of sentenceFeatures looked up one by one. */
function featureByFeature(tokens: string[]): Float32Array {
  const { feats, offsets } = sentenceFeatures(tokens, model.ctx);
  return addScores(
    new Float32Array(tokens.length * NUM_LABELS),
    feats,
    offsets,
    model.rows,
    model.weights,
    model.scale,
  );
}

describe('emissions with cached sums of own and neighbour features', () => {
  const sentences = [
    ['Mike', 'Pompeo', 'met', 'Mustafa', 'al-Kadhimi', 'in', 'Baghdad', '.'],
    // The same types again, in other contexts: scored from the cache.
    ['In', 'Baghdad', ',', 'Pompeo', 'said', 'al-Kadhimi', 'met', 'Mike', '.'],
    // A headline in capitals: its tokens' own features differ from running text's.
    ['POMPEO', 'MEETS', 'KADHIMI', 'IN', 'BAGHDAD'],
    ['Pompeo', 'visits', 'POMPEO', 'U.S.', 'Iranian-backed', 'militias', '2020'],
    ['Olga'],
    [],
  ];

  it('scores every sentence exactly as feature by feature, on first and repeated sight', () => {
    for (let round = 0; round < 2; round++) {
      for (const tokens of sentences) expect(emissions(model, tokens)).toEqual(featureByFeature(tokens));
    }
  });

  it('keeps a headline and running text apart for the same token type', () => {
    const inText = ['Visits', 'by', 'ZORBA', 'to', 'Iraq'];
    const inHeadline = ['VISITS', 'BY', 'ZORBA', 'TO', 'IRAQ'];
    expect(emissions(model, inText)).toEqual(featureByFeature(inText));
    expect(emissions(model, inHeadline)).toEqual(featureByFeature(inHeadline));
  });

  it('scores a second document as a fresh model does, whatever the first one left in the caches', () => {
    const first = ['Baghdad', 'welcomed', 'Pompeo', ',', 'officials', 'said', '.'];
    const second = ['Officials', 'said', 'Pompeo', 'left', 'Baghdad'];
    emissions(model, first);
    const fresh = loadModel(new Uint8Array(readFileSync(MODEL_PATH)));
    expect(emissions(model, second)).toEqual(emissions(fresh, second));
    expect(emissions(model, second)).toEqual(featureByFeature(second));
  });
});
