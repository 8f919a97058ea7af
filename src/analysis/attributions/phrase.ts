import {
  ACTIVE_OF_VERBS,
  ADJECTIVE_OBJECTS,
  ADVERBS,
  AS_VERBS,
  ATTITUDE_ADJECTIVES,
  ATTITUDE_NOUNS,
  AUXILIARIES,
  BE_FORMS,
  CALL_OBJECTS,
  CALL_VERBS,
  CLAUSE_BREAKS,
  CLAUSE_STARTS,
  DETERMINERS,
  EVIDENCE_VERBS,
  EXAMPLE_WORDS,
  JUDGEMENT_VERBS,
  LIGHT_VERBS,
  NAME_TAILS,
  NOT_PARENTHETICAL,
  NUMBER_WORDS,
  OF_LEADERS,
  PARENTHETICAL_STARTS,
  PHRASE_STOPS,
  POSSESSIVES,
  POSTMODIFIER_STARTS,
  PREPOSITIONS,
  PRONOUNS,
  PROOF_VERBS,
  PUT_VERBS,
  QUANTIFIERS,
  QUOTE_MARKS,
  RELATIVES,
  SPEECH_VERBS,
  TAKE_VERBS,
  THAT_VERBS,
  TIME_WORDS,
  WH_WORDS,
  DOCUMENT_NOUNS,
  DOCUMENT_VERBS,
  EVIDENCE_PARTICIPLES,
  SPEECH_PARTICIPLES,
} from './lexicon';
import { isNameToken, personNameEnd } from './names';
import type { SentenceView } from './view';

/**
 * Shallow phrase structure over tokens, without a parser: how far a noun phrase reaches left of its head,
 * whether a head is the subject of a verb of saying, and whether a name is attached to it.
 */

const MAX_MODIFIERS = 8;

export function isWord(w: string): boolean {
  return /^[\p{L}\p{N}]/u.test(w);
}

export function isModifier(view: SentenceView, i: number): boolean {
  const w = view.words[i]!;
  if (w === "'s") return true;
  return (
    isWord(w) &&
    !PREPOSITIONS.has(w) &&
    !CLAUSE_BREAKS.has(w) &&
    !AUXILIARIES.has(w) &&
    !PRONOUNS.has(w) &&
    !SPEECH_VERBS.has(w) &&
    w !== 'according' &&
    !WH_WORDS.has(w)
  );
}

/** Leftmost token of the noun phrase headed at h: "[one of the diplomats]", "[a number of analysts]". */
export function phraseStart(view: SentenceView, h: number): number {
  const words = view.words;
  let j = h;
  for (let steps = 0; j > 0 && steps < MAX_MODIFIERS; steps++) {
    const w = words[j - 1]!;
    if (DETERMINERS.has(w) || NUMBER_WORDS.has(w) || (QUANTIFIERS.has(w) && w !== 'other')) {
      j--;
      // "the two voters": a number keeps its article.
      if (NUMBER_WORDS.has(w) && DETERMINERS.has(words[j - 1] ?? '')) j--;
      // "one of the diplomats", "a number of analysts": a quantifier phrase ending in "of" leads the phrase.
      if (words[j - 1] === 'of' && OF_LEADERS.has(words[j - 2] ?? '')) {
        j -= 2;
        if (DETERMINERS.has(words[j - 1] ?? '')) j--;
      }
      break;
    }
    if (w === 'of' && OF_LEADERS.has(words[j - 2] ?? '')) {
      j -= 2;
      if (DETERMINERS.has(words[j - 1] ?? '')) j--;
      break;
    }
    if (w === 'and' && j - 2 >= 0 && isModifier(view, j - 2) && j < h) {
      j--;
      continue;
    }
    // "a 71-year-old diplomat": a hyphen inside a word, not a dash between clauses ("aggressive - some say").
    if (w === '-' && isWord(words[j - 2] ?? '') && view.tokens[j - 2]!.end === view.tokens[j - 1]!.start) {
      j--;
      continue;
    }
    if (!isModifier(view, j - 1)) break;
    // "the $20 million experts say it costs": an amount of money is not part of the source.
    if ([words[j - 2], words[j - 3]].some((x) => /^[$\u20ac\u00a3]$/.test(x ?? ''))) break;
    // "is thanking Nevadans", "will help convince supporters": a word after an auxiliary is a verb.
    if (AUXILIARIES.has(words[j - 2] ?? '') && words[j - 2] !== "'s") break;
    // "elected officials" is a phrase, but in "Kaine defended people" the -ed word is a verb: an -ed word
    // after another content word starts no phrase.
    if (
      /ed$/.test(w) &&
      j - 2 >= 0 &&
      isModifier(view, j - 2) &&
      !DETERMINERS.has(words[j - 2]!) &&
      !QUANTIFIERS.has(words[j - 2]!)
    )
      break;
    j--;
  }
  return j;
}

/** Skips adverbs and quotation marks from i; returns the first other token index. */
export function skipAdverbs(view: SentenceView, i: number): number {
  while (i < view.words.length && (ADVERBS.has(view.words[i]!) || QUOTE_MARKS.has(view.words[i]!))) i++;
  return i;
}

/** Skips auxiliaries and adverbs from i. */
export function skipAuxiliaries(view: SentenceView, i: number): number {
  while (i < view.words.length && (AUXILIARIES.has(view.words[i]!) || ADVERBS.has(view.words[i]!))) i++;
  return i;
}

// ", briefing reporters on condition …," : a participle clause is a parenthetical too, but named examples
// (", including Ina Dahl,") are not.
function startsParenthetical(w: string): boolean {
  return PARENTHETICAL_STARTS.has(w) || (/^[a-z]{3,}ing$/.test(w) && !NOT_PARENTHETICAL.has(w));
}
const MAX_GAP = 12;
const MAX_SPAN = 30;

/**
 * "critics called it a betrayal", "called the deal “reckless”", "what lawmakers called “fraud”"; not
 * "called for calm", "called police" or "called a meeting".
 */
function namesSomething(view: SentenceView, at: number): boolean {
  const next = view.words[at + 1] ?? '';
  if (CALL_OBJECTS.has(next)) return true;
  if (next !== 'the') return false;
  return view.words.slice(at + 3, at + 7).some((x) => x === 'a' || x === 'an' || CALL_OBJECTS.has(x));
}

function voicesAttitude(view: SentenceView, at: number): boolean {
  if (!LIGHT_VERBS.has(view.words[at]!)) return false;
  for (let i = at + 1; i <= at + 3 && i < view.words.length; i++) {
    const w = view.words[i]!;
    if (ATTITUDE_NOUNS.has(w)) return true;
    if (!isWord(w) || PREPOSITIONS.has(w)) return false;
  }
  return false;
}
// "a group of doctors sent a letter", "critics issued a statement": a document sent is a claim made.
function sendsDocument(view: SentenceView, at: number): boolean {
  if (!DOCUMENT_VERBS.has(view.words[at]!)) return false;
  for (let i = at + 1; i <= at + 3 && i < view.words.length; i++) if (DOCUMENT_NOUNS.has(view.words[i]!)) return true;
  return false;
}
// "economists see the bank cutting rates", "analysts see growth at 2 percent": a forecast. Past "saw" is
// mostly sight ("residents saw smoke rising"), so only the present counts.
function seesAhead(view: SentenceView, at: number): boolean {
  const w = view.words[at]!;
  if (w !== 'see' && w !== 'sees') return false;
  for (let i = at + 2; i <= at + 6 && i < view.words.length; i++) {
    const x = view.words[i]!;
    if (/^[a-z]{3,}ing$/.test(x) && !PREPOSITIONS.has(view.words[i - 1]!)) return true;
    if (x === 'at' && /^[\p{N}$\u20ac\u00a3]/u.test(view.words[i + 1] ?? '')) return true;
    if (!isWord(x)) return false;
  }
  return false;
}
// "insiders describe a culture of fear": an account, with or without "as".
function describesSomething(view: SentenceView, at: number): boolean {
  const next = view.words[at + 1] ?? '';
  return /^describ/.test(view.words[at]!) && (DETERMINERS.has(next) || /^[a-z]{3,}ing$/.test(next));
}
// "officials put the death toll at 23": an estimate credited to its subject.
function putsFigure(view: SentenceView, at: number): boolean {
  if (!PUT_VERBS.has(view.words[at]!)) return false;
  for (let i = at + 2; i <= at + 6 && i + 1 < view.words.length; i++) {
    if (view.words[i] === 'at')
      return (
        /^[\p{N}$\u20ac\u00a3]/u.test(view.words[i + 1]!) ||
        /^(?:about|around|more|least|over|nearly|almost|roughly)$/.test(view.words[i + 1]!)
      );
    if (!isWord(view.words[i]!)) return false;
  }
  return false;
}

/**
 * If the phrase headed at h is the subject of a verb of saying or believing, returns the verb's index
 * (or the attitude adjective's: "officials are worried"), otherwise -1. Between head and verb may come
 * a post-modifier ("interviewed by Reuters", "familiar with the matter") or a parenthetical
 * (", who spoke on condition of anonymity,"), but no clause boundary.
 */
export function verbOfSubject(view: SentenceView, h: number, evidence = false): number {
  const words = view.words;
  // Studies and reports "show" and "find"; people say and believe, and "find that" only with a clause.
  const isVerb = (w: string, at: number): boolean =>
    (SPEECH_VERBS.has(w) && !(TAKE_VERBS.has(w) && !CLAUSE_STARTS.has(words[at + 1] ?? ''))) ||
    AS_VERBS.has(w) ||
    (EVIDENCE_VERBS.has(w) && (evidence || (words[at + 1] === 'that' && !PROOF_VERBS.has(w)))) ||
    (THAT_VERBS.has(w) && words[at + 1] === 'that') ||
    JUDGEMENT_VERBS.has(w) ||
    (CALL_VERBS.has(w) && namesSomething(view, at)) ||
    voicesAttitude(view, at) ||
    sendsDocument(view, at) ||
    seesAhead(view, at) ||
    putsFigure(view, at);
  let inModifier = false;
  let inParenthetical = false;
  // Only tokens outside a parenthetical count towards the gap: ", speaking on condition of anonymity
  // because the talks were private," may be long, but it is closed by its comma.
  let gap = 0;
  let relativeVerb = -2;
  for (let i = h + 1; i < words.length && i <= h + MAX_SPAN && gap < MAX_GAP; i++) {
    const w = words[i]!;
    if (!inParenthetical) gap++;
    if (w === ',') {
      if (inParenthetical) {
        inParenthetical = false;
        inModifier = false;
        continue;
      }
      if (!startsParenthetical(words[i + 1] ?? '')) return -1;
      inParenthetical = true;
      continue;
    }
    if (inParenthetical) continue;
    // "officials in the prime minister's office": a possessive inside the post-modifier, not "is".
    if (inModifier && POSSESSIVES.has(w)) continue;
    // "published reports alleging …", "documents showing …": a report's participle states its claim.
    if (i === h + 1 && evidence && (SPEECH_PARTICIPLES.has(w) || EVIDENCE_PARTICIPLES.has(w))) return i;
    if (isVerb(w, i)) {
      // "a report", "their support": after a determiner the word is a noun; after "to" an infinitive.
      if (DETERMINERS.has(words[i - 1]!) || words[i - 1] === 'to') return -1;
      // "statements of support", "friends who have lent support": after a preposition, or as the object of
      // the relative clause's own verb, the word is a noun.
      if (words[i - 1] === 'of' || PREPOSITIONS.has(words[i - 1]!) || i === relativeVerb + 1) {
        if (inModifier) continue;
        return -1;
      }
      if (AS_VERBS.has(w) && !hasAhead(view, i + 1, 'as', 8) && !seesAhead(view, i) && !describesSomething(view, i)) {
        // "a port worker who saw it leave told …": the relative clause's own verb.
        if (inModifier && words[i - 1] === 'who') {
          relativeVerb = i;
          continue;
        }
        // "documents seen by Reuters show": a participle right after the head starts a post-modifier.
        if (i !== h + 1) return -1;
        inModifier = true;
        continue;
      }
      // "users suspected of …", "three people described as collaborators": a participle after its noun is
      // a passive, not the noun's claim, unless the phrase is an object ("what analysts described as").
      const passiveNext =
        (words[i + 1] === 'of' && !ACTIVE_OF_VERBS.has(w)) || words[i + 1] === 'by' || words[i + 1] === 'as';
      if (i === h + 1 && /ed$/.test(w) && passiveNext && !RELATIVES.has(words[phraseStart(view, h) - 1] ?? ''))
        return -1;
      // "Americans worried about immigration": an adjective after the noun, not a verb.
      if (i === h + 1 && ATTITUDE_ADJECTIVES.has(w) && ADJECTIVE_OBJECTS.has(words[i + 1] ?? '')) return -1;
      return i;
    }
    // "people who have worked with him described", "officials who were briefed on the plan said": the
    // auxiliaries after "who" belong to the relative clause, not to the head's own verb.
    if (inModifier && words[i - 1] === 'who' && (AUXILIARIES.has(w) || ADVERBS.has(w))) {
      const j = skipAuxiliaries(view, i);
      if (isVerb(words[j] ?? '', j)) return j;
      i = j;
      relativeVerb = j;
      continue;
    }
    if (inModifier && words[i - 1] === 'who' && !isVerb(w, i)) relativeVerb = i;
    // "officials subsequently told", "defenders today argue": any adverb right before the verb.
    if ((/^[a-z]{4,}ly$/.test(w) || TIME_WORDS.has(w)) && !inModifier && isVerb(words[i + 1] ?? '', i + 1)) continue;
    if (BE_FORMS.has(w) || AUXILIARIES.has(w) || ADVERBS.has(w)) {
      const j = skipAuxiliaries(view, i);
      if (ATTITUDE_ADJECTIVES.has(words[j] ?? '')) return j;
      // "advisers are said to …", "voters were told": a passive credits the subject with nothing.
      if (words.slice(i, j).some((x) => BE_FORMS.has(x)) && /(?:ed|en|said|told|thought|seen)$/.test(words[j] ?? ''))
        return -1;
      if (isVerb(words[j] ?? '', j)) {
        if (
          AS_VERBS.has(words[j]!) &&
          !hasAhead(view, j + 1, 'as', 8) &&
          !seesAhead(view, j) &&
          !describesSomething(view, j)
        )
          return -1;
        return j;
      }
      return -1;
    }
    if (!isWord(w) || CLAUSE_BREAKS.has(w)) return -1;
    if (i === h + 1) {
      // "figures released on Monday", "documents filed in court": a participle with its preposition.
      const participle =
        /^[a-z]{3,}ed$/.test(w) && (PREPOSITIONS.has(words[i + 1] ?? '') || TIME_WORDS.has(words[i + 1] ?? ''));
      if (!POSTMODIFIER_STARTS.has(w) && !participle) return -1;
      inModifier = true;
    } else if (!inModifier) return -1;
  }
  return -1;
}

export function hasAhead(view: SentenceView, from: number, word: string, within: number): boolean {
  for (let i = from; i < view.words.length && i < from + within; i++) {
    if (view.words[i] === word) return true;
    if (view.words[i] === '.' || view.words[i] === ';') return false;
  }
  return false;
}

/**
 * Whether a person's name is attached to the head at h: directly ("spokesman Ned Price") or as an
 * apposition after the head's modifiers ("a spokesperson for the State Department, Ned Price, said").
 */
export function nameAttached(view: SentenceView, h: number): boolean {
  if (personNameEnd(view, h + 1) > 0) return true;
  // "experts like Paul Bauman", "officials including Ned Price": named examples.
  const k = view.words[h + 1] === 'such' && view.words[h + 2] === 'as' ? h + 3 : h + 2;
  if (EXAMPLE_WORDS.has(view.words[h + 1] ?? '') && personNameEnd(view, k) > 0) return true;
  for (let i = h + 1; i < view.words.length && i <= h + MAX_GAP; i++) {
    const w = view.words[i]!;
    if (w === ',') {
      const end = personNameEnd(view, i + 1);
      if (end < 0) return false;
      const after = view.words[end];
      // "…, Andrew Pincus of the law firm Mayer Brown", "…, Ina Dahl, who …".
      return after === undefined || after === ',' || after === '.' || SPEECH_VERBS.has(after) || NAME_TAILS.has(after);
    }
    if (!isWord(w) || CLAUSE_BREAKS.has(w) || SPEECH_VERBS.has(w)) return false;
  }
  return false;
}

/** Whether a name (person or institution) appears in tokens [from, to). */
export function hasNameIn(view: SentenceView, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to && i < view.words.length; i++) if (isNameToken(view, i)) return true;
  return false;
}

const MAX_TAIL = 8;

/**
 * Last token of the phrase headed at h, through its "of …", "in …", "familiar with …" modifiers up to the
 * next punctuation; -1 when a verb comes first (the head is then the subject of a reported clause).
 */
export function phraseEnd(view: SentenceView, h: number): number {
  const words = view.words;
  let end = h;
  while (
    end + 1 < words.length &&
    end < h + MAX_TAIL &&
    isWord(words[end + 1]!) &&
    !PHRASE_STOPS.has(words[end + 1]!)
  ) {
    const w = words[end + 1]!;
    if (AUXILIARIES.has(w) || SPEECH_VERBS.has(w)) return -1;
    // "says meeting participants outlined a scenario": a past tense with its object is the clause's verb.
    if (/^[a-z]{3,}ed$/.test(w) && DETERMINERS.has(words[end + 2] ?? '')) return -1;
    end++;
  }
  return end;
}
