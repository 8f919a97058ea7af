import type { EntityType } from '../../src/analysis/types';
import type { Backup } from '../../src/backup/format';
import type { TimelineItem } from '../../src/messages/views';

export { TIMELINE_RULE } from '../../src/store/timeline';

/** The timeline's rule (src/store/timeline.ts), computed here by brute force over a backup. */
export interface TimelineRule {
  linkingTypes: ReadonlySet<EntityType>;
  /** Of each linking entity, its newest earlier events (by event date) are candidates. */
  perEntity: number;
  /** Candidates ranked by entities shared with the page, then newest first; this many are shown. */
  related: number;
}

interface Candidate {
  url: string;
  date: string;
  text: string;
  shared: number;
}

/** What the timeline of `pageUrl` should show besides the page's own events. */
export function expectedRelated(
  backup: Backup,
  pageUrl: string,
  pageEntities: { key: string; type: EntityType }[],
  rule: TimelineRule,
): { chosen: Candidate[]; related: number } {
  const linking = new Set(pageEntities.filter((e) => rule.linkingTypes.has(e.type)).map((e) => e.key));
  const byKey = new Map<string, Candidate[]>();
  let related = 0;
  for (const a of backup.articles) {
    if (a.url === pageUrl) continue;
    for (const ev of a.events) {
      const shared = new Set(ev.entityKeys.filter((k) => linking.has(k)));
      if (shared.size) related++;
      const candidate = { url: a.url, date: ev.date, text: ev.text, shared: shared.size };
      for (const k of shared) {
        const list = byKey.get(k);
        if (list) list.push(candidate);
        else byKey.set(k, [candidate]);
      }
    }
  }
  const candidates = new Set<Candidate>();
  for (const list of byKey.values()) {
    for (const c of list.sort((x, y) => y.date.localeCompare(x.date)).slice(0, rule.perEntity)) candidates.add(c);
  }
  const chosen = [...candidates]
    .sort((x, y) => y.shared - x.shared || y.date.localeCompare(x.date))
    .slice(0, rule.related);
  return { chosen, related };
}

/**
 * Compares the popup's timeline with the rule. Ties (same shared count and date) may be broken either way, so
 * the chosen events are compared by their ranking keys: the same multiset means the same choice.
 */
export function checkTimeline(
  shown: TimelineItem[],
  backup: Backup,
  pageUrl: string,
  pageEntities: { key: string; type: EntityType }[],
  rule: TimelineRule,
) {
  const earlier = shown.filter((t) => t.earlier);
  const { chosen: expected, related } = expectedRelated(backup, pageUrl, pageEntities, rule);
  const rank = (shared: number, date: string) => `${String(shared).padStart(3, '0')} ${date}`;
  const got = earlier.map((t) => rank(t.sharedKeys.length, t.date)).sort();
  const want = expected.map((c) => rank(c.shared, c.date)).sort();
  return {
    own: shown.length - earlier.length,
    earlier: earlier.length,
    allShare: earlier.every((t) => t.sharedKeys.length > 0),
    matchesRule: got.length === want.length && got.every((g, i) => g === want[i]),
    maxShared: Math.max(0, ...earlier.map((t) => t.sharedKeys.length)),
    expectedMaxShared: Math.max(0, ...expected.map((c) => c.shared)),
    /** Earlier events sharing at least one linking entity with the page: what the timeline chooses from. */
    relatedInHistory: related,
  };
}
