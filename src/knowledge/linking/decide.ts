import type { ScoredCandidate } from './score';

export type Decision =
  | { kind: 'linked'; best: ScoredCandidate; confidence: number; others: ScoredCandidate[] }
  | { kind: 'uncertain'; candidates: ScoredCandidate[] }
  | { kind: 'none' };

export const MIN_LINK_SCORE = 4;
export const MIN_MARGIN = 1.5;
/** Candidates scoring below this are not worth offering to the reader. */
export const MIN_OFFER_SCORE = 1;

/**
 * Links only on a clear winner that is also named exactly or matches the article's role for it;
 * otherwise offers the top three. Disambiguation pages and name items never reach a card.
 */
export function decide(scored: ScoredCandidate[]): Decision {
  const usable = scored
    .filter((c) => c.kind !== 'DISAMBIGUATION' && c.kind !== 'NAME')
    .sort((a, b) => b.score - a.score);
  const [best, second] = usable;
  if (!best || best.score < MIN_OFFER_SCORE) return { kind: 'none' };
  const margin = best.score - (second?.score ?? 0);
  const evidence = best.nameExact || best.roleFit === 'match' || (best.roleFit === 'n/a' && best.nameScore >= 0.8);
  if (best.score >= MIN_LINK_SCORE && margin >= MIN_MARGIN && evidence) {
    const confidence = Math.min(1, 0.5 + margin / 10 + (best.score - MIN_LINK_SCORE) / 20);
    return { kind: 'linked', best, confidence: Math.round(confidence * 100) / 100, others: usable.slice(1, 4) };
  }
  return { kind: 'uncertain', candidates: usable.filter((c) => c.score >= MIN_OFFER_SCORE).slice(0, 3) };
}
