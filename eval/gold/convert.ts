import { utf16ToCodePoint } from '../lib/code-points';
import { byOffsets, LAYERS, type Annotation, type Layer } from './annotation';
import { checkAnnotation } from './check-annotation';
import { inContext } from './context';
import type { Draft } from './draft';
import { resolveSpans, type DraftSpan, type ResolvedSpan } from './resolve-spans';

export interface Conversion {
  /** Null when anything could not be resolved or checked: a pass file is written whole or not at all. */
  annotation: Annotation | null;
  /** Every resolved span with its context, for the annotator to check their own work. */
  listing: string[];
  notes: string[];
  problems: string[];
}

/** A draft (spans as text) → a pass annotation (code-point offsets), on the article's analysed text. */
export function convertDraft(
  draft: Draft,
  text: string,
  expected: { id: string; pass: string; text_sha256: string; text_length: number },
): Conversion {
  const problems: string[] = [];
  const notes: string[] = [];
  const listing: string[] = [];
  if (draft.text_sha256 !== undefined && draft.text_sha256 !== expected.text_sha256)
    problems.push(`the draft's text_sha256 is not the analysed text's (${expected.text_sha256}): a different text?`);
  const point = utf16ToCodePoint(text);
  const resolved = {} as Record<Layer, ResolvedSpan<DraftSpan>[]>;
  for (const layer of LAYERS) {
    const r = resolveSpans(text, draft[layer] as DraftSpan[], layer);
    resolved[layer] = r.spans;
    problems.push(...r.problems);
    notes.push(...r.notes);
    for (const s of r.spans)
      listing.push(`${layer.padEnd(15)} ${label(layer, s.item).padEnd(34)} ${inContext(text, s.start, s.end)}`);
  }
  const offsets = (s: ResolvedSpan<DraftSpan>) => ({ start: point[s.start]!, end: point[s.end]! });
  const annotation: Annotation = {
    id: expected.id,
    pass: expected.pass,
    text_sha256: expected.text_sha256,
    text_length: expected.text_length,
    mentions: resolved.mentions
      .map((s) => {
        const m = s.item as Draft['mentions'][number];
        return { ...offsets(s), type: m.type, entity: m.entity };
      })
      .sort(byOffsets),
    vague_spans: resolved.vague_spans
      .map((s) => ({ ...offsets(s), category: (s.item as Draft['vague_spans'][number]).category }))
      .sort(byOffsets),
    soft_spans: resolved.soft_spans
      .map((s) => ({ ...offsets(s), category: (s.item as Draft['soft_spans'][number]).category }))
      .sort(byOffsets),
    named_not_vague: resolved.named_not_vague.map(offsets).sort(byOffsets),
    events: resolved.events
      .map((s) => {
        const e = s.item as Draft['events'][number];
        return { ...offsets(s), date: e.date, entities: [...new Set(e.entities)] };
      })
      .sort(byOffsets),
  };
  if (problems.length === 0) problems.push(...checkAnnotation(annotation, expected, [...text]));
  return { annotation: problems.length ? null : annotation, listing, notes, problems };
}

function label(layer: Layer, item: DraftSpan): string {
  const it = item as unknown as Record<string, unknown>;
  if (layer === 'mentions') return `${String(it.type)} ${String(it.entity)}`;
  if (layer === 'events') return `${String(it.date)} ${(it.entities as string[]).join(', ')}`;
  return layer === 'named_not_vague' ? '' : String(it.category);
}
