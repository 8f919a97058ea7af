/**
 * Vague attributions on the team's own held-out challenge set (rows per set for the shipped detector, then
 * per half for the rules of words and the learned rules alone) (test/fixtures/attributions/challenge.ts),
 * scored as shared/docs/vague-attributions.md ("Scoring") says, by the same scorer as the dev gold. Half A is
 * the development half; half B is only measured. OUTLET_RELAY is a badge, not a flag, and is left out as in
 * the dev-gold run. Runnable alone: `npx tsx eval/sections/vague-challenge.ts`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHALLENGE } from '../../test/fixtures/attributions/challenge';
import { challengeGold, type ChallengeGold } from '../vague/challenge-gold';
import { loadRecognizer } from '../vague/entities';
import { score, wordCount, type Score, type Span } from '../vague/score';
import { loadTagger } from '../vague/tagger';
import { flagsOf, VARIANTS } from '../vague/variants';

const row = (name: string, s: Score, items: number, words: number, spans: number): string =>
  `${name.padEnd(14)} ${String(items).padStart(5)} ${String(words).padStart(5)} ${String(spans).padStart(5)} ${String(s.preds).padStart(5)} ` +
  `${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.namedFp).padStart(7)} ${s.recall.toFixed(3).padStart(6)} ` +
  `${s.precision.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)} ${s.falsePer1kWords.toFixed(2).padStart(7)}`;

export default async function main(): Promise<void> {
  const showB = process.env.VAGUE_CHALLENGE_SHOW_B === '1';
  const { recognize, note } = await loadRecognizer();
  const { tagger, note: taggerNote } = loadTagger();
  const all = challengeGold(CHALLENGE);
  const byVariant = new Map(Object.keys(VARIANTS).map((v) => [v, new Map<string, Span[]>()]));
  const bare = new Map<string, Span[]>();
  for (const g of all) {
    const entities = recognize ? recognize(g.text) : [];
    for (const [v, preds] of byVariant) preds.set(g.id, flagsOf(v, g.text, entities, tagger));
    bare.set(g.id, flagsOf('rules+learned', g.text, [], tagger));
  }
  const predictions = byVariant.get('rules+learned')!;
  console.log(`challenge set: ${all.length} items (half A: development, half B: held out); ${note}; ${taggerNote}`);
  console.log(`${'set'.padEnd(14)} items words spans preds   TP   FP namedFP recall   prec     F1  FP/1kw`);
  // Half A is also split into the first batch (written with half B) and the later development batches.
  const later = new Set(CHALLENGE.filter((item) => item.half === 'A').map((item) => item.id));
  const sets: [string, (g: ChallengeGold) => boolean][] = [
    ['A (dev)', (g) => g.half === 'A'],
    ['  A batch 1', (g) => g.half === 'A' && !later.has(g.id)],
    ['  A batches 2+', (g) => later.has(g.id)],
    ['B (held out)', (g) => g.half === 'B'],
    ['all', () => true],
  ];
  const scored = new Map<string, Score>();
  for (const [name, keep] of sets) {
    const gold = all.filter(keep);
    const s = score(gold, predictions);
    scored.set(name, s);
    const words = gold.reduce((n, g) => n + wordCount(g.text), 0);
    console.log(
      row(
        name,
        s,
        gold.length,
        words,
        gold.reduce((n, g) => n + g.vague.length, 0),
      ),
    );
  }
  // The tagger is retrained independently; without entities the detector falls back on capitalisation.
  const words = all.reduce((n, g) => n + wordCount(g.text), 0);
  const spans = all.reduce((n, g) => n + g.vague.length, 0);
  for (const [v, preds] of byVariant) {
    if (v === 'rules+learned') continue;
    for (const half of ['A', 'B'] as const) {
      const gold = all.filter((g) => g.half === half);
      console.log(
        row(
          `${half}, ${v}`,
          score(gold, preds),
          gold.length,
          gold.reduce((n, g) => n + wordCount(g.text), 0),
          gold.reduce((n, g) => n + g.vague.length, 0),
        ),
      );
    }
  }
  console.log(row('all, no ents', score(all, bare), all.length, words, spans));
  const halfOf = new Map(all.map((g) => [g.id, g.half]));
  const tag = (line: string): string => `[${halfOf.get(line.slice(0, line.indexOf(':')))}] ${line}`;
  // Half B's errors stay hidden while the rules are developed, so its score stays a held-out number.
  const s = scored.get(showB ? 'all' : 'A (dev)')!;
  const which = showB ? 'both halves' : 'half A only; VAGUE_CHALLENGE_SHOW_B=1 lists half B too';
  console.log(`missed (${which}): ${s.missed.length}${s.missed.map((m) => `\n  ${tag(m)}`).join('')}`);
  console.log(`false flags (${which}): ${s.falseFlags.length}${s.falseFlags.map((m) => `\n  ${tag(m)}`).join('')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
