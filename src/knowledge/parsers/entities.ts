import { type PartialDate, parseWikidataTime } from '../wikidate';
import { isRecord, qid, text, throwOnApiError } from './common';

/** A position held (P39) with its start (P580) and end (P582) qualifiers. */
export interface HeldPosition {
  qid: string;
  start: PartialDate | null;
  end: PartialDate | null;
  preferred: boolean;
}

/** A Wikidata item reduced to what linking and cards use; small enough to cache by the thousand. */
export interface WikidataItem {
  qid: string;
  label: string;
  description: string;
  aliases: string[];
  enwikiTitle: string | null;
  /** P31 instance of. */
  instanceOf: string[];
  positions: HeldPosition[];
  born: PartialDate | null;
  died: PartialDate | null;
  /** P18, a Commons file name. */
  image: string | null;
  /** P27 country of citizenship (P17 country for places). */
  countries: string[];
  /** P102 member of political party. */
  parties: string[];
  /** P1376 capital of: what makes "Washington" stand for a government. */
  capitalOf: string[];
}

export type ParsedEntities = Record<string, WikidataItem | 'missing'>;

type Statement = Record<string, unknown>;

/** Non-deprecated statements of a property; if any is preferred, only those (Wikidata's "best rank"). */
function best(claims: Record<string, unknown>, prop: string): Statement[] {
  const raw = claims[prop];
  if (!Array.isArray(raw)) return [];
  const usable = raw.filter((s): s is Statement => isRecord(s) && s['rank'] !== 'deprecated');
  const preferred = usable.filter((s) => s['rank'] === 'preferred');
  return preferred.length > 0 ? preferred : usable;
}

/** All non-deprecated statements: a person's history of offices matters, not just the current one. */
function allUsable(claims: Record<string, unknown>, prop: string): Statement[] {
  const raw = claims[prop];
  return Array.isArray(raw) ? raw.filter((s): s is Statement => isRecord(s) && s['rank'] !== 'deprecated') : [];
}

/** The value of a snak; `novalue` and `somevalue` snaks carry no datavalue and give undefined. */
function snakValue(snak: unknown): unknown {
  if (!isRecord(snak) || snak['snaktype'] !== 'value') return undefined;
  const dv = snak['datavalue'];
  return isRecord(dv) ? dv['value'] : undefined;
}

function itemId(snak: unknown): string | null {
  const v = snakValue(snak);
  if (!isRecord(v)) return null;
  return qid(v['id']) ?? (typeof v['numeric-id'] === 'number' ? qid(`Q${v['numeric-id']}`) : null);
}

function timeOf(snak: unknown): PartialDate | null {
  const v = snakValue(snak);
  return isRecord(v) ? parseWikidataTime(v['time'], v['precision']) : null;
}

function itemIds(statements: Statement[]): string[] {
  const ids = statements.map((s) => itemId(s['mainsnak'])).filter((id): id is string => id !== null);
  return [...new Set(ids)];
}

function firstTime(statements: Statement[]): PartialDate | null {
  for (const s of statements) {
    const t = timeOf(s['mainsnak']);
    if (t) return t;
  }
  return null;
}

function qualifierTime(statement: Statement, prop: string): PartialDate | null {
  const q = statement['qualifiers'];
  if (!isRecord(q)) return null;
  const snaks = q[prop];
  if (!Array.isArray(snaks)) return null;
  for (const snak of snaks) {
    const t = timeOf(snak);
    if (t) return t;
  }
  return null;
}

function english(map: unknown): string {
  if (!isRecord(map)) return '';
  const en = map['en'];
  return isRecord(en) ? text(en['value'], 300) : '';
}

function parseItem(id: string, e: Record<string, unknown>): WikidataItem {
  const claims = isRecord(e['claims']) ? e['claims'] : {};
  const aliasesRaw = isRecord(e['aliases']) ? e['aliases']['en'] : undefined;
  const aliases = Array.isArray(aliasesRaw)
    ? aliasesRaw
        .map((a) => (isRecord(a) ? text(a['value'], 200) : ''))
        .filter(Boolean)
        .slice(0, 30)
    : [];
  const sitelinks = isRecord(e['sitelinks']) ? e['sitelinks'] : {};
  const enwiki = sitelinks['enwiki'];
  const image = snakValue(best(claims, 'P18')[0]?.['mainsnak']);
  const positions: HeldPosition[] = [];
  for (const s of allUsable(claims, 'P39')) {
    const pos = itemId(s['mainsnak']);
    if (!pos) continue;
    positions.push({
      qid: pos,
      start: qualifierTime(s, 'P580'),
      end: qualifierTime(s, 'P582'),
      preferred: s['rank'] === 'preferred',
    });
  }
  return {
    qid: id,
    label: english(e['labels']),
    description: english(e['descriptions']),
    aliases,
    enwikiTitle: isRecord(enwiki) ? text(enwiki['title'], 300) || null : null,
    instanceOf: itemIds(allUsable(claims, 'P31')),
    positions: positions.slice(0, 60),
    born: firstTime(best(claims, 'P569')),
    died: firstTime(best(claims, 'P570')),
    image: typeof image === 'string' && image.length <= 300 ? image : null,
    countries: itemIds([...best(claims, 'P27'), ...best(claims, 'P17')]).slice(0, 10),
    parties: itemIds(best(claims, 'P102')).slice(0, 10),
    capitalOf: itemIds(allUsable(claims, 'P1376')).slice(0, 10),
  };
}

/**
 * Parses `action=wbgetentities` (props labels|descriptions|aliases|claims|sitelinks). Deleted or unknown
 * items come back as `{ id, missing: "" }` and map to 'missing'; an error envelope throws.
 */
export function parseEntities(json: unknown): ParsedEntities {
  throwOnApiError(json);
  const out: ParsedEntities = {};
  if (!isRecord(json) || !isRecord(json['entities'])) return out;
  for (const [key, e] of Object.entries(json['entities'])) {
    const id = qid(key);
    if (!id || !isRecord(e)) continue;
    out[id] = e['missing'] !== undefined ? 'missing' : parseItem(id, e);
  }
  return out;
}

/** Parses `wbgetentities&props=labels`: English labels by id; items without one are left out. */
export function parseLabels(json: unknown): Record<string, string> {
  throwOnApiError(json);
  const out: Record<string, string> = {};
  if (!isRecord(json) || !isRecord(json['entities'])) return out;
  for (const [key, e] of Object.entries(json['entities'])) {
    if (!qid(key) || !isRecord(e) || e['missing'] !== undefined) continue;
    const label = english(e['labels']);
    if (label) out[key] = label;
  }
  return out;
}
