import type { AttributionCategory } from '../types';
import type { SentenceView } from './view';

/** A flag before texts are attached: a span and the token whose quotation status decides if it stands. */
export interface Candidate {
  start: number;
  end: number;
  category: AttributionCategory;
  /** Offset of the cue word; a cue inside a speaker's quotation is not flagged. */
  anchor: number;
}

/** Builds a candidate from token indices [from, to] inclusive, anchored on token `cue`. */
export function candidate(
  view: SentenceView,
  from: number,
  to: number,
  category: AttributionCategory,
  cue = from,
): Candidate {
  return { start: view.tokens[from]!.start, end: view.tokens[to]!.end, category, anchor: view.tokens[cue]!.start };
}

/** A candidate that survived its rule's suppressions, with the id of the rule that made it. */
export interface RuleFlag extends Candidate {
  rule: string;
}
