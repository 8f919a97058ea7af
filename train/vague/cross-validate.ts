import { score, type Score, type Span } from '../../eval/vague/score';
import { flagsOf, VARIANTS } from '../../eval/vague/variants';
import { countCauses, whyMissed } from '../../eval/vague/why-missed';
import { createAttributionTagger } from '../../src/analysis/attributions/learned/tagger';
import type { PreparedArticle } from './dataset';
import type { Example } from './sequence-perceptron';
import { trainTagger, type TrainOptions } from './train-tagger';

export const scoreRow = (name: string, s: Score): string =>
  `${name.padEnd(16)} ${String(s.preds).padStart(6)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.namedFp).padStart(7)} ` +
  `${s.recall.toFixed(3).padStart(6)} ${s.precision.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)}`;
export const SCORE_HEADER = `${'variant'.padEnd(16)}  preds    TP    FP namedFP recall   prec     F1`;

/**
 * K-fold cross-validation over articles (article i is in fold i mod K): each fold is tagged by weights
 * trained on the other folds, and every variant is scored against the derived labels of all held-out
 * articles together; `extra` sentences (the news gold's dev articles) join every fold's training. OUTLET_RELAY
 * is a badge, not a flag, and is left out as in the eval. With `why`, each vague span the shipped variant misses
 * is given its cause (eval/vague/why-missed.ts) and the causes are counted.
 */
export function crossValidate(
  prepared: PreparedArticle[],
  folds: number,
  options: TrainOptions,
  showErrorsOf: string,
  log: (msg: string) => void,
  extra: Example[] = [],
  why = false,
): void {
  const predictions = new Map(Object.keys(VARIANTS).map((v) => [v, new Map<string, Span[]>()]));
  const causes: string[] = [];
  const examples = new Map<string, string[]>();
  for (let k = 0; k < folds; k++) {
    const train = prepared.filter((_, i) => i % folds !== k);
    const tagger = createAttributionTagger(trainTagger([...train.flatMap((p) => p.examples), ...extra], options));
    for (const p of prepared.filter((_, i) => i % folds === k)) {
      for (const variant of Object.keys(VARIANTS))
        predictions.get(variant)!.set(p.article.id, flagsOf(variant, p.article.text, p.entities, tagger, p.sentences));
      if (!why) continue;
      const flags = predictions.get('rules+learned')!.get(p.article.id)!;
      const missed = p.derived
        .filter(
          (d) =>
            (d.label === 'vague-source' || d.label === 'agentless') &&
            !flags.some((f) => f.start < d.end && d.start < f.end),
        )
        .map((d) => ({
          start: d.start,
          end: d.end,
          kind: d.label === 'agentless' ? ('cue' as const) : ('source' as const),
        }));
      whyMissed(p.article.text, p.sentences, p.entities, tagger, missed).forEach((cause, i) => {
        causes.push(cause);
        const shown = examples.get(cause) ?? [];
        const m = missed[i]!;
        if (shown.length < 4) shown.push(`${p.article.id}: «${p.article.text.slice(m.start, m.end)}»`);
        examples.set(cause, shown);
      });
    }
    log(`fold ${k + 1}/${folds} done`);
  }
  const gold = prepared.map((p) => p.gold);
  console.log(`PolNeAR train, ${folds} held-out folds, derived labels (${gold.length} articles)`);
  console.log(SCORE_HEADER);
  for (const [variant, preds] of predictions) {
    const s = score(gold, preds);
    console.log(scoreRow(variant, s));
    if (variant === showErrorsOf) {
      console.log(`  false flags (${s.falseFlags.length}):\n    ${s.falseFlags.join('\n    ')}`);
      console.log(`  missed (${s.missed.length}):\n    ${s.missed.join('\n    ')}`);
    }
  }
  if (!why) return;
  console.log(`rules+learned: ${causes.length} missed vague spans, by cause (four examples each)`);
  for (const [cause, n] of countCauses(causes))
    console.log(`  ${String(n).padStart(4)}  ${cause}\n          ${examples.get(cause)!.join('\n          ')}`);
}
