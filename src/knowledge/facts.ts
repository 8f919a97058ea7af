import type { WikidataItem } from './parsers/entities';
import type { KnowledgeFact } from './types';
import { compareDates, formatDate } from './wikidate';

const MAX_POSITIONS = 3;

/** Key facts with dates, most recent offices first; facts whose label is unknown are left out. */
export function keyFacts(item: WikidataItem, labels: Record<string, string>): KnowledgeFact[] {
  const facts: KnowledgeFact[] = [];
  if (item.born) facts.push({ kind: 'born', label: 'Born', value: '', when: formatDate(item.born) });
  if (item.died) facts.push({ kind: 'died', label: 'Died', value: '', when: formatDate(item.died) });
  const positions = item.positions
    .filter((p) => labels[p.qid])
    .sort((a, b) => (a.start && b.start ? compareDates(b.start, a.start) : a.start ? -1 : b.start ? 1 : 0));
  const seen = new Set<string>();
  for (const p of positions) {
    if (facts.filter((f) => f.kind === 'position').length >= MAX_POSITIONS) break;
    const key = `${p.qid}|${p.start ? formatDate(p.start) : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const from = p.start ? formatDate(p.start, 'month') : '';
    const to = p.end ? formatDate(p.end, 'month') : '';
    const when = from && to ? `${from} – ${to}` : from ? `since ${from}` : to ? `until ${to}` : '';
    facts.push({ kind: 'position', label: 'Position', value: labels[p.qid]!, when });
  }
  const countries = item.countries.map((id) => labels[id]).filter((l): l is string => Boolean(l));
  if (countries.length > 0)
    facts.push({ kind: 'country', label: 'Country', value: countries.slice(0, 2).join(', '), when: '' });
  const parties = item.parties.map((id) => labels[id]).filter((l): l is string => Boolean(l));
  if (parties.length > 0)
    facts.push({ kind: 'party', label: 'Party', value: parties.slice(0, 2).join(', '), when: '' });
  if (facts.length === 0) {
    const kinds = item.instanceOf.map((id) => labels[id]).filter((l): l is string => Boolean(l));
    if (kinds.length > 0)
      facts.push({ kind: 'instance', label: 'Is a', value: kinds.slice(0, 3).join(', '), when: '' });
  }
  return facts;
}

/** The ids whose labels the card and the linker need. */
export function referencedIds(item: WikidataItem): string[] {
  return [
    ...item.instanceOf,
    ...item.positions.map((p) => p.qid),
    ...item.countries,
    ...item.parties,
    ...item.capitalOf,
  ];
}
