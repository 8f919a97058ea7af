import { TYPES, type TokenSpan } from '../src/analysis/entities/labels';

/** CoNLL's four types: our GROUP and OTHER are both its MISC. */
export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const TO_CONLL: Record<string, (typeof CONLL_TYPES)[number]> = {
  PERSON: 'PER',
  ORG: 'ORG',
  PLACE: 'LOC',
  GROUP: 'MISC',
  OTHER: 'MISC',
};

export interface Prf {
  tp: number;
  pred: number;
  gold: number;
}

export function f1(s: Prf): { p: number; r: number; f: number } {
  const p = s.pred ? s.tp / s.pred : 0;
  const r = s.gold ? s.tp / s.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Exact-span chunk scores as conlleval counts them: a chunk is right when its span and type both match.
 * Types are CoNLL's four by default; `typeName` = (t) => TYPES[t] scores our five.
 */
export function conllScores(
  gold: readonly TokenSpan[][],
  pred: readonly TokenSpan[][],
  typeName: (type: number) => string = (t) => TO_CONLL[TYPES[t]!]!,
): Record<string, Prf> {
  const scores: Record<string, Prf> = { ALL: { tp: 0, pred: 0, gold: 0 } };
  for (const t of [...CONLL_TYPES, ...TYPES]) scores[t] = { tp: 0, pred: 0, gold: 0 };
  const key = (s: TokenSpan): string => `${s.start}:${s.end}:${typeName(s.type)}`;
  gold.forEach((g, i) => {
    const gs = new Set(g.map(key));
    for (const s of g) {
      scores[typeName(s.type)]!.gold++;
      scores.ALL!.gold++;
    }
    for (const s of pred[i] ?? []) {
      const t = typeName(s.type);
      scores[t]!.pred++;
      scores.ALL!.pred++;
      if (gs.has(key(s))) {
        scores[t]!.tp++;
        scores.ALL!.tp++;
      }
    }
  });
  return scores;
}
