/**
 * Vague attributions on ../shared/data/vague-gold: our detector and write-good's weasel check, scored as
 * shared/docs/vague-attributions.md ("Scoring") says, cross-checked with ../shared/tools/score_vague.py when
 * present; then speed, PolNeAR dev checks against labels derived from its source spans, and a spot check. OUTLET_RELAY is a badge, not a flag: it is scored
 * apart ("+relays") and the doc counts outlet relays as soft. Runnable alone: `npx tsx eval/sections/vague.ts`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectAttributions } from '../../src/analysis/attributions';
import { splitSentences } from '../../src/analysis/text/sentences';
import { loadRecognizer } from '../vague/entities';
import { GOLD_DIR, loadGold } from '../vague/gold';
import { polnearLabels } from '../vague/polnear-labels';
import { polnearSpotCheck } from '../vague/polnear-spot';
import { referenceScore } from '../vague/reference-scorer';
import { score, wordCount, type Score, type Span } from '../vague/score';
import { measureSpeed } from '../vague/speed';
import { weaselSpans } from '../vague/weasel';

const row = (tool: string, s: Score): string =>
  `${tool.padEnd(22)} ${String(s.preds).padStart(5)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.namedFp).padStart(7)} ` +
  `${s.recall.toFixed(3).padStart(6)} ${s.precision.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)} ${s.falsePer1kWords.toFixed(2).padStart(7)}`;

export default async function main(): Promise<void> {
  if (!existsSync(GOLD_DIR)) {
    console.log(`skipped: ${GOLD_DIR} not found`);
    return;
  }
  const gold = loadGold();
  const { recognize, note } = await loadRecognizer();
  const entitiesOf = new Map(gold.map((g) => [g.id, recognize ? recognize(g.text) : []]));
  const runs = new Map<string, Map<string, Span[]>>([
    ['backstory', new Map()],
    ['backstory+relays', new Map()],
    ['backstory(no entities)', new Map()],
    ['write-good weasel', new Map()],
  ]);
  for (const g of gold) {
    const all = detectAttributions(g.text, splitSentences(g.text), entitiesOf.get(g.id)!);
    runs.get('backstory')!.set(
      g.id,
      all.filter((a) => a.category !== 'OUTLET_RELAY'),
    );
    runs.get('backstory+relays')!.set(g.id, all);
    const bare = detectAttributions(g.text, splitSentences(g.text), []);
    runs.get('backstory(no entities)')!.set(
      g.id,
      bare.filter((a) => a.category !== 'OUTLET_RELAY'),
    );
    runs.get('write-good weasel')!.set(g.id, weaselSpans(g.text));
  }
  const words = gold.reduce((n, g) => n + wordCount(g.text), 0);
  console.log(
    `gold: ${gold.length} articles, ${words} words, ${gold.reduce((n, g) => n + g.vague.length, 0)} vague spans; ${note}`,
  );
  console.log(`${'tool'.padEnd(22)} preds   TP   FP namedFP recall   prec     F1  FP/1kw`);
  const scores = new Map([...runs].map(([tool, preds]) => [tool, score(gold, preds)]));
  for (const [tool, s] of scores) console.log(row(tool, s));
  const ours = scores.get('backstory')!;
  console.log(`backstory false flags: ${ours.falseFlags.length ? ours.falseFlags.join(' | ') : 'none'}`);
  console.log(`backstory missed: ${ours.missed.length ? ours.missed.join(' | ') : 'none'}`);

  const reference = referenceScore(new Map([...runs].filter(([tool]) => !tool.includes('('))));
  console.log(
    reference
      ? `\nreference scorer (../shared/tools/score_vague.py --utf16):\n${reference.trimEnd()}`
      : '\nreference scorer not present: scored by eval/vague/score.ts only',
  );

  const speed = measureSpeed(gold.map((g) => ({ text: g.text, entities: entitiesOf.get(g.id)! })));
  console.log(
    `\nspeed (Node ${process.version}, one thread, entities precomputed): detector ${Math.round(speed.detector).toLocaleString('en')} words/s; ` +
      `with sentence splitting ${Math.round(speed.withSentences).toLocaleString('en')} words/s`,
  );

  console.log('');
  polnearLabels(recognize);
  console.log('');
  polnearSpotCheck(recognize);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
