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

/**
 * The candidates of the timeline of `pageUrl`. When an entity's `perEntity`-th newest event shares its date with
 * older ones (month- or year-only dates often do), which of the tied events make the cut is not part of the rule:
 * `sure` are candidates whichever way ties are broken, `possible` adds the tied ones.
 */
export function expectedCandidates(
  backup: Backup,
  pageUrl: string,
  pageEntities: { key: string; type: EntityType }[],
  rule: TimelineRule,
): { sure: Set<Candidate>; possible: Set<Candidate>; related: number } {
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
  const sure = new Set<Candidate>();
  const possible = new Set<Candidate>();
  for (const list of byKey.values()) {
    list.sort((x, y) => y.date.localeCompare(x.date));
    const last = list[rule.perEntity - 1]?.date;
    // Tied only when the first event left out has the date of the last one kept.
    const tie = last !== undefined && list[rule.perEntity]?.date === last;
    list.forEach((c, i) => {
      if (tie ? c.date.localeCompare(last) > 0 : i < rule.perEntity) sure.add(c);
      if (tie ? c.date.localeCompare(last) >= 0 : i < rule.perEntity) possible.add(c);
    });
  }
  return { sure, possible, related };
}

const identity = (url: string, date: string, text: string) => JSON.stringify([url, date, text]);
/** Higher ranks first: more shared entities, then newer. */
const outranks = (x: { shared: number; date: string }, y: { shared: number; date: string }) =>
  x.shared > y.shared || (x.shared === y.shared && x.date.localeCompare(y.date) > 0);

/**
 * Compares the popup's timeline with the rule, whichever way ties are broken: every earlier event shown is a
 * possible candidate with its true count of shared entities; as many are shown as the rule allows; and no sure
 * candidate that outranks the lowest-ranked event shown is missing. Without ties at the per-entity cut this is
 * the exact choice (up to ties in the final ranking, which are also free).
 */
export function checkTimeline(
  shown: TimelineItem[],
  backup: Backup,
  pageUrl: string,
  pageEntities: { key: string; type: EntityType }[],
  rule: TimelineRule,
) {
  const earlier = shown.filter((t) => t.earlier).map((t) => ({ ...t, shared: t.sharedKeys.length }));
  const { sure, possible, related } = expectedCandidates(backup, pageUrl, pageEntities, rule);
  // Events are told apart by article, date and text; an article may repeat a clause, so these are counts.
  const possibleShared = new Map<string, { shared: number; count: number }>();
  for (const c of possible) {
    const id = identity(c.url, c.date, c.text);
    const seen = possibleShared.get(id);
    possibleShared.set(id, { shared: c.shared, count: (seen?.count ?? 0) + 1 });
  }
  const shownCount = new Map<string, number>();
  for (const t of earlier) {
    const id = identity(t.articleUrl, t.date, t.text);
    shownCount.set(id, (shownCount.get(id) ?? 0) + 1);
  }
  const allPossible = [...shownCount].every(([id, n]) => {
    const p = possibleShared.get(id);
    return p !== undefined && n <= p.count;
  });
  const sharedRight = earlier.every(
    (t) => possibleShared.get(identity(t.articleUrl, t.date, t.text))?.shared === t.shared,
  );
  const countRight =
    earlier.length >= Math.min(rule.related, sure.size) && earlier.length <= Math.min(rule.related, possible.size);
  const lowest = earlier.reduce<(typeof earlier)[number] | null>(
    (low, t) => (!low || outranks(low, t) ? t : low),
    null,
  );
  const sureMissing = new Map<string, number>();
  for (const c of sure) {
    if (earlier.length === rule.related && lowest && !outranks(c, lowest)) continue;
    const id = identity(c.url, c.date, c.text);
    sureMissing.set(id, (sureMissing.get(id) ?? 0) + 1);
  }
  const noneMissing = [...sureMissing].every(([id, n]) => (shownCount.get(id) ?? 0) >= n);
  return {
    own: shown.length - earlier.length,
    earlier: earlier.length,
    allShare: earlier.every((t) => t.shared > 0),
    matchesRule: allPossible && sharedRight && countRight && noneMissing,
    maxShared: Math.max(0, ...earlier.map((t) => t.shared)),
    expectedMaxShared: Math.max(0, ...[...possible].map((c) => c.shared)),
    /** Earlier events sharing at least one linking entity with the page: what the timeline chooses from. */
    relatedInHistory: related,
    /** Events tied at some entity's per-entity cut: candidates or not depending on how the tie is broken. */
    tiedAtCut: possible.size - sure.size,
  };
}
