import type { AttributionCategory, EntityType } from '../../analysis/types';

interface PaintedSpan {
  /** UTF-16 offsets into the article text. */
  start: number;
  end: number;
  /**
   * A mention left plain until hovered (a later mention of a name already marked, or a minor name in focus
   * mode): no tint, no Tab stop, no role; hovering it still opens its card.
   */
  quiet: boolean;
  /** What a screen reader announces for a mark that is not quiet. */
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
