/**
 * Dated events against ../shared/data/entity-gold (read in place, never copied).
 * Entities given to the extractor are the gold mentions, so the score measures time expressions,
 * resolution and span choice, and entity linking by offsets, not the entity tagger.
 * Matching: eval/lib/event-match.ts (same date, overlapping spans, one-to-one).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractEvents } from '../../src/analysis/events';
import { codePointToUtf16 } from '../lib/code-points';
import { splitSentences } from '../../src/analysis/text/sentences';
import type { Entity, EntityType } from '../../src/analysis/types';
import { matchEvents } from '../lib/event-match';

const GOLD_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/data/entity-gold');

interface GoldEvent {
  text: string;
  start: number;
  end: number;
  date: string;
  entities: string[];
}
interface GoldFile {
  article_id: string;
  publication_date: string | null;
  mentions: { text: string; start: number; end: number; type: EntityType; entity: string }[];
  events: GoldEvent[];
}

export default async function main(): Promise<void> {
  console.log('## Dated events (entity-gold; match = same date and overlapping span)');
  if (!existsSync(GOLD_DIR)) {
    console.log(`skipped: ${GOLD_DIR} not found`);
    return;
  }
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let wrongDate = 0;
  let entityOverlap = 0;
  let entityPredicted = 0;
  let entityGold = 0;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const file of readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const g = JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')) as GoldFile;
    const text = readFileSync(join(GOLD_DIR, file.replace(/\.json$/, '.txt')), 'utf8');
    const table = codePointToUtf16(text);
    const toUtf16 = (i: number): number => table[i] ?? table[table.length - 1]!;
    const goldEvents = g.events.map((e) => ({ ...e, start: toUtf16(e.start), end: toUtf16(e.end) }));
    const entities = goldEntities(g, toUtf16);
    const events = extractEvents(text, splitSentences(text), entities, g.publication_date);
    predicted += events.length;
    gold += goldEvents.length;
    const match = matchEvents(goldEvents, events);
    tp += match.matched.length;
    for (const { gold: ge, predicted: hit } of match.matched) {
      const predictedKeys = new Set(hit.entities);
      entityPredicted += predictedKeys.size;
      entityGold += ge.entities.length;
      entityOverlap += ge.entities.filter((k) => predictedKeys.has(k)).length;
    }
    for (const { gold: ge, near } of match.missed) {
      if (near) wrongDate++;
      misses.push(`  MISS ${g.article_id} ${ge.date}${near ? ` (predicted ${near.date})` : ''}: ${clip(ge.text)}`);
    }
    for (const p of match.falsePositives) falsePositives.push(`  FP   ${g.article_id} ${p.date}: ${clip(p.text)}`);
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(`gold ${gold}  predicted ${predicted}  matched ${tp}  (overlapping but wrong date: ${wrongDate})`);
  console.log(`precision ${fmt(precision)}  recall ${fmt(recall)}  F1 ${fmt(f1)}`);
  const ep = entityPredicted ? entityOverlap / entityPredicted : 0;
  const er = entityGold ? entityOverlap / entityGold : 0;
  console.log(`entities of matched events (gold mentions given): precision ${fmt(ep)}  recall ${fmt(er)}`);
  for (const line of [...misses, ...falsePositives]) console.log(line);
}

function goldEntities(g: GoldFile, toUtf16: (i: number) => number): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const m of g.mentions) {
    let e = byKey.get(m.entity);
    if (!e) {
      e = { key: m.entity, name: m.text, type: m.type, roles: [], mentions: [] };
      byKey.set(m.entity, e);
    }
    e.mentions.push({ start: toUtf16(m.start), end: toUtf16(m.end), text: m.text });
  }
  return [...byKey.values()];
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 110 ? `${one.slice(0, 107)}...` : one;
}

function fmt(x: number): string {
  return x.toFixed(2);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
