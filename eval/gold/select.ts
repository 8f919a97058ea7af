import { shuffled } from './seeded-random';

/** An article the draw may pick, described by metadata only: the draw never reads the text's content. */
export interface Candidate {
  id: string;
  source: string;
  words: number;
  /** How often the metadata counts Trump and Clinton in it: a proxy for campaign coverage. */
  campaignMentions: number;
  /** A wire story (AP, UPI, Reuters…) carried by the publisher. */
  wire: boolean;
}

export interface SelectionRules {
  total: number;
  minWords: number;
  maxWords: number;
  minPerSource: number;
  maxPerSource: number;
  /** Off-campaign articles (campaignMentions ≤ maxCampaignMentions) wanted per source, when it has them. */
  minOffCampaign: number;
  maxCampaignMentions: number;
}

export interface Selection<T> {
  selected: T[];
  /** What the draw had to bend, in words: a raised length bound, a smaller quota. */
  notes: string[];
}

/**
 * A seeded draw under constraints: per source, the articles in the length range (the bound raised to the
 * shortest longer ones for a source that has too few); quotas of minPerSource..maxPerSource that add up to
 * `total` (which sources get the smaller quota is drawn); then uniform draws of the quota, redrawn until
 * the source has its off-campaign articles and a wire story when it has any.
 */
export function selectArticles<T extends Candidate>(
  candidates: readonly T[],
  rules: SelectionRules,
  random: () => number,
): Selection<T> {
  const notes: string[] = [];
  const sources = [...new Set(candidates.map((c) => c.source))].sort();
  const pools = new Map<string, T[]>();
  for (const source of sources) {
    const long = candidates.filter((c) => c.source === source && c.words >= rules.minWords);
    const pool = long.filter((c) => c.words <= rules.maxWords);
    if (pool.length < rules.minPerSource) {
      const extra = long
        .filter((c) => c.words > rules.maxWords)
        .sort((a, b) => a.words - b.words || a.id.localeCompare(b.id))
        .slice(0, rules.minPerSource - pool.length);
      if (pool.length + extra.length < rules.minPerSource)
        throw new Error(`${source}: only ${pool.length + extra.length} articles of ${rules.minWords}+ words`);
      pool.push(...extra);
      notes.push(
        `${source}: ${pool.length - extra.length} articles in ${rules.minWords}–${rules.maxWords} words; ` +
          `its bound is raised to ${Math.max(...extra.map((c) => c.words))} words to reach ${rules.minPerSource}`,
      );
    }
    pools.set(source, pool);
  }
  const quota = new Map(sources.map((s) => [s, Math.min(rules.maxPerSource, pools.get(s)!.length)]));
  const excess = [...quota.values()].reduce((a, b) => a + b, 0) - rules.total;
  if (excess < 0) throw new Error(`the sources hold only ${rules.total + excess} eligible articles`);
  const shrinkable = shuffled(
    sources.filter((s) => quota.get(s)! > rules.minPerSource),
    random,
  );
  if (shrinkable.length < excess) throw new Error('too many sources for the total');
  for (const s of shrinkable.slice(0, excess)) {
    quota.set(s, quota.get(s)! - 1);
    notes.push(`${s}: drawn to take ${quota.get(s)} articles`);
  }
  const selected: T[] = [];
  for (const source of sources) {
    const pool = pools.get(source)!;
    const offCampaign = (c: T): boolean => c.campaignMentions <= rules.maxCampaignMentions;
    const wantOff = Math.min(rules.minOffCampaign, pool.filter(offCampaign).length);
    const wantWire = Math.min(1, pool.filter((c) => c.wire).length);
    for (let attempt = 0; ; attempt++) {
      if (attempt === 100_000) throw new Error(`${source}: no draw meets the constraints`);
      const draw = shuffled(pool, random).slice(0, quota.get(source));
      if (draw.filter(offCampaign).length >= wantOff && draw.filter((c) => c.wire).length >= wantWire) {
        selected.push(...draw);
        break;
      }
    }
  }
  return { selected: selected.sort((a, b) => a.id.localeCompare(b.id)), notes };
}
