import type { HeldPosition, WikidataItem } from '../parsers/entities';
import type { LookupQuery } from '../types';
import { type PartialDate, compareDates } from '../wikidate';
import { type ItemKind, classifyItem } from './kinds';
import { nameKey, nameSimilarity, textWords } from '../../names';
import { containsWord, meaningWords } from './meaning';

export type RoleFit = 'match' | 'partial' | 'none' | 'n/a';

export interface ScoredCandidate {
  item: WikidataItem;
  kind: ItemKind;
  score: number;
  nameScore: number;
  /** The article's full name is the item's label or one of its aliases. */
  nameExact: boolean;
  roleFit: RoleFit;
  /** Why it scored so; for tests and the closing notes, not shown to readers. */
  reasons: string[];
}

export interface CandidateInput {
  item: WikidataItem;
  /** Best position in the search answers (0 = first). */
  rank: number;
}

const ROLE_STOPWORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'to',
  'a',
  'an',
  'former',
  'then',
  'current',
  'late',
  'ex',
  'acting',
  'interim',
  'new',
  'outgoing',
  'incumbent',
  'top',
  'senior',
  's',
  'its',
  'his',
  'her',
  'their',
  'country',
  'countrys',
]);

const FORMER = /\b(former|ex|late|then)\b/i;

export const WEIGHTS = {
  name: 3,
  typeMatch: 2,
  typeNear: 1,
  typeMismatch: -3,
  metonym: 1.5,
  capital: 2,
  roleMatch: 3,
  roleAtDate: 2,
  rolePartial: 0.5,
  roleNone: -1,
  contextHit: 0.7,
  contextMax: 2,
  diedBefore: -1.5,
  bornAfter: -4,
  rankPrior: 0.6,
} as const;

function heldAt(p: HeldPosition, date: PartialDate): boolean {
  if (!p.start || compareDates(p.start, date) > 0) return false;
  return !p.end || compareDates(p.end, date) >= 0;
}

function endedBefore(p: HeldPosition, date: PartialDate): boolean {
  return p.end !== null && compareDates(p.end, date) < 0;
}

function typeScore(
  type: LookupQuery['type'],
  kind: ItemKind,
  item: WikidataItem,
  labels: Record<string, string>,
): [number, string] {
  if (type === 'OTHER' || kind === 'UNKNOWN') return [0, 'type unknown'];
  if (kind === type) return [WEIGHTS.typeMatch, 'type'];
  const orgLike = (k: string) => k === 'ORG' || k === 'GROUP';
  if (orgLike(type) && orgLike(kind)) return [WEIGHTS.typeNear, 'type near'];
  if (orgLike(type) && kind === 'PLACE') {
    // "Washington warned Baghdad": a capital or a country standing for its government.
    const country = item.instanceOf.some((id) => /\b(country|sovereign state)\b/i.test(labels[id] ?? ''));
    return item.capitalOf.length > 0 || country ? [WEIGHTS.metonym, 'metonym'] : [WEIGHTS.roleNone, 'place for org'];
  }
  return [WEIGHTS.typeMismatch, 'type mismatch'];
}

interface RoleResult {
  fit: RoleFit;
  atDate: boolean;
}

function roleScore(
  query: LookupQuery,
  item: WikidataItem,
  labels: Record<string, string>,
  date: PartialDate | null,
): RoleResult {
  const roles = query.roles.map((r) => ({
    former: FORMER.test(r),
    words: meaningWords(r).filter((w) => !ROLE_STOPWORDS.has(w)),
  }));
  const usable = roles.filter((r) => r.words.length > 0);
  if (usable.length === 0) return { fit: 'n/a', atDate: false };
  const countryWords = [...item.countries.flatMap((id) => textWords(labels[id] ?? '')), ...textWords(item.description)];
  const segments: { words: string[]; position: HeldPosition | null }[] = [
    { words: textWords(item.description), position: null },
    ...item.positions.map((p) => ({ words: textWords(labels[p.qid] ?? ''), position: p })),
  ];
  let best = 0;
  let atDate = false;
  for (const role of usable) {
    for (const seg of segments) {
      if (seg.words.length === 0) continue;
      const own = role.words.filter((w) => containsWord(seg.words, w)).length;
      if (own === 0) continue;
      const matched = role.words.filter((w) => containsWord(seg.words, w) || containsWord(countryWords, w)).length;
      const fraction = matched / role.words.length;
      const timely =
        fraction === 1 &&
        seg.position !== null &&
        date !== null &&
        (role.former ? endedBefore(seg.position, date) || heldAt(seg.position, date) : heldAt(seg.position, date));
      if (fraction > best || (fraction === best && timely && !atDate)) {
        best = fraction;
        atDate = timely;
      }
    }
  }
  const fit: RoleFit = best === 1 ? 'match' : best >= 0.34 ? 'partial' : 'none';
  return { fit, atDate };
}

function contextHits(query: LookupQuery, item: WikidataItem, labels: Record<string, string>): number {
  const self = nameKey(query.name);
  const related = [
    item.description,
    ...[...item.positions.map((p) => p.qid), ...item.countries, ...item.parties, ...item.capitalOf].map(
      (id) => labels[id] ?? '',
    ),
  ];
  const haystack = related.flatMap((t) => textWords(t));
  let hits = 0;
  for (const name of query.context.slice(0, 30)) {
    if (nameKey(name) === self) continue;
    const needed = meaningWords(name).filter((w) => w.length >= 3 && !ROLE_STOPWORDS.has(w));
    if (needed.length > 0 && needed.every((w) => containsWord(haystack, w))) hits++;
  }
  return hits;
}

/** Scores one candidate against everything the article says about the mention. */
export function scoreCandidate(
  query: LookupQuery,
  input: CandidateInput,
  labels: Record<string, string>,
  published: PartialDate | null,
): ScoredCandidate {
  const { item } = input;
  const kind = classifyItem(item, labels);
  const reasons: string[] = [];
  const names = [item.label, ...item.aliases].filter(Boolean);
  const fullName = Math.max(0, ...names.map((n) => nameSimilarity(query.name, n)));
  const viaAlias = Math.max(0, ...query.aliases.flatMap((a) => names.map((n) => 0.8 * nameSimilarity(a, n))));
  const nameScore = Math.max(fullName, viaAlias);
  const key = nameKey(query.name);
  const nameExact = key.length > 0 && names.some((n) => nameKey(n) === key);
  let score = WEIGHTS.name * nameScore;
  reasons.push(`name ${nameScore.toFixed(2)}${nameExact ? ' exact' : ''}`);

  const [t, why] = typeScore(query.type, kind, item, labels);
  score += t;
  reasons.push(`${why} ${t}`);

  if (kind === 'PLACE' && item.capitalOf.length > 0 && query.type !== 'PERSON') {
    score += WEIGHTS.capital;
    reasons.push('capital');
  }

  const role = roleScore(query, item, labels, published);
  if (role.fit === 'match') score += WEIGHTS.roleMatch + (role.atDate ? WEIGHTS.roleAtDate : 0);
  else if (role.fit === 'partial') score += WEIGHTS.rolePartial;
  else if (role.fit === 'none') score += WEIGHTS.roleNone;
  reasons.push(`role ${role.fit}${role.atDate ? ' at date' : ''}`);

  const hits = contextHits(query, item, labels);
  score += Math.min(WEIGHTS.contextMax, hits * WEIGHTS.contextHit);
  if (hits > 0) reasons.push(`context ${hits}`);

  if (published && kind === 'PERSON') {
    const formerOnly = query.roles.length > 0 && query.roles.every((r) => FORMER.test(r));
    if (item.born && compareDates(item.born, published) > 0) {
      score += WEIGHTS.bornAfter;
      reasons.push('born after article');
    } else if (item.died && compareDates(item.died, published) < 0 && !formerOnly) {
      score += WEIGHTS.diedBefore;
      reasons.push('died before article');
    }
  }

  score += WEIGHTS.rankPrior * Math.max(0, 1 - input.rank / 7);
  return { item, kind, score, nameScore, nameExact, roleFit: role.fit, reasons };
}
