import type { AttributionCategory } from '../../types';
import { candidate, type Candidate } from '../candidate';
import { CLAIM_NOUN_LEADS, CLAIM_NOUNS, DEFINITE, MEDIA_MODIFIERS, OWNER_DETERMINERS, POSSESSIVES } from '../lexicon';
import { isNameToken } from '../names';
import { isWord } from '../phrase';
import type { SentenceView } from '../view';
import type { AttributionRule } from './rule';

/**
 * Claims named by a noun whose author is not named: "amid allegations that", "dogged by charges", "denied
 * reports that", "speculation that". Reports are unnamed media (SECONDHAND), the rest is AGENTLESS. A named
 * author is no flag ("Trump's claims", "allegations by Karl Weiss", "claims from the ministry"), nor is a
 * claim the text points back to ("the allegations" without a "that" clause).
 */
const MAX_MODIFIERS = 3;

function authorNamed(view: SentenceView, from: number, n: number): boolean {
  const words = view.words;
  for (let i = from; i < n; i++) if (POSSESSIVES.has(words[i]!) || isNameToken(view, i)) return true;
  if (OWNER_DETERMINERS.has(words[from - 1] ?? '') || POSSESSIVES.has(words[from - 1] ?? '')) return true;
  const by = words[n + 1];
  return (by === 'by' || by === 'from') && (isNameToken(view, n + 2) || words[n + 2] === 'the');
}

function find(view: SentenceView): Candidate[] {
  const words = view.words;
  const out: Candidate[] = [];
  for (let n = 0; n < words.length; n++) {
    if (!CLAIM_NOUNS.has(words[n]!)) continue;
    // The noun phrase: a few modifiers back from the noun ("new allegations", "unconfirmed media reports").
    let from = n;
    while (from > 0 && n - from < MAX_MODIFIERS && isWord(words[from - 1]!) && !CLAIM_NOUN_LEADS.has(words[from - 1]!))
      from--;
    if (DEFINITE.has(words[from]!)) from++;
    const clause = words[n + 1] === 'that';
    const led = CLAIM_NOUN_LEADS.has(words[from - 1] ?? '');
    const pointsBack = DEFINITE.has(words[from - 1] ?? '') && !clause;
    if ((!clause && !led) || pointsBack || authorNamed(view, from, n)) continue;
    const reports = words[n] === 'reports';
    // "fundraising reports" are filings: a report is press coverage only bare or with a media modifier.
    if (reports && from < n && !words.slice(from, n).some((x) => MEDIA_MODIFIERS.has(x))) continue;
    const category: AttributionCategory = reports ? 'SECONDHAND' : 'AGENTLESS';
    out.push(candidate(view, from, clause ? n + 1 : n, category, n));
  }
  return out;
}

export const nominalCues: AttributionRule = { id: 'nominal-cues', find };
