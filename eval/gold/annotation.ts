import type { AttributionCategory, EntityType } from '../../src/analysis/types';

/**
 * A committed annotation of one article: one pass (news/passes/<PASS>/<id>.json) or the adjudicated gold
 * (news/gold/<id>.json). Offsets in Unicode code points into the analysed text, as in ../shared's gold.
 * It holds offsets, types, keys and the text's sha256 only: never article text, not even a span's.
 */
export interface Annotation {
  id: string;
  /** The pass's name, or "gold". */
  pass: string;
  text_sha256: string;
  text_length: number;
  mentions: AnnotatedMention[];
  vague_spans: AnnotatedVague[];
  soft_spans: AnnotatedSoft[];
  named_not_vague: Offsets[];
  events: AnnotatedEvent[];
}

export interface Offsets {
  start: number;
  end: number;
}

export interface AnnotatedMention extends Offsets {
  type: EntityType;
  /** English Wikipedia title where one exists, else `local:…`; mentions of one thing share it. */
  entity: string;
}

export type VagueCategory = Exclude<AttributionCategory, 'OUTLET_RELAY'>;

export interface AnnotatedVague extends Offsets {
  category: VagueCategory;
}

export interface AnnotatedSoft extends Offsets {
  category?: AttributionCategory;
}

export interface AnnotatedEvent extends Offsets {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  entities: string[];
}

export const LAYERS = ['mentions', 'vague_spans', 'soft_spans', 'named_not_vague', 'events'] as const;
export type Layer = (typeof LAYERS)[number];

export const VAGUE_CATEGORIES: readonly VagueCategory[] = [
  'ANON_SOURCE',
  'VAGUE_GROUP',
  'AGENTLESS',
  'HEDGE_REPORT',
  'SECONDHAND',
  'VAGUE_EVIDENCE',
];

export const byOffsets = (a: Offsets, b: Offsets): number => a.start - b.start || a.end - b.end;

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. */
export function isGoldDate(date: unknown): date is string {
  if (typeof date !== 'string') return false;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

/** An entity key: a Wikipedia title as written there ("Apple Inc.") or `local:…`. */
export function isEntityKey(key: unknown): key is string {
  return (
    typeof key === 'string' &&
    key.length > 0 &&
    key.length <= 200 &&
    key === key.trim() &&
    !/[\n\t_]/.test(key) &&
    (!key.startsWith('local:') || key.length > 'local:'.length)
  );
}
