import { candidate, type Candidate } from '../candidate';
import { isNameToken } from '../names';
import { tokenAt, type SentenceView } from '../view';
import type { AttributionRule } from './rule';

/** "Reuters has learned", "we have learned": the outlet's unnamed informants (the doc's ANON_SOURCE). */
const LEARNED = /\b(?:has|have) learned\b/g;

function find(view: SentenceView): Candidate[] {
  const first = view.tokens[0];
  const last = view.tokens[view.tokens.length - 1];
  if (!first || !last) return [];
  const lower = view.text.slice(first.start, last.end).toLowerCase();
  if (!lower.includes('learned')) return [];
  const out: Candidate[] = [];
  for (const m of lower.matchAll(LEARNED)) {
    const v = tokenAt(view, first.start + m.index, 0);
    // The learner is the outlet or "we": a named subject is required, else it is just a verb.
    if (v > 0 && (isNameToken(view, v - 1) || view.words[v - 1] === 'we')) {
      let s = v - 1;
      while (s > 0 && (isNameToken(view, s - 1) || view.words[s - 1] === 'the')) s--;
      out.push(candidate(view, s, v + 1, 'ANON_SOURCE', v));
    }
  }
  return out;
}

export const hasLearned: AttributionRule = { id: 'has-learned', find };
