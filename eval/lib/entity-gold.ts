import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** score_entities.py's JSON report: F1 blocks by name ("typed_all", "typed_core", ...) and "er" (resolution). */
export interface Scores {
  [k: string]: { f1: number; p: number; r: number } | unknown;
}

/** One predicted mention as score_entities.py reads it (UTF-16 offsets). */
export interface PredictedMention {
  article_id: string;
  start: number;
  end: number;
  type: string;
  entity: string;
  text: string;
}

/** The ids of ../shared/data/entity-gold's articles, sorted. */
export function entityGoldArticles(shared: string): string[] {
  return readdirSync(join(shared, 'data/entity-gold'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort();
}

export function entityGoldText(shared: string, id: string): string {
  return readFileSync(join(shared, 'data/entity-gold', `${id}.txt`), 'utf8');
}

/** Scores predictions against ../shared/data/entity-gold with its reference scorer. */
export function scoreEntityGold(shared: string, rows: readonly PredictedMention[]): Scores {
  const tmp = mkdtempSync(join(tmpdir(), 'ner-eval-'));
  try {
    const pred = join(tmp, 'pred.jsonl');
    const out = join(tmp, 'scores.json');
    writeFileSync(pred, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    execFileSync(
      'python3',
      [join(shared, 'tools/score_entities.py'), pred, '--utf16', '--merge-misc', 'no', '--json', out],
      { encoding: 'utf8' },
    );
    return JSON.parse(readFileSync(out, 'utf8')) as Scores;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export const f1Of = (s: Scores, k: string): number => (s[k] as { f1: number }).f1;
export const strictResolved = (s: Scores): number => (s.er as { strict_rate: number }).strict_rate;
