import {
  CLAUSE_RESETS,
  CONTENT_PREPOSITIONS,
  CONTENT_WH_WORDS,
  EVIDENCE_VERBS,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
} from './lexicon';
import { isNameToken, personNameEnd } from './names';
import { isOutletName } from './outlets';
import type { SentenceView } from './view';

/**
 * Where a noun phrase sits in its sentence. A phrase inside the content of another attribution
 * ("results suggest that most voters support …", "she said leaders had agreed") is what is reported,
 * not who reports it; a phrase after a verb or preposition is an object ("Kaine defended people
 * accused …", "business with people who want …").
 */

function resetsClause(view: SentenceView, i: number): boolean {
  const w = view.words[i]!;
  const next = view.words[i + 1] ?? '';
  return (
    CLAUSE_RESETS.has(w) ||
    (w === ',' && (next === 'and' || next === 'but')) ||
    (w === 'and' && CONTENT_WH_WORDS.has(next))
  );
}

function isSpeech(w: string): boolean {
  return SPEECH_VERBS.has(w) || EVIDENCE_VERBS.has(w) || SPEECH_PARTICIPLES.has(w);
}

interface ContentState {
  /** reported[i]: a "said that" clause is open before token i. */
  reported: Uint8Array;
  /** named[i]: a named speaker's statement is open before token i. */
  named: Uint8Array;
}

// One pass per sentence, computed on first use: per-phrase scans would be quadratic on run-on text.
const states = new WeakMap<SentenceView, ContentState>();

function contentState(view: SentenceView): ContentState {
  const cached = states.get(view);
  if (cached) return cached;
  const words = view.words;
  const n = words.length;
  const state = { reported: new Uint8Array(n + 1), named: new Uint8Array(n + 1) };
  let reported = false;
  let named = false;
  for (let i = 0; i < n; i++) {
    state.reported[i] = reported ? 1 : 0;
    state.named[i] = named ? 1 : 0;
    const w = words[i]!;
    if (resetsClause(view, i)) {
      reported = named = false;
      continue;
    }
    if (w === 'that' && i > 0 && isSpeech(words[i - 1]!)) reported = true;
    if (w === 'according' && words[i + 1] === 'to') {
      const k = words[i + 2] === 'the' ? i + 3 : i + 2;
      named ||= isNameToken(view, k) && !isOutletName(view.tokens[k]!.text);
    } else if (SPEECH_VERBS.has(w) && i > 0) {
      const subject = i - 1;
      named ||=
        (isNameToken(view, subject) && !isOutletName(view.tokens[subject]!.text)) ||
        /^(?:he|she|i|we)$/.test(words[subject]!) ||
        personNameEnd(view, i + 1) > 0;
    }
  }
  state.reported[n] = reported ? 1 : 0;
  state.named[n] = named ? 1 : 0;
  states.set(view, state);
  return state;
}

/** The phrase starting at `from` is the complement of a verb of saying ("said [that] leaders …"). */
export function isReportedContent(view: SentenceView, from: number): boolean {
  // "hoping voters see …", "betting that voters will …": the phrase is the complement of another verb.
  return isSpeech(view.words[from - 1] ?? '') || contentState(view).reported[from] === 1;
}

/** The phrase starting at `from` follows a preposition or a past-tense verb: an object, not a subject. */
export function isObjectPosition(view: SentenceView, from: number): boolean {
  const prev = view.words[from - 1] ?? '';
  return CONTENT_PREPOSITIONS.has(prev) || (/^[a-z]+ed$/.test(prev) && !SPEECH_VERBS.has(prev));
}

/**
 * A named speaker's statement covers the phrase at `from`: "According to Ham, … because many disagreed",
 * "Lourimi said he believed the attack would unite Tunisians".
 */
export function inNamedContent(view: SentenceView, from: number): boolean {
  return contentState(view).named[from] === 1;
}
