import type { AttributionCategory, EntityType } from '../../analysis/types';
import type { KnowledgeResult } from '../../knowledge/types';
import type { EntityHistory } from '../../messages/views';

export interface EntityCardModel {
  kind: 'entity';
  key: string;
  name: string;
  type: EntityType;
  /** Roles this article gives it. */
  roles: string[];
  /** The names this article uses for it, and how often it is mentioned. */
  names: string[];
  mentionCount: number;
  published: string | null;
  history: EntityHistory | 'loading' | null;
  knowledge: KnowledgeResult | 'loading' | 'off' | null;
}

export interface AttributionCardModel {
  kind: 'attribution';
  category: AttributionCategory;
  text: string;
  explanation: string;
  question: string;
}

export interface SavedCardModel {
  kind: 'saved';
  id: string;
  quote: string;
  note: string;
}

export type CardModel = EntityCardModel | AttributionCardModel | SavedCardModel;
