import type { AttributionCategory } from '../types';
import { accordingTo } from './rules/according-to';
import { agentlessPassives } from './rules/agentless';
import { firstPersonHearsay } from './rules/first-person-hearsay';
import { groupPhrases } from './rules/group-phrases';
import { hasLearned } from './rules/has-learned';
import { learnedAgentless } from './rules/learned-agentless';
import { learnedSources } from './rules/learned-source';
import { reportiveHedges } from './rules/hedges';
import { nominalCues } from './rules/nominal-cues';
import { outletRelays } from './rules/outlet-relays';
import { passiveAgents } from './rules/passive-agent';
import { relativeSources } from './rules/relative-source';
import type { AttributionRule } from './rules/rule';
import { sourceInversions } from './rules/source-inverted';
import { sourceSubjects } from './rules/source-subject';
import { statedAnonymity } from './rules/stated-anonymity';
import { unnamedSources } from './rules/unnamed-sources';
import type { Suppression } from './suppressions';

/**
 * Every attribution rule, in the order they run. What silences a rule's flags is listed with it
 * (`suppressions.ts` defines each condition); when two flags overlap, `CATEGORY_PRIORITY` decides and, at
 * equal priority, the rule listed first wins. The README's rule table documents each id.
 */
export interface RegisteredRule {
  rule: AttributionRule;
  suppressedBy: readonly Suppression[];
}

// A cue inside a speaker's own quotation is the speaker's claim (shared/docs/vague-attributions.md, rule 6).
const SPEAKER_QUOTES: readonly Suppression[] = ['quoted-cue'];

export const RULES: readonly RegisteredRule[] = [
  { rule: sourceSubjects, suppressedBy: SPEAKER_QUOTES },
  { rule: sourceInversions, suppressedBy: SPEAKER_QUOTES },
  { rule: accordingTo, suppressedBy: SPEAKER_QUOTES },
  { rule: relativeSources, suppressedBy: SPEAKER_QUOTES },
  { rule: groupPhrases, suppressedBy: SPEAKER_QUOTES },
  { rule: unnamedSources, suppressedBy: SPEAKER_QUOTES },
  { rule: statedAnonymity, suppressedBy: SPEAKER_QUOTES },
  { rule: hasLearned, suppressedBy: SPEAKER_QUOTES },
  { rule: firstPersonHearsay, suppressedBy: SPEAKER_QUOTES },
  { rule: passiveAgents, suppressedBy: SPEAKER_QUOTES },
  { rule: reportiveHedges, suppressedBy: SPEAKER_QUOTES },
  // A claim noun in a sentence a named speaker answers for is that speaker's claim, as with passives.
  { rule: nominalCues, suppressedBy: ['quoted-cue', 'named-speaker'] },
  { rule: outletRelays, suppressedBy: SPEAKER_QUOTES },
  // An agentless passive in a sentence whose content a named speaker answers for is that speaker's claim.
  { rule: agentlessPassives, suppressedBy: ['quoted-cue', 'named-speaker'] },
  // The learned tagger's flags, under the same conditions as the rules of words for the same kind of flag;
  // listed last, so that a word rule's flag wins a tie.
  { rule: learnedSources, suppressedBy: SPEAKER_QUOTES },
  { rule: learnedAgentless, suppressedBy: ['quoted-cue', 'named-speaker'] },
];

/** When two flags overlap, the more specific category stays. */
export const CATEGORY_PRIORITY: Readonly<Record<AttributionCategory, number>> = {
  ANON_SOURCE: 6,
  VAGUE_GROUP: 5,
  SECONDHAND: 4,
  VAGUE_EVIDENCE: 4,
  HEDGE_REPORT: 3,
  AGENTLESS: 2,
  OUTLET_RELAY: 1,
};
