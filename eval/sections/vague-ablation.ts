/**
 * Each rule of words' contribution, dev against unseen text: the rules (without the learned tagger) with one
 * rule left out at a time, scored on the news gold's dev split (read while the rules were written) and on
 * labels derived from PolNeAR train (840 articles, read only for misses). A rule whose flags are right on dev
 * but mostly false on PolNeAR fits what was read. Aggregates only; the test split is not used.
 * Runnable alone: `npx tsx eval/sections/vague-ablation.ts`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectWith, sentenceViews } from '../../src/analysis/attributions';
import { RULES, type RegisteredRule } from '../../src/analysis/attributions/registry';
import { loadEntityRecognizerFromDisk } from '../../src/analysis/entities/load-from-disk';
import { splitSentences, type Sentence } from '../../src/analysis/text/sentences';
import type { Entity } from '../../src/analysis/types';
import { goldOf } from '../../train/vague/dataset';
import { deriveLabels } from '../../train/vague/derive-labels';
import { polnearAvailable, readPolnear } from '../../train/vague/polnear';
import type { GoldArticle } from '../vague/gold';
import { newsVagueGold } from '../vague/news-gold';
import { score, type Score } from '../vague/score';

interface Prepared {
  gold: GoldArticle;
  sentences: Sentence[];
  entities: Entity[];
}

function scoreRules(set: Prepared[], rules: readonly RegisteredRule[]): Score {
  const predictions = new Map(
    set.map((p) => [
      p.gold.id,
      detectWith(rules, p.gold.text, p.sentences, p.entities, null).filter((a) => a.category !== 'OUTLET_RELAY'),
    ]),
  );
  return score(
    set.map((p) => p.gold),
    predictions,
  );
}

export default async function main(): Promise<void> {
  console.log('## Vague attributions: each rule of words left out, news dev vs PolNeAR train (derived labels)');
  const dev = newsVagueGold('dev');
  if (dev.length === 0 || !polnearAvailable('train')) {
    console.log('skipped: the news gold or ../shared/data/attribution/polnear is not here');
    return;
  }
  const recognizer = loadEntityRecognizerFromDisk();
  const withEntities = (gold: GoldArticle): Prepared => {
    const sentences = splitSentences(gold.text);
    return { gold, sentences, entities: recognizer.recognize(gold.text, sentences) };
  };
  const sets: [string, Prepared[]][] = [
    ['news dev', dev.map(withEntities)],
    [
      'PolNeAR train',
      readPolnear('train').map((article) => {
        const sentences = splitSentences(article.text);
        const entities = recognizer.recognize(article.text, sentences);
        const { views } = sentenceViews(article.text, sentences, entities);
        return { gold: goldOf(article, deriveLabels(article, views)), sentences, entities };
      }),
    ],
  ];
  const words = RULES.filter((r) => !r.rule.id.startsWith('learned-'));
  const base = sets.map(([, set]) => scoreRules(set, words));
  const cell = (s: Score, b: Score): string =>
    `${String(s.tp - b.tp).padStart(5)} ${String(s.fp - b.fp).padStart(5)} ${String(s.namedFp - b.namedFp).padStart(5)} ${(s.recall - b.recall).toFixed(3).padStart(7)}`;
  console.log(
    `all rules of words: ${sets.map(([name], i) => `${name} ${base[i]!.recall.toFixed(3)} / ${base[i]!.precision.toFixed(3)} / ${base[i]!.namedFp} (TP ${base[i]!.tp}, FP ${base[i]!.fp})`).join('; ')}`,
  );
  console.log(`${'left out'.padEnd(22)}${sets.map(([name]) => `| ${name.padEnd(26)}`).join('')}`);
  console.log(`${''.padEnd(22)}${sets.map(() => `|   ΔTP   ΔFP ΔnFP Δrecall  `).join('')}`);
  for (const left of words) {
    const rules = words.filter((r) => r !== left);
    const cells = sets.map(([, set], i) => cell(scoreRules(set, rules), base[i]!));
    console.log(`${left.rule.id.padEnd(22)}${cells.map((c) => `| ${c.padEnd(26)}`).join('')}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
