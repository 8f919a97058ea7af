import type { HeldPosition, WikidataItem } from './parsers/entities';
import { type PartialDate, compareDates, formatDate } from './wikidate';
import { textWords } from '../names';
import { containsWord, meaningWords } from './linking/meaning';

interface Labelled extends HeldPosition {
  label: string;
}

function heldAt(p: HeldPosition, date: PartialDate): boolean {
  return p.start !== null && compareDates(p.start, date) <= 0 && (p.end === null || compareDates(p.end, date) >= 0);
}

function roleAffinity(label: string, roles: readonly string[]): number {
  const mine = textWords(label);
  return Math.max(0, ...roles.map((r) => meaningWords(r).filter((w) => containsWord(mine, w)).length));
}

/** Prefers the office the article names, then Wikidata's preferred statement, then the latest start. */
function pick(list: Labelled[], roles: readonly string[]): Labelled | undefined {
  return [...list].sort(
    (a, b) =>
      roleAffinity(b.label, roles) - roleAffinity(a.label, roles) ||
      Number(b.preferred) - Number(a.preferred) ||
      (a.start && b.start ? compareDates(b.start, a.start) : a.start ? -1 : b.start ? 1 : 0),
  )[0];
}

const month = (d: PartialDate) => formatDate(d, 'month');

/**
 * One line relating the article's date to the person's offices today:
 * "At the time of this article (Oct 2020): Prime Minister of Iraq, since May 2020. Left office Oct 2022."
 * Offices without a start date cannot be placed in time and are left out; null when nothing can be said.
 */
export function thenAndNow(
  item: WikidataItem,
  labels: Record<string, string>,
  published: PartialDate | null,
  today: PartialDate,
  roles: readonly string[] = [],
): string | null {
  const positions: Labelled[] = item.positions
    .filter((p) => p.start !== null && labels[p.qid])
    .map((p) => ({ ...p, label: labels[p.qid]! }));
  const died = item.died;
  const current = positions.filter((p) => heldAt(p, today) && !(died && compareDates(died, today) <= 0));

  if (!published) {
    const now = pick(current, roles);
    if (now) return `Now: ${now.label}, since ${month(now.start!)}.`;
    const last = pick(
      positions.filter((p) => p.end),
      roles,
    );
    return last ? `Former ${last.label} (${month(last.start!)} – ${month(last.end!)}).` : null;
  }

  const head = `At the time of this article (${month(published)})`;
  if (died && compareDates(died, published) < 0) return `${head}: had died (${formatDate(died)}).`;
  const then = pick(
    positions.filter((p) => heldAt(p, published)),
    roles,
  );
  const parts: string[] = [];
  if (then) {
    parts.push(`${head}: ${then.label}, since ${month(then.start!)}.`);
    if (then.end && compareDates(then.end, today) <= 0) parts.push(`Left office ${month(then.end)}.`);
    else if (!then.end) parts.push('Still in office, per Wikidata.');
  } else {
    const before = pick(
      positions.filter((p) => p.end && compareDates(p.end, published) < 0),
      roles,
    );
    if (before) parts.push(`${head}: former ${before.label} (until ${month(before.end!)}).`);
  }
  const later = pick(
    current.filter((p) => p !== then && compareDates(p.start!, published) > 0),
    roles,
  );
  if (later) parts.push(`Now: ${later.label}, since ${month(later.start!)}.`);
  if (died && compareDates(died, published) >= 0) parts.push(`Died ${formatDate(died)}.`);
  if (parts.length === 0) return null;
  if (!parts[0]!.startsWith(head)) parts.unshift(`${head}: no office recorded.`);
  return parts.join(' ');
}
