import type { Candidate } from '../candidate';
import type { SentenceView } from '../view';

/**
 * One attribution rule: it reads one sentence and proposes flags. Which rules run, in which order, and
 * what silences their flags is decided in `registry.ts`, never inside a rule.
 */
export interface AttributionRule {
  /** Stable id, carried by every flag the rule makes (`Attribution.rule`) and listed in the README. */
  readonly id: string;
  find(view: SentenceView): Candidate[];
}
