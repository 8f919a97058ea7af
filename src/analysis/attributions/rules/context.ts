import type { Candidate } from '../candidate';

/** Where the rules put their candidates; the anonymity rule reads what the sentence already has. */
export interface RuleContext {
  out: Candidate[];
}
