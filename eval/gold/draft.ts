import {
  ATTRIBUTION_CATEGORIES,
  ENTITY_TYPES,
  type AttributionCategory,
  type EntityType,
} from '../../src/analysis/types';
import { isEntityKey, isGoldDate, LAYERS, VAGUE_CATEGORIES, type Layer, type VagueCategory } from './annotation';
import type { DraftSpan } from './resolve-spans';

/**
 * What an annotator writes for one article, outside the project (/work/gold-drafts/<PASS>/<id>.json):
 * spans by their text (see resolve-spans.ts), in the conventions of eval/gold/README.md.
 */
export interface Draft {
  id: string;
  /** Optional: when given, must be the sha256 of the text the annotator read. */
  text_sha256?: string;
  mentions: (DraftSpan & { type: EntityType; entity: string })[];
  vague_spans: (DraftSpan & { category: VagueCategory })[];
  soft_spans: (DraftSpan & { category: AttributionCategory })[];
  named_not_vague: DraftSpan[];
  events: (DraftSpan & { date: string; entities: string[] })[];
}

/** Free-text fields annotators may keep in a draft for themselves; never committed. */
const NOTES = ['note', 'reason', 'source', 'question'];
const SPAN_FIELDS = ['text', 'occurrence', 'all'];
const FIELDS: Record<Layer, string[]> = {
  mentions: ['type', 'entity'],
  vague_spans: ['category'],
  soft_spans: ['category'],
  named_not_vague: [],
  events: ['date', 'entities'],
};

/** Checks a parsed draft's shape; problems name the item (by its text, for the annotator). */
export function checkDraft(json: unknown, id: string): { draft: Draft | null; problems: string[] } {
  const problems: string[] = [];
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { draft: null, problems: ['the draft is not a JSON object'] };
  const d = json as Record<string, unknown>;
  if (d.id !== id) problems.push(`"id" is ${JSON.stringify(d.id)}, not "${id}"`);
  if (d.text_sha256 !== undefined && typeof d.text_sha256 !== 'string') problems.push('"text_sha256" is not a string');
  for (const key of Object.keys(d))
    if (!['id', 'text_sha256', ...LAYERS, ...NOTES].includes(key)) problems.push(`unknown field "${key}"`);
  for (const layer of LAYERS) {
    const items = d[layer];
    if (!Array.isArray(items)) {
      problems.push(`"${layer}" is missing (write [] when there is none)`);
      continue;
    }
    for (const item of items as unknown[]) problems.push(...checkItem(layer, item));
  }
  return { draft: problems.length ? null : (d as unknown as Draft), problems };
}

function checkItem(layer: Layer, item: unknown): string[] {
  if (typeof item !== 'object' || item === null) return [`${layer}: an item is not an object`];
  const it = item as Record<string, unknown>;
  const name = `${layer} «${String(it.text)}»`;
  const problems = Object.keys(it)
    .filter((k) => ![...SPAN_FIELDS, ...FIELDS[layer], ...NOTES].includes(k))
    .map((k) => `${name}: unknown field "${k}"`);
  if (typeof it.text !== 'string') problems.push(`${layer}: an item has no "text"`);
  if (layer === 'mentions') {
    if (!ENTITY_TYPES.includes(it.type as EntityType))
      problems.push(`${name}: "type" must be one of ${ENTITY_TYPES.join(' ')}`);
    if (!isEntityKey(it.entity))
      problems.push(`${name}: "entity" must be a Wikipedia title (spaces, not _) or local:…`);
  }
  if (layer === 'vague_spans' && !VAGUE_CATEGORIES.includes(it.category as VagueCategory))
    problems.push(`${name}: "category" must be one of ${VAGUE_CATEGORIES.join(' ')}`);
  if (layer === 'soft_spans' && !ATTRIBUTION_CATEGORIES.includes(it.category as AttributionCategory))
    problems.push(`${name}: "category" must be one of ${ATTRIBUTION_CATEGORIES.join(' ')}`);
  if (layer === 'events') {
    if (!isGoldDate(it.date)) problems.push(`${name}: "date" must be YYYY, YYYY-MM or YYYY-MM-DD`);
    if (!Array.isArray(it.entities) || !it.entities.every(isEntityKey))
      problems.push(`${name}: "entities" must be a list of entity keys`);
  }
  return problems;
}
