import type { AnnotatedEvent, AnnotatedMention, Annotation, Offsets } from './annotation';

/**
 * Two passes of one article side by side. Items of a layer are grouped into clusters of overlapping spans
 * (across both passes); a cluster is agreed when both passes have the same items in it, else it is one
 * disagreement with an id (m1, a1, e1…) the adjudicator decides. Entity keys are compared apart, per pair of
 * keys the passes give the same span (k1…), so "Donald Trump" vs "local:Trump" is one decision, not one per
 * mention.
 */
export interface Cluster<T> {
  /** Set on disagreements only. */
  id: string | null;
  start: number;
  end: number;
  a: T[];
  b: T[];
}

/** vague_spans, soft_spans and named_not_vague are one layer here: a span is one of the three. */
export interface AttributionItem extends Offsets {
  kind: 'vague' | 'soft' | 'named';
  category?: string;
}

export interface KeyPair {
  id: string;
  keyA: string;
  keyB: string;
  spans: Offsets[];
}

export interface Comparison {
  mentions: Cluster<AnnotatedMention>[];
  keys: KeyPair[];
  attributions: Cluster<AttributionItem>[];
  events: Cluster<AnnotatedEvent>[];
}

const spanKey = (s: Offsets): string => `${s.start}-${s.end}`;

export function attributionItems(x: Annotation): AttributionItem[] {
  return [
    ...x.vague_spans.map((s) => ({ start: s.start, end: s.end, kind: 'vague' as const, category: s.category })),
    ...x.soft_spans.map((s) => ({ start: s.start, end: s.end, kind: 'soft' as const, category: s.category })),
    ...x.named_not_vague.map((s) => ({ start: s.start, end: s.end, kind: 'named' as const })),
  ];
}

/** B's keys renamed to A's where every span both passes mark carries one A key for that B key. */
export function alignKeys(a: Annotation, b: Annotation): Map<string, string> {
  const aKeyAt = new Map(a.mentions.map((m) => [spanKey(m), m.entity]));
  const candidates = new Map<string, Set<string>>();
  for (const m of b.mentions) {
    const keyA = aKeyAt.get(spanKey(m));
    if (keyA === undefined) continue;
    candidates.set(m.entity, (candidates.get(m.entity) ?? new Set()).add(keyA));
  }
  return new Map([...candidates].filter(([, set]) => set.size === 1).map(([kB, set]) => [kB, [...set][0]!]));
}

export function compare(a: Annotation, b: Annotation): Comparison {
  const align = alignKeys(a, b);
  const eventKey = (e: AnnotatedEvent, rename: (k: string) => string): string =>
    `${e.start}-${e.end}:${e.date}:${[...new Set(e.entities.map(rename))].sort().join('|')}`;
  return {
    mentions: cluster(a.mentions, b.mentions, (m) => `${m.start}-${m.end}:${m.type}`, 'm'),
    keys: keyPairs(a, b),
    attributions: cluster(
      attributionItems(a),
      attributionItems(b),
      (s) => `${spanKey(s)}:${s.kind}:${s.category}`,
      'a',
    ),
    events: cluster(
      a.events,
      b.events,
      (e) => eventKey(e, (k) => k),
      'e',
      (e) => eventKey(e, (k) => align.get(k) ?? k),
    ),
  };
}

function cluster<T extends Offsets>(
  a: readonly T[],
  b: readonly T[],
  identityA: (x: T) => string,
  prefix: string,
  identityB: (x: T) => string = identityA,
): Cluster<T>[] {
  const all = [...a.map((x) => ({ x, side: 'a' as const })), ...b.map((x) => ({ x, side: 'b' as const }))].sort(
    (p, q) => p.x.start - q.x.start || p.x.end - q.x.end,
  );
  const clusters: Cluster<T>[] = [];
  for (const { x, side } of all) {
    const last = clusters[clusters.length - 1];
    if (last && x.start < last.end) {
      last[side].push(x);
      last.end = Math.max(last.end, x.end);
    } else {
      clusters.push({ id: null, start: x.start, end: x.end, a: side === 'a' ? [x] : [], b: side === 'b' ? [x] : [] });
    }
  }
  let n = 0;
  for (const c of clusters) {
    const left = c.a.map(identityA).sort().join('\n');
    const right = c.b.map(identityB).sort().join('\n');
    if (left !== right) c.id = `${prefix}${++n}`;
  }
  return clusters;
}

function keyPairs(a: Annotation, b: Annotation): KeyPair[] {
  const bAt = new Map(b.mentions.map((m) => [spanKey(m), m.entity]));
  const pairs = new Map<string, KeyPair>();
  for (const m of a.mentions) {
    const keyB = bAt.get(spanKey(m));
    if (keyB === undefined || keyB === m.entity) continue;
    const id = `${m.entity}\n${keyB}`;
    const pair = pairs.get(id) ?? { id: `k${pairs.size + 1}`, keyA: m.entity, keyB, spans: [] };
    pair.spans.push({ start: m.start, end: m.end });
    pairs.set(id, pair);
  }
  return [...pairs.values()];
}

/** Every disagreement's id, in the order they are printed. */
export function disagreementIds(c: Comparison): string[] {
  return [
    ...c.mentions.flatMap((x) => (x.id ? [x.id] : [])),
    ...c.keys.map((k) => k.id),
    ...c.attributions.flatMap((x) => (x.id ? [x.id] : [])),
    ...c.events.flatMap((x) => (x.id ? [x.id] : [])),
  ];
}
