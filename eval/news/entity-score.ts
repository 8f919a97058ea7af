import type { EntityType } from '../../src/analysis/types';

/**
 * Entity scores with the definitions of ../shared/tools/score_entities.py (which eval/sections/ner.ts runs):
 * micro-averaged over articles, predictions deduplicated by (article, start, end, type).
 *  - typed exact P/R/F1: (start, end, type) equals a gold mention's; per type, PERSON+ORG+PLACE (both sides
 *    filtered to those types) and all five types;
 *  - untyped exact: (start, end) only;
 *  - resolved entities, strict: of the gold entities with ≥ 2 mentions, those whose mentions are all matched
 *    by an exact-span prediction, all carry one predicted key, and no matched mention of another gold entity
 *    of the article carries that key.
 * Offsets in code points, as in the gold.
 */
export interface ScoredMention {
  start: number;
  end: number;
  type: EntityType;
  entity: string;
}

export interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

export interface EntityScore {
  typed: Record<EntityType | 'CORE' | 'ALL', Counts>;
  untyped: Counts;
  /** [resolved, gold entities with ≥ 2 mentions] */
  strict: [number, number];
  /** Per article: gold mentions missed or wrongly typed, predictions false or wrongly typed. */
  errors: { id: string; missed: ScoredMention[]; falsePredictions: ScoredMention[] }[];
  /** Per article, the gold entities of ≥ 2 mentions that are not resolved, and why (for dev error listings). */
  unresolved: { id: string; entities: Unresolved[] }[];
}

/** A gold entity that failed strict resolution: each mention's predicted key (null: no exact-span prediction). */
export interface Unresolved {
  entity: string;
  mentions: { start: number; end: number; key: string | null }[];
  /** Other gold entities of the article whose matched mentions carry one of its keys. */
  sharedWith: string[];
}

const CORE: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE'];
const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'OTHER'];

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function scoreEntities(
  articles: readonly { id: string; gold: readonly ScoredMention[]; predicted: readonly ScoredMention[] }[],
): EntityScore {
  const count = (): Counts => ({ tp: 0, pred: 0, gold: 0 });
  const typed = Object.fromEntries([...TYPES, 'CORE', 'ALL'].map((t) => [t, count()])) as EntityScore['typed'];
  const untyped = count();
  const strict: [number, number] = [0, 0];
  const errors: EntityScore['errors'] = [];
  const unresolved: EntityScore['unresolved'] = [];
  for (const { id, gold, predicted } of articles) {
    const key = (m: ScoredMention): string => `${m.start}-${m.end}:${m.type}`;
    const goldSet = new Map(gold.map((m) => [key(m), m]));
    const predSet = new Map<string, ScoredMention>();
    for (const m of predicted) if (!predSet.has(key(m))) predSet.set(key(m), m);
    const add = (c: Counts, inside: (t: EntityType) => boolean): void => {
      const g = [...goldSet.values()].filter((m) => inside(m.type));
      const p = [...predSet.values()].filter((m) => inside(m.type));
      c.gold += g.length;
      c.pred += p.length;
      c.tp += g.filter((m) => predSet.has(key(m))).length;
    };
    for (const t of TYPES) add(typed[t], (x) => x === t);
    add(typed.CORE, (x) => CORE.includes(x));
    add(typed.ALL, () => true);
    const spans = (ms: Iterable<ScoredMention>): Set<string> => new Set([...ms].map((m) => `${m.start}-${m.end}`));
    const goldSpans = spans(goldSet.values());
    const predSpans = spans(predSet.values());
    untyped.gold += goldSpans.size;
    untyped.pred += predSpans.size;
    untyped.tp += [...goldSpans].filter((s) => predSpans.has(s)).length;
    unresolved.push({ id, entities: resolved(gold, predicted, strict) });
    errors.push({
      id,
      missed: [...goldSet.values()].filter((m) => !predSet.has(key(m))),
      falsePredictions: [...predSet.values()].filter((m) => !goldSet.has(key(m))),
    });
  }
  return { typed, untyped, strict, errors, unresolved };
}

function resolved(
  gold: readonly ScoredMention[],
  predicted: readonly ScoredMention[],
  strict: [number, number],
): Unresolved[] {
  const spanKey = new Map<string, string>();
  for (const m of predicted)
    if (m.entity && !spanKey.has(`${m.start}-${m.end}`)) spanKey.set(`${m.start}-${m.end}`, m.entity);
  const matched = gold.flatMap((m) => {
    const k = spanKey.get(`${m.start}-${m.end}`);
    return k === undefined ? [] : [{ goldEntity: m.entity, key: k }];
  });
  const keysOf = new Map<string, string[]>();
  const owners = new Map<string, Set<string>>();
  for (const { goldEntity, key } of matched) {
    keysOf.set(goldEntity, [...(keysOf.get(goldEntity) ?? []), key]);
    owners.set(key, (owners.get(key) ?? new Set()).add(goldEntity));
  }
  const mentionsOf = new Map<string, number>();
  for (const m of gold) mentionsOf.set(m.entity, (mentionsOf.get(m.entity) ?? 0) + 1);
  const failed: Unresolved[] = [];
  for (const [entity, n] of mentionsOf) {
    if (n < 2) continue;
    strict[1]++;
    const keys = keysOf.get(entity) ?? [];
    const owner = owners.get(keys[0] ?? '');
    const ok = keys.length >= 2 && new Set(keys).size === 1 && owner?.size === 1 && owner.has(entity);
    if (ok && keys.length === n) {
      strict[0]++;
      continue;
    }
    const others = new Set(keys.flatMap((k) => [...(owners.get(k) ?? [])]));
    others.delete(entity);
    failed.push({
      entity,
      mentions: gold
        .filter((m) => m.entity === entity)
        .map((m) => ({ start: m.start, end: m.end, key: spanKey.get(`${m.start}-${m.end}`) ?? null })),
      sharedWith: [...others],
    });
  }
  return failed;
}
