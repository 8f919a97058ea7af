import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceViews } from '../../../src/analysis/attributions';
import { sentenceFeatures } from '../../../src/analysis/attributions/learned/features';
import { NUM_LABELS, O } from '../../../src/analysis/attributions/learned/labels';
import { ATTRIBUTION_MODEL_PATH } from '../../../src/analysis/attributions/learned/load-from-disk';
import { createAttributionTagger } from '../../../src/analysis/attributions/learned/tagger';
import { parseWeights } from '../../../src/analysis/attributions/learned/weights';
import { splitSentences } from '../../../src/analysis/text/sentences';
import { loadEntityRecognizerFromDisk } from '../../../src/analysis/entities/load-from-disk';

const bytes = new Uint8Array(readFileSync(ATTRIBUTION_MODEL_PATH));
const { header, keys, weights } = parseWeights(bytes);

/** The reference: every feature of sentenceFeatures looked up one by one. */
function featureByFeature(view: ReturnType<typeof viewsOf>[number]): Float32Array {
  const rows = new Map(Array.from(keys, (key, row) => [key, row]));
  const { feats, offsets } = sentenceFeatures(view, header.bits);
  const L = NUM_LABELS;
  const emit = new Float32Array(view.words.length * L);
  for (let i = 0; i < view.words.length; i++) {
    const sum = new Int32Array(L);
    for (let f = offsets[i]!; f < offsets[i + 1]!; f++) {
      const row = rows.get(feats[f]!);
      if (row !== undefined) for (let l = 0; l < L; l++) sum[l]! += weights[row * L + l]!;
    }
    for (let l = 0; l < L; l++) emit[i * L + l] = sum[l]! * header.scale;
    emit[i * L + O]! += header.oBias;
  }
  return emit;
}

const recognizer = loadEntityRecognizerFromDisk();

/** The sentences as the rules read them, with the shipped recogniser's entity types under their tokens. */
function viewsOf(text: string) {
  const sentences = splitSentences(text);
  return sentenceViews(text, sentences, recognizer.recognize(text, sentences)).views;
}

const FIRST = [
  'Officials familiar with the plan, who spoke on condition of anonymity, said the talks had stalled.',
  '"We will not pay," said a senior official. According to people close to him, Pompeo was furious.',
  'Critics say it is widely expected to fail, and some believe the vote was rigged.',
].join(' ');
const SECOND = 'Mike Pompeo said officials were told, reportedly by aides, that experts believe it.';

describe('attribution tagger with cached word sums', () => {
  it('scores every sentence exactly as feature by feature, on first and repeated sight', () => {
    const tagger = createAttributionTagger(bytes);
    for (let round = 0; round < 2; round++) {
      for (const view of [...viewsOf(FIRST), ...viewsOf(SECOND)]) {
        expect(tagger.emissions(view)).toEqual(featureByFeature(view));
      }
    }
  });

  it('tags a document the same after another document as in a fresh tagger', () => {
    const used = createAttributionTagger(bytes);
    for (const view of viewsOf(FIRST)) used.tag(view);
    const fresh = createAttributionTagger(bytes);
    for (const view of viewsOf(SECOND)) {
      expect(used.tag(view)).toEqual(fresh.tag(view));
      expect(used.emissions(view)).toEqual(fresh.emissions(view));
    }
  });
});
