import type { AttributionCategory } from '../../types';
import { candidate, type Candidate } from '../candidate';
import { classifySource } from '../heads';
import {
  AGENTLESS_PARTICIPLES,
  AUXILIARIES,
  BE_FORMS,
  COMPARATIVES,
  COMPLEMENTS,
  CONTRACTING_SUBJECTS,
  DOUBLE_QUOTES,
  HEDGE_PASSIVES,
  IMPERSONAL_PARTICIPLES,
  JUDGEMENT_COMPLEMENTS,
  MODAL_ADJECTIVES,
  MODALS,
  PARENTHETICAL_PARTICIPLES,
  PASSIVE_ADVERBS,
  PRONOUNS,
  REDUCED_RELATIVES,
  REPORT_PREPOSITIONS,
  SPREAD_ADVERBS,
  TREND_WORDS,
  WIDELY_JUDGED,
} from '../lexicon';
import { isNameToken } from '../names';
import { isWord, phraseStart } from '../phrase';
import type { SentenceView } from '../view';
import type { AttributionRule } from './rule';

/**
 * Passive verbs of saying, believing, judging or expecting with no agent: "it is widely believed",
 * "has been hailed as", "is expected to", and the reduced relative "a country seen as". A "by" agent
 * makes it named ("described as heartbreaking by the conservation department"), a vague group
 * ("seen by many as"), or unnamed media ("first reported on an Iraqi news site").
 */

const AGENT_WINDOW = 10;

function isAdverb(w: string): boolean {
  return SPREAD_ADVERBS.has(w) || PASSIVE_ADVERBS.has(w) || DOUBLE_QUOTES.has(w);
}

function complementFits(view: SentenceView, p: number, spread: boolean): boolean {
  const w = view.words[p]!;
  const next = view.words[p + 1] ?? '';
  if (spread) return true;
  // "the currency is seen weakening": a forecast; "was seen walking" is sight.
  if (w === 'seen' && TREND_WORDS.has(next)) return true;
  const fits = (x: string): boolean =>
    w === 'considered' || w === 'deemed' ? JUDGEMENT_COMPLEMENTS.has(x) : (COMPLEMENTS.get(w)?.has(x) ?? false);
  // "seen by many as": the complement follows the agent.
  if (next === 'by' && w !== 'reported') return view.words.slice(p + 3, p + 8).some(fits);
  return fits(next);
}

type Agent = { kind: 'none' } | { kind: 'named' } | { kind: 'vague'; category: AttributionCategory; end: number };

/** Looks for "by …" after the participle, skipping "by 5 percent". */
function agentOf(view: SentenceView, p: number): Agent {
  const words = view.words;
  for (let i = p + 1; i < words.length && i <= p + AGENT_WINDOW; i++) {
    const w = words[i]!;
    // The agent belongs to this verb only up to the next punctuation or auxiliary ("— was dismissed by").
    if ((!isWord(w) && !DOUBLE_QUOTES.has(w)) || AUXILIARIES.has(w)) break;
    const place = w === 'by' || (words[p] === 'reported' && i === p + 1 && REPORT_PREPOSITIONS.has(w));
    if (!place || /^\p{N}/u.test(words[i + 1] ?? '')) continue;
    const start = words[i + 1] === 'the' ? i + 2 : i + 1;
    if (isNameToken(view, start) || PRONOUNS.has(words[start] ?? '')) return { kind: 'named' };
    for (let h = i + 1; h < words.length && h <= i + 7 && isWord(words[h]!); h++) {
      const source = classifySource(view, Math.max(i + 1, phraseStart(view, h)), h, true);
      if (!source) continue;
      return { kind: 'vague', category: source, end: h };
    }
    return { kind: 'named' };
  }
  return { kind: 'none' };
}

function impersonal(view: SentenceView, out: Candidate[], p: number): void {
  const words = view.words;
  let b = p - 1;
  while (b >= 0 && isAdverb(words[b]!)) b--;
  if (!BE_FORMS.has(words[b] ?? '')) return;
  let from = b;
  while (from > 0 && (AUXILIARIES.has(words[from - 1]!) || isAdverb(words[from - 1]!))) from--;
  if (words[from - 1] !== 'it' || agentOf(view, p).kind !== 'none') return;
  for (let i = p + 1; i < words.length && i <= p + 6; i++) {
    if (words[i] === 'that') {
      out.push(candidate(view, from - 1, p, 'AGENTLESS', p));
      return;
    }
    if (!isWord(words[i]!)) return;
  }
}

function find(view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const words = view.words;
  for (let p = 1; p < words.length; p++) {
    const w = words[p]!;
    const judgement = WIDELY_JUDGED.has(w);
    if (IMPERSONAL_PARTICIPLES.has(w)) {
      impersonal(view, out, p);
      continue;
    }
    if (!AGENTLESS_PARTICIPLES.has(w) && !judgement) continue;
    if (HEDGE_PASSIVES.has(w) && words[p + 1] === 'to') continue;
    let b = p - 1;
    let spread = false;
    for (; b >= 0 && isAdverb(words[b]!); b--) if (SPREAD_ADVERBS.has(words[b]!)) spread = true;
    // "was criticized" is a plain passive; "was widely criticized" credits a crowd nobody names, and "is not
    // widely recognized" says it is unknown.
    if (judgement && (!spread || words.slice(b + 1, p).includes('not'))) continue;
    // "'s" is "is" after a pronoun ("it's said"), a possessive after a noun ("the night's widely panned debate").
    const passive =
      b >= 0 && BE_FORMS.has(words[b]!) && (words[b] !== "'s" || CONTRACTING_SUBJECTS.has(words[b - 1] ?? ''));
    const reduced =
      !passive &&
      REDUCED_RELATIVES.has(w) &&
      b >= 0 &&
      isWord(words[b]!) &&
      !AUXILIARIES.has(words[b]!) &&
      !PRONOUNS.has(words[b]!) &&
      words[p + 1] === 'as';
    const spreadRelative =
      spread && b >= 0 && isWord(words[b]!) && !AUXILIARIES.has(words[b]!) && complementFits(view, p, false);
    // "The fee, believed to be a record, …": a parenthetical participle with its complement.
    const parenthetical =
      !passive && b === p - 1 && words[b] === ',' && PARENTHETICAL_PARTICIPLES.has(w) && words[p + 1] === 'to';
    if (!passive && !reduced && !spreadRelative && !parenthetical) continue;
    // "wants to be seen as": an aim; "ordered that they be considered a flight risk": a demand. A bare
    // "be" is a judgement only after a modal ("will be seen as").
    if (passive && words[b] === 'be') {
      let m = b - 1;
      while (m >= 0 && isAdverb(words[m]!)) m--;
      // "more likely to be viewed as honest" compares poll answers; it predicts nothing.
      const predicted =
        words[m] === 'to' && MODAL_ADJECTIVES.has(words[m - 1] ?? '') && !COMPARATIVES.has(words[m - 2] ?? '');
      if (!MODALS.has(words[m] ?? '') && !predicted) continue;
    }
    if (!complementFits(view, p, spread)) continue;
    const agent = agentOf(view, p);
    if (agent.kind === 'named') continue;
    // The span starts at the auxiliary chain ("has long been heralded as", "would be widely interpreted").
    let from = passive ? b : b + 1;
    while (passive && from > 0 && (AUXILIARIES.has(words[from - 1]!) || isAdverb(words[from - 1]!))) from--;
    while (from < b && isAdverb(words[from]!)) from++;
    const to = words[p + 1] && complementFits(view, p, false) ? p + 1 : p;
    if (agent.kind === 'vague') out.push(candidate(view, from, agent.end, agent.category, p));
    else out.push(candidate(view, from, to, 'AGENTLESS', p));
  }
  return out;
}

export const agentlessPassives: AttributionRule = { id: 'agentless', find };
