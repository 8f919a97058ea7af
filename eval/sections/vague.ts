/**
 * Vague attributions. The dev gold (../shared/data/vague-gold): the shipped detector (rules of words and the
 * learned tagger), each half alone, the detector without entities and write-good's weasel check, scored as
 * shared/docs/vague-attributions.md ("Scoring") says and cross-checked with ../shared/tools/score_vague.py.
 * Then speed, the news gold's dev and test splits (test in aggregate only; `--errors` lists dev errors), PolNeAR
 * dev scored against labels derived from its annotations (aggregate figures only: it holds the news gold's
 * articles), and a spot check of flags on PolNeAR train to read.
 * OUTLET_RELAY is a badge, not a flag: it is scored apart ("+relays") and the doc counts outlet relays as
 * soft. Runnable alone: `npx tsx eval/sections/vague.ts`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectAttributions } from '../../src/analysis/attributions';
import { splitSentences } from '../../src/analysis/text/sentences';
import { loadRecognizer } from '../vague/entities';
import { GOLD_DIR, loadGold } from '../vague/gold';
import { polnearDerived } from '../vague/polnear-derived';
import { polnearSpotCheck } from '../vague/polnear-spot';
import { referenceScore } from '../vague/reference-scorer';
import { score, wordCount, type Score, type Span } from '../vague/score';
import { newsVagueGold } from '../vague/news-gold';
import { measureSpeed } from '../vague/speed';
import { loadTagger } from '../vague/tagger';
import { flagsOf, VARIANTS } from '../vague/variants';
import { weaselSpans } from '../vague/weasel';

const row = (tool: string, s: Score): string =>
  `${tool.padEnd(22)} ${String(s.preds).padStart(5)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.namedFp).padStart(7)} ` +
  `${s.recall.toFixed(3).padStart(6)} ${s.precision.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)} ${s.falsePer1kWords.toFixed(2).padStart(7)}`;
const HEADER = `${'tool'.padEnd(22)} preds   TP   FP namedFP recall   prec     F1  FP/1kw`;

export default async function main(): Promise<void> {
  if (!existsSync(GOLD_DIR)) {
    console.log(`skipped: ${GOLD_DIR} not found`);
    return;
  }
  const gold = loadGold();
  const { recognize, note } = await loadRecognizer();
  const { tagger, note: taggerNote } = loadTagger();
  const entitiesOf = new Map(gold.map((g) => [g.id, recognize ? recognize(g.text) : []]));
  const runs = new Map<string, Map<string, Span[]>>([
    ...Object.keys(VARIANTS).map((v): [string, Map<string, Span[]>] => [v, new Map()]),
    ['rules+learned +relays', new Map()],
    ['rules+learned no ents', new Map()],
    ['write-good weasel', new Map()],
  ]);
  for (const g of gold) {
    for (const v of Object.keys(VARIANTS)) runs.get(v)!.set(g.id, flagsOf(v, g.text, entitiesOf.get(g.id)!, tagger));
    runs
      .get('rules+learned +relays')!
      .set(g.id, detectAttributions(g.text, splitSentences(g.text), entitiesOf.get(g.id)!, tagger));
    runs.get('rules+learned no ents')!.set(g.id, flagsOf('rules+learned', g.text, [], tagger));
    runs.get('write-good weasel')!.set(g.id, weaselSpans(g.text));
  }
  const words = gold.reduce((n, g) => n + wordCount(g.text), 0);
  console.log(
    `gold: ${gold.length} articles, ${words} words, ${gold.reduce((n, g) => n + g.vague.length, 0)} vague spans; ${note}; ${taggerNote}`,
  );
  console.log(HEADER);
  const scores = new Map([...runs].map(([tool, preds]) => [tool, score(gold, preds)]));
  for (const [tool, s] of scores) console.log(row(tool, s));
  const ours = scores.get('rules+learned')!;
  console.log(`rules+learned false flags: ${ours.falseFlags.length ? ours.falseFlags.join(' | ') : 'none'}`);
  console.log(`rules+learned missed: ${ours.missed.length ? ours.missed.join(' | ') : 'none'}`);

  const reference = referenceScore(
    new Map([...runs].filter(([tool]) => tool === 'rules+learned' || tool === 'write-good weasel')),
  );
  console.log(
    reference
      ? `\nreference scorer (../shared/tools/score_vague.py --utf16):\n${reference.trimEnd()}`
      : '\nreference scorer not present: scored by eval/vague/score.ts only',
  );

  const docs = gold.map((g) => ({ text: g.text, entities: entitiesOf.get(g.id)! }));
  const withTagger = measureSpeed(docs, tagger);
  const rulesOnly = measureSpeed(docs, null);
  const rate = (n: number): string => Math.round(n).toLocaleString('en');
  console.log(
    `\nspeed (Node ${process.version}, one thread, entities precomputed), words/s: rules+learned ${rate(withTagger.detector)} ` +
      `(${rate(withTagger.withSentences)} with sentence splitting); rules alone ${rate(rulesOnly.detector)} (${rate(rulesOnly.withSentences)})`,
  );

  // The news gold (eval/gold): dev, dev2 and test, each variant; test in aggregate only (it is frozen), dev and
  // dev2 errors with --errors.
  for (const split of ['dev', 'dev2', 'test'] as const) {
    const news = newsVagueGold(split);
    if (news.length === 0) continue;
    console.log(
      `\nnews gold ${split}: ${news.length} articles, ${news.reduce((n, g) => n + g.vague.length, 0)} vague spans${split === 'test' ? '; aggregate only' : ''}`,
    );
    console.log(HEADER);
    for (const v of Object.keys(VARIANTS)) {
      const preds = new Map(news.map((g) => [g.id, flagsOf(v, g.text, recognize ? recognize(g.text) : [], tagger)]));
      const s = score(news, preds);
      console.log(row(v, s));
      if (split !== 'test' && process.argv.includes('--errors')) {
        for (const f of s.falseFlags) console.log(`  false flag ${f}`);
        for (const m of s.missed) console.log(`  missed ${m}`);
      }
    }
  }

  const dev = polnearDerived('dev', recognize, tagger);
  if (dev) {
    console.log(
      `\nPolNeAR dev, labels derived from its annotations (train/vague/README.md): ${dev.articles} articles, ${dev.spans} vague spans; aggregate only`,
    );
    console.log(HEADER);
    for (const [variant, s] of dev.scores) console.log(row(variant, s));
  } else console.log('\nPolNeAR dev not found: skipped');
  console.log('');
  polnearSpotCheck(recognize, tagger);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
