import type { Candidate } from '../candidate';

/** State shared by the rules across one article. */
export interface RuleContext {
  out: Candidate[];
  /** An anonymous source has been flagged: later "the official said" points back to it (a soft case). */
  anonSeen: boolean;
}
