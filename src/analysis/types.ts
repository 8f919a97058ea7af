/** The shared vocabulary of the analysis core. Offsets are UTF-16 code units into `Analysis.text`. */

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'GROUP' | 'OTHER';
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'OTHER'];

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
}

/** One typed span as a recogniser emits it, before within-document resolution. */
export interface TypedSpan extends Mention {
  type: EntityType;
}

/** A resolved entity: every mention of one real thing in the text. */
export interface Entity {
  /** Stable across articles: the same person gets the same key (see entities/keys). */
  key: string;
  /** The fullest name the text uses ("Mike Pompeo", not "Pompeo"). */
  name: string;
  type: EntityType;
  /** Roles the text gives it ("US Secretary of State"), in order of first appearance. */
  roles: string[];
  mentions: Mention[];
}

export type AttributionCategory =
  'ANON_SOURCE' | 'VAGUE_GROUP' | 'AGENTLESS' | 'HEDGE_REPORT' | 'SECONDHAND' | 'VAGUE_EVIDENCE' | 'OUTLET_RELAY';

export const ATTRIBUTION_CATEGORIES: readonly AttributionCategory[] = [
  'ANON_SOURCE',
  'VAGUE_GROUP',
  'AGENTLESS',
  'HEDGE_REPORT',
  'SECONDHAND',
  'VAGUE_EVIDENCE',
  'OUTLET_RELAY',
];

export interface Attribution extends Mention {
  category: AttributionCategory;
  /** What is vague, in plain words. */
  explanation: string;
  /** The question the reader should ask. */
  question: string;
}

export interface DatedEvent extends Mention {
  /** ISO date at the precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Keys of the entities mentioned in the event sentence. */
  entities: string[];
}

export interface ArticleMeta {
  title?: string;
  url?: string;
  /** ISO date or date-time of publication, if known. */
  published?: string | null;
  byline?: string | null;
  site?: string | null;
  /** The language the page declares (`<html lang>`, e.g. "en-US", "hu"): the first sign of its language. */
  lang?: string | null;
}

export interface Analysis {
  schema: 1;
  title: string;
  url: string;
  published: string | null;
  language: string;
  text: string;
  entities: Entity[];
  attributions: Attribution[];
  events: DatedEvent[];
}
