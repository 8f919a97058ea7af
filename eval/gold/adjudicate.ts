import { utf16ToCodePoint } from '../lib/code-points';
import {
  byOffsets,
  LAYERS,
  type AnnotatedEvent,
  type AnnotatedMention,
  type Annotation,
  type Layer,
  type VagueCategory,
} from './annotation';
import { checkAnnotation } from './check-annotation';
import { compare, disagreementIds, type AttributionItem, type Cluster } from './compare';
import { checkDraft, type Draft } from './draft';
import { resolveSpans, type DraftSpan } from './resolve-spans';

/**
 * The adjudicator's decisions for one article, kept outside the project (an `add` may hold text):
 * `passes` names the two passes with the sha256 of their files, so decisions never apply to passes that
 * changed since; `decisions` maps every disagreement id to one of the two pass names or "neither"; `add`
 * holds spans neither pass had right, in the draft format.
 */
export interface Decisions {
  id: string;
  passes: Record<string, string>;
  decisions: Record<string, string | null>;
  add?: Partial<Pick<Draft, Layer>>;
}

export interface Tally {
  agreed: number;
  /** Disagreements settled for each pass (by name) and for neither. */
  settled: Record<string, number>;
  added: number;
}

export interface Adjudication {
  annotation: Annotation | null;
  tally: Tally;
  problems: string[];
}

/**
 * Passes A and B + decisions → the gold annotation. Agreed clusters are kept (A's items); a decided cluster
 * takes the chosen pass's items, or none. A mention both passes mark takes the key its key pair was settled
 * on; a mention only one pass marks takes its pass's key, renamed as that key's pair was settled when the
 * key was settled one way only.
 */
export function adjudicate(
  a: Annotation,
  b: Annotation,
  names: [string, string],
  decisions: Decisions,
  text: string,
): Adjudication {
  const [nameA, nameB] = names;
  const problems: string[] = [];
  const comparison = compare(a, b);
  const ids = disagreementIds(comparison);
  const choice = new Map<string, 'a' | 'b' | 'neither'>();
  for (const id of ids) {
    const d = decisions.decisions[id];
    if (d === nameA) choice.set(id, 'a');
    else if (d === nameB) choice.set(id, 'b');
    else if (d === 'neither') choice.set(id, 'neither');
    else problems.push(`${id}: decide "${nameA}", "${nameB}" or "neither" (found ${JSON.stringify(d ?? null)})`);
  }
  for (const id of Object.keys(decisions.decisions))
    if (!ids.includes(id)) problems.push(`${id}: no such disagreement`);
  const tally: Tally = { agreed: 0, settled: { [nameA]: 0, [nameB]: 0, neither: 0 }, added: 0 };
  for (const c of choice.values()) tally.settled[c === 'a' ? nameA : c === 'b' ? nameB : 'neither']!++;

  const take = <T>(clusters: Cluster<T>[]): { item: T; side: 'a' | 'b' }[] =>
    clusters.flatMap((c): { item: T; side: 'a' | 'b' }[] => {
      if (c.id === null) {
        tally.agreed++;
        return c.a.map((item) => ({ item, side: 'a' as const }));
      }
      const side = choice.get(c.id);
      if (side === 'a') return c.a.map((item) => ({ item, side }));
      if (side === 'b') return c.b.map((item) => ({ item, side }));
      return [];
    });

  // Keys: a settled pair decides the key of its spans; a key settled one way only is renamed everywhere.
  const keyOf = { a: new Map<string, string>(), b: new Map<string, string>() };
  for (const m of a.mentions) keyOf.a.set(`${m.start}-${m.end}`, m.entity);
  for (const m of b.mentions) keyOf.b.set(`${m.start}-${m.end}`, m.entity);
  const pairWinner = new Map<string, string>();
  const renames = { a: new Map<string, Set<string>>(), b: new Map<string, Set<string>>() };
  for (const pair of comparison.keys) {
    const side = choice.get(pair.id);
    if (side !== 'a' && side !== 'b') continue;
    const winner = side === 'a' ? pair.keyA : pair.keyB;
    pairWinner.set(`${pair.keyA}\n${pair.keyB}`, winner);
    renames.a.set(pair.keyA, (renames.a.get(pair.keyA) ?? new Set()).add(winner));
    renames.b.set(pair.keyB, (renames.b.get(pair.keyB) ?? new Set()).add(winner));
  }
  // A key that both passes also give the same span keeps its meaning: it is renamed nowhere else (A's "North
  // Korea" for Pyongyang settled as "Pyongyang" must not rename A's other "North Korea" in events).
  for (const [span, keyA] of keyOf.a) {
    if (keyOf.b.get(span) !== keyA) continue;
    renames.a.get(keyA)?.add(keyA);
    renames.b.get(keyA)?.add(keyA);
  }
  const rename = (side: 'a' | 'b', key: string): string => {
    const to = renames[side].get(key);
    return to && to.size === 1 ? [...to][0]! : key;
  };
  const mentionKey = (m: AnnotatedMention, side: 'a' | 'b'): string => {
    const span = `${m.start}-${m.end}`;
    const keyA = keyOf.a.get(span);
    const keyB = keyOf.b.get(span);
    if (keyA !== undefined && keyB !== undefined)
      return keyA === keyB ? keyA : (pairWinner.get(`${keyA}\n${keyB}`) ?? m.entity);
    return rename(side, m.entity);
  };

  const mentions = take(comparison.mentions).map(({ item, side }) => ({ ...item, entity: mentionKey(item, side) }));
  const attributions = take<AttributionItem>(comparison.attributions).map(({ item }) => item);
  const events = take<AnnotatedEvent>(comparison.events).map(({ item, side }) => ({
    ...item,
    entities: [...new Set(item.entities.map((k) => rename(side, k)))],
  }));
  const gold: Annotation = {
    id: a.id,
    pass: 'gold',
    text_sha256: a.text_sha256,
    text_length: a.text_length,
    mentions,
    vague_spans: attributions
      .filter((s) => s.kind === 'vague')
      .map((s) => ({ start: s.start, end: s.end, category: s.category as VagueCategory })),
    soft_spans: attributions
      .filter((s) => s.kind === 'soft')
      .map((s) => ({
        start: s.start,
        end: s.end,
        category: s.category as Annotation['soft_spans'][number]['category'],
      })),
    named_not_vague: attributions.filter((s) => s.kind === 'named').map((s) => ({ start: s.start, end: s.end })),
    events,
  };
  tally.added = addSpans(gold, decisions.add ?? {}, text, problems);
  for (const layer of LAYERS) (gold[layer] as { start: number; end: number }[]).sort(byOffsets);
  if (problems.length === 0) problems.push(...checkAnnotation(gold, { ...gold }, [...text]));
  return { annotation: problems.length ? null : gold, tally, problems };
}

/** The adjudicator's own spans, drafted like an annotator's; returns how many were added. */
function addSpans(gold: Annotation, add: Partial<Pick<Draft, Layer>>, text: string, problems: string[]): number {
  const asDraft = { id: gold.id, ...Object.fromEntries(LAYERS.map((l) => [l, add[l] ?? []])) };
  const checked = checkDraft(asDraft, gold.id);
  if (!checked.draft) {
    problems.push(...checked.problems.map((p) => `add: ${p}`));
    return 0;
  }
  const point = utf16ToCodePoint(text);
  let added = 0;
  for (const layer of LAYERS) {
    const r = resolveSpans(text, checked.draft[layer] as DraftSpan[], `add ${layer}`);
    problems.push(...r.problems);
    for (const s of r.spans) {
      const {
        text: _text,
        occurrence: _occurrence,
        all: _all,
        ...fields
      } = s.item as DraftSpan & Record<string, unknown>;
      const keep = Object.fromEntries(
        Object.entries(fields).filter(([k]) => ['type', 'entity', 'category', 'date', 'entities'].includes(k)),
      );
      (gold[layer] as object[]).push({ start: point[s.start]!, end: point[s.end]!, ...keep });
      added++;
    }
  }
  return added;
}
