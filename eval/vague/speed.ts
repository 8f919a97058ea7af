import { detectAttributions } from '../../src/analysis/attributions';
import type { AttributionTagger } from '../../src/analysis/attributions/learned/tagger';
import type { Sentence } from '../../src/analysis/text/sentences';
import { splitSentences } from '../../src/analysis/text/sentences';
import type { Entity } from '../../src/analysis/types';
import { wordCount } from './score';

/** Words per second of the detector on one Node thread, over the given texts, repeated for ~2 s. */
export interface Speed {
  detector: number;
  withSentences: number;
}

interface Prepared {
  text: string;
  sentences: Sentence[];
  entities: Entity[];
}

function rate(words: number, run: () => void): number {
  for (let i = 0; i < 3; i++) run(); // warm up the JIT
  const start = process.hrtime.bigint();
  let rounds = 0;
  while (Number(process.hrtime.bigint() - start) < 2e9) {
    run();
    rounds++;
  }
  return (words * rounds) / (Number(process.hrtime.bigint() - start) / 1e9);
}

export function measureSpeed(docs: { text: string; entities: Entity[] }[], tagger: AttributionTagger | null): Speed {
  const prepared: Prepared[] = docs.map((d) => ({ ...d, sentences: splitSentences(d.text) }));
  const words = docs.reduce((n, d) => n + wordCount(d.text), 0);
  return {
    detector: rate(words, () => {
      for (const d of prepared) detectAttributions(d.text, d.sentences, d.entities, tagger);
    }),
    withSentences: rate(words, () => {
      for (const d of prepared) detectAttributions(d.text, splitSentences(d.text), d.entities, tagger);
    }),
  };
}
