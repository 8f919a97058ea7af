import type { GoldArticle } from './gold';

/**
 * Scores predictions the way shared/docs/vague-attributions.md ("Scoring") and tools/score_vague.py do:
 * a prediction overlapping a vague span is a TP; overlapping only a soft span is ignored; overlapping only
 * a named span is a named FP; anything else is a FP. Recall counts vague spans hit by any prediction.
 * Words are whitespace-separated tokens, as in the reference scorer.
 */
export interface Span {
  start: number;
  end: number;
  /** The detector rule that made the flag, printed with each false flag. */
  rule?: string;
}

export interface Score {
  preds: number;
  tp: number;
  fp: number;
  namedFp: number;
  recall: number;
  precision: number;
  f1: number;
  falsePer1kWords: number;
  falseFlags: string[];
  missed: string[];
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const ruleOf = (p: Span): string => (p.rule ? ` [${p.rule}]` : '');

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function score(gold: GoldArticle[], predictions: Map<string, Span[]>): Score {
  let tp = 0;
  let fp = 0;
  let namedFp = 0;
  let ignored = 0;
  let hit = 0;
  let total = 0;
  let words = 0;
  const falseFlags: string[] = [];
  const missed: string[] = [];
  for (const g of gold) {
    const preds = predictions.get(g.id) ?? [];
    words += wordCount(g.text);
    total += g.vague.length;
    for (const v of g.vague) {
      if (preds.some((p) => overlaps(p, v))) hit++;
      else missed.push(`${g.id}: ${v.text}`);
    }
    for (const p of preds) {
      if (g.vague.some((v) => overlaps(p, v))) tp++;
      else if (g.soft.some((s) => overlaps(p, s))) ignored++;
      else if (g.named.some((n) => overlaps(p, n))) {
        namedFp++;
        falseFlags.push(`${g.id}: NAMED: ${g.text.slice(p.start, p.end)}${ruleOf(p)}`);
      } else {
        fp++;
        falseFlags.push(`${g.id}: ${g.text.slice(p.start, p.end)}${ruleOf(p)}`);
      }
    }
  }
  const n = tp + fp + namedFp;
  const recall = total ? hit / total : 0;
  const precision = n ? tp / n : 0;
  return {
    preds: n + ignored,
    tp,
    fp,
    namedFp,
    recall,
    precision,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    falsePer1kWords: (1000 * (fp + namedFp)) / words,
    falseFlags,
    missed,
  };
}
