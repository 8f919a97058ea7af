import { candidate, type Candidate } from '../candidate';
import { labelSpans } from '../learned/labels';
import { HEDGE_ADVERBS } from '../lexicon';
import type { SentenceView } from '../view';
import type { AttributionRule } from './rule';

/**
 * Cues the learned tagger marks as said, believed or expected by no one ("is widely expected", "seen as"),
 * and reportive adverbs ("reportedly").
 */
function find(view: SentenceView): Candidate[] {
  if (!view.learned) return [];
  const out: Candidate[] = [];
  for (const { kind, from, to } of labelSpans(view.learned)) {
    if (kind !== 'cue') continue;
    const hedge = from === to && HEDGE_ADVERBS.has(view.words[from]!);
    out.push(candidate(view, from, to, hedge ? 'HEDGE_REPORT' : 'AGENTLESS', to));
  }
  return out;
}

export const learnedAgentless: AttributionRule = { id: 'learned-agentless', find };
