import type { AttributionCategory, EntityType } from '../../analysis/types';

interface PaintedSpan {
  /** UTF-16 offsets into the article text. */
  start: number;
  end: number;
  /** Reachable with Tab (one per entity: its first mention). */
  focusable: boolean;
  /** What a screen reader announces. */
  label: string;
}

/** What one mark stands for: a mention of an entity, a vague attribution, or a saved highlight. */
export type MarkSpec = PaintedSpan &
  (
    | { kind: 'entity'; key: string; type: EntityType }
    | { kind: 'attribution'; category: AttributionCategory }
    | { kind: 'saved'; id: string }
  );

export type MarkKind = MarkSpec['kind'];
