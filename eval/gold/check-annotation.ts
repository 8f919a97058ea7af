import {
  ATTRIBUTION_CATEGORIES,
  ENTITY_TYPES,
  type AttributionCategory,
  type EntityType,
} from '../../src/analysis/types';
import {
  isEntityKey,
  isGoldDate,
  LAYERS,
  VAGUE_CATEGORIES,
  type Annotation,
  type Layer,
  type VagueCategory,
} from './annotation';

const FIELDS: Record<Layer, string[]> = {
  mentions: ['start', 'end', 'type', 'entity'],
  vague_spans: ['start', 'end', 'category'],
  soft_spans: ['start', 'end', 'category'],
  named_not_vague: ['start', 'end'],
  events: ['start', 'end', 'date', 'entities'],
};
const TOP = ['id', 'pass', 'text_sha256', 'text_length', ...LAYERS];

export interface Expected {
  id: string;
  pass: string;
  text_sha256: string;
  text_length: number;
}

/**
 * Everything wrong with a committed annotation: its shape (only offsets, types, keys and the sha256: a field
 * that could carry text is refused), its article and text, each span's offsets (`points` is the text as code
 * points, when it is at hand), types, categories, dates and keys, overlapping mentions and repeated spans.
 */
export function checkAnnotation(json: unknown, expected: Expected, points: readonly string[] | null): string[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return ['not a JSON object'];
  const a = json as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(a)) if (!TOP.includes(key)) problems.push(`field "${key}" is not allowed`);
  for (const key of ['id', 'pass', 'text_sha256', 'text_length'] as const)
    if (a[key] !== expected[key])
      problems.push(`"${key}" is ${JSON.stringify(a[key])}, expected ${JSON.stringify(expected[key])}`);
  for (const layer of LAYERS) {
    const items = a[layer];
    if (!Array.isArray(items)) {
      problems.push(`"${layer}" is missing`);
      continue;
    }
    const seen = new Set<string>();
    items.forEach((item: unknown, k) => {
      const where = `${layer}[${k}]`;
      if (typeof item !== 'object' || item === null) return problems.push(`${where} is not an object`);
      const it = item as Record<string, unknown>;
      for (const key of Object.keys(it))
        if (!FIELDS[layer].includes(key)) problems.push(`${where}: field "${key}" is not allowed`);
      const { start, end } = it;
      if (
        !Number.isInteger(start) ||
        !Number.isInteger(end) ||
        (start as number) < 0 ||
        (start as number) >= (end as number) ||
        (end as number) > expected.text_length
      ) {
        problems.push(`${where}: offsets ${String(start)}–${String(end)} outside 0–${expected.text_length}`);
      } else if (points) {
        if (/\s/.test(points[start as number]!) || /\s/.test(points[(end as number) - 1]!))
          problems.push(`${where}: ${String(start)}–${String(end)} starts or ends with a space`);
      }
      const key = `${String(start)}-${String(end)}`;
      if (seen.has(key)) problems.push(`${where}: ${key} is given twice`);
      seen.add(key);
      if (layer === 'mentions') {
        if (!ENTITY_TYPES.includes(it.type as EntityType)) problems.push(`${where}: type ${String(it.type)}`);
        if (!isEntityKey(it.entity)) problems.push(`${where}: entity key ${JSON.stringify(it.entity)}`);
      }
      if (layer === 'vague_spans' && !VAGUE_CATEGORIES.includes(it.category as VagueCategory))
        problems.push(`${where}: category ${String(it.category)}`);
      if (layer === 'soft_spans' && !ATTRIBUTION_CATEGORIES.includes(it.category as AttributionCategory))
        problems.push(`${where}: category ${String(it.category)}`);
      if (layer === 'events') {
        if (!isGoldDate(it.date)) problems.push(`${where}: date ${JSON.stringify(it.date)}`);
        if (!Array.isArray(it.entities) || !it.entities.every(isEntityKey))
          problems.push(`${where}: entities must be entity keys`);
      }
    });
  }
  if (problems.length === 0) problems.push(...crossChecks(a as unknown as Annotation));
  return problems;
}

/** Mentions never overlap; an event's entities are mentioned in the article. */
function crossChecks(a: Annotation): string[] {
  const problems: string[] = [];
  const mentions = [...a.mentions].sort((x, y) => x.start - y.start);
  for (let k = 1; k < mentions.length; k++)
    if (mentions[k]!.start < mentions[k - 1]!.end)
      problems.push(
        `mentions ${mentions[k - 1]!.start}–${mentions[k - 1]!.end} and ${mentions[k]!.start}–${mentions[k]!.end} overlap`,
      );
  const keys = new Set(a.mentions.map((m) => m.entity));
  for (const e of a.events)
    for (const key of e.entities)
      if (!keys.has(key)) problems.push(`event ${e.start}–${e.end}: entity "${key}" has no mention in the article`);
  return problems;
}
