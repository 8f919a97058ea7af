/**
 * Why vague-attribution recall stops where it does: each gold vague span the product misses on the news gold's
 * dev and dev2 splits (through the same sentences, entities and weights as analyzeText), with its cause
 * (eval/vague/why-missed.ts), and the counts per cause. The test split is never read. PolNeAR train's
 * held-out folds are counted the same way by `npm run train:vague -- --folds 5 --why`.
 * Runnable alone: `npx tsx eval/sections/vague-misses.ts`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectAttributions } from '../../src/analysis/attributions';
import { loadAttributionTaggerFromDisk } from '../../src/analysis/attributions/learned/load-from-disk';
import { loadEntityRecognizerFromDisk } from '../../src/analysis/entities/load-from-disk';
import { splitSentences } from '../../src/analysis/text/sentences';
import { codePointToUtf16 } from '../lib/code-points';
import { loadNewsGold } from '../news/articles';
import { countCauses, whyMissed, type MissedSpan } from '../vague/why-missed';

const CUE_CATEGORIES = new Set(['AGENTLESS', 'HEDGE_REPORT']);

export default async function main(): Promise<void> {
  console.log('## Vague attributions: why each missed gold span of news dev and dev2 is missed');
  const recognizer = loadEntityRecognizerFromDisk();
  const tagger = loadAttributionTaggerFromDisk();
  for (const split of ['dev', 'dev2'] as const) {
    const causes: string[] = [];
    for (const article of loadNewsGold().articles.filter((a) => a.split === split && a.attributions)) {
      const unit = codePointToUtf16(article.text);
      const sentences = splitSentences(article.text);
      const entities = recognizer.recognize(article.text, sentences);
      const flags = detectAttributions(article.text, sentences, entities, tagger).filter(
        (f) => f.category !== 'OUTLET_RELAY',
      );
      const missed: MissedSpan[] = article.attributions!.vague.map((v) => ({
        start: unit[v.start]!,
        end: unit[v.end]!,
        kind: v.category && CUE_CATEGORIES.has(v.category) ? 'cue' : 'source',
      }));
      const misses = missed.filter((m) => !flags.some((f) => f.start < m.end && m.start < f.end));
      whyMissed(article.text, sentences, entities, tagger, misses).forEach((cause, i) => {
        causes.push(cause);
        const m = misses[i]!;
        console.log(`${split} ${article.id}: «${article.text.slice(m.start, m.end)}» ${cause}`);
      });
    }
    console.log(`${split}: ${causes.length} missed`);
    for (const [cause, n] of countCauses(causes)) console.log(`  ${String(n).padStart(3)}  ${cause}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
