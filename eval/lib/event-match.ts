import type { DatedEvent } from '../../src/analysis/types';

/**
 * How dated events are scored (eval/sections/events.ts and the news gold): a prediction matches a gold event
 * when the dates are equal and the spans overlap, one-to-one, first come first served — gold spans are
 * sometimes a sentence, sometimes a clause, and both are fair. A gold event that is not matched but is
 * overlapped by an unused prediction has the wrong date. Offsets in UTF-16.
 */
export interface GoldEventSpan {
  start: number;
  end: number;
  date: string;
  entities: string[];
}

export interface EventMatch<G extends GoldEventSpan> {
  matched: { gold: G; predicted: DatedEvent }[];
  /** Missed gold events, with the overlapping prediction of another date when there is one. */
  missed: { gold: G; near: DatedEvent | null }[];
  falsePositives: DatedEvent[];
}

export function matchEvents<G extends GoldEventSpan>(
  gold: readonly G[],
  predicted: readonly DatedEvent[],
): EventMatch<G> {
  const used = new Set<DatedEvent>();
  const result: EventMatch<G> = { matched: [], missed: [], falsePositives: [] };
  for (const g of gold) {
    const hit = predicted.find((p) => !used.has(p) && p.date === g.date && overlaps(p, g));
    if (hit) {
      used.add(hit);
      result.matched.push({ gold: g, predicted: hit });
    } else {
      result.missed.push({ gold: g, near: predicted.find((p) => !used.has(p) && overlaps(p, g)) ?? null });
    }
  }
  result.falsePositives = predicted.filter((p) => !used.has(p));
  return result;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
