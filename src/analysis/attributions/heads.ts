import type { AttributionCategory } from '../types';
import {
  ACCESS_CLAUSE_STARTS,
  ACCESS_HEADS,
  ACCESS_VERBS,
  ACCESS_WORDS,
  ADVERBS,
  ANAPHORIC,
  ANON_HEADS,
  APPOSITION_MARKS,
  ARTICLES,
  AUXILIARIES,
  CLAUSE_BREAKS,
  COUNTING_WORDS,
  DEFINITE,
  DETERMINERS,
  EVIDENCE_HEADS,
  EVIDENCE_VERBS,
  EXAMPLE_WORDS,
  EVIDENCE_REPORT_MODIFIERS,
  GENERIC_COLLECTIVES,
  OWNER_DETERMINERS,
  GROUP_HEADS,
  GROUP_MEMBERS,
  HOLDING_PARTICIPLES,
  INDEFINITE_DETERMINERS,
  isNationalityPlural,
  isPersonNoun,
  KNOWN_SETS,
  MAKER_PREPOSITIONS,
  MASS_SOURCE_NOUNS,
  MEASURED_SHARES,
  MEDIA_HEADS,
  MEDIA_MODIFIERS,
  NAMED_COLLECTIVES,
  NP_ENDERS,
  PLACE_PREPOSITIONS,
  POSTMODIFIER_STARTS,
  QUANTIFIER_PRONOUNS,
  QUANTIFIERS,
  SPEECH_VERBS,
  STAFF_HEADS,
  STAFF_PREPOSITIONS,
} from './lexicon';
import { isCapitalized, isNameToken } from './names';
import { isOutletName } from './outlets';
import { namedNext } from './cataphora';
import { hasNameIn, isWord, nameAttached } from './phrase';
import type { SentenceView } from './view';

/**
 * Decides what an unnamed source phrase is, from its head noun and its modifiers, and whether it is vague
 * at all: a name attached to it, a named maker ("a study by Harvard"), or a definite article that points
 * back to a source already introduced makes it not a new vague source.
 */

function isAccessPhrase(view: SentenceView, h: number): boolean {
  const next = view.words[h + 1] ?? '';
  if (ACCESS_WORDS.has(next)) return true;
  // "people in attendance", "someone in the room".
  if (
    next === 'in' &&
    (view.words[h + 2] === 'attendance' || (view.words[h + 2] === 'the' && view.words[h + 3] === 'room'))
  )
    return true;
  if (next === 'with')
    return /^(?:direct |first-hand |intimate )?knowledge$/.test(
      view.words
        .slice(h + 2, h + 4)
        .join(' ')
        .replace(/ of$/, ''),
    );
  if (!ACCESS_CLAUSE_STARTS.has(next)) return false;
  if (
    /^(?:who (?:spoke|requested|asked|declined|was not|were not|are not|is not|insisted))/.test(
      view.words.slice(h + 1, h + 4).join(' '),
    )
  )
    return true;
  // "people who have worked with him", "four people who attended the meeting", "those who know her":
  // acquaintance or presence is access. "people who want …" or "people who live here" is a group.
  let v = h + 2;
  while (v < view.words.length && (AUXILIARIES.has(view.words[v]!) || ADVERBS.has(view.words[v]!))) v++;
  return next === 'who' && (ACCESS_VERBS.has(view.words[v] ?? '') || ACCESS_WORDS.has(view.words[v] ?? ''));
}

/**
 * A name before the head ("a WikiLeaks document", "a CNN report") or after it ("a study by Harvard", "exit
 * polls reported by CNN"), or named examples ("three recent polls, including one from Monmouth University").
 */
export function hasMaker(view: SentenceView, from: number, h: number): boolean {
  if (hasNameIn(view, from, h)) return true;
  for (let i = h + 1; i < view.words.length && i <= h + 8; i++) {
    const w = view.words[i]!;
    if (w === ',' && EXAMPLE_WORDS.has(view.words[i + 1] ?? '')) return hasNameIn(view, i + 2, i + 6);
    // A verb of saying or showing ends the phrase ("polls show voters trust Clinton more than any of the …"),
    // but its participle before "by" leads to the maker ("reported (previously) by The Post").
    const verb = SPEECH_VERBS.has(w) || EVIDENCE_VERBS.has(w);
    if (verb && w.endsWith('ed') && view.words[ADVERBS.has(view.words[i + 1] ?? '') ? i + 2 : i + 1] === 'by') continue;
    // "by Harvard", "from the agency's watchdog", "for presidential candidate Hillary Clinton", "from his tax return".
    // "seen by Reuters", "obtained by the Post": who holds the document does not identify it.
    if (
      MAKER_PREPOSITIONS.has(w) &&
      !HOLDING_PARTICIPLES.has(view.words[i - 1]!) &&
      (view.words[i + 1] === 'the' || OWNER_DETERMINERS.has(view.words[i + 1] ?? '') || hasNameIn(view, i + 1, i + 5))
    )
      return true;
    if (!isWord(w) || CLAUSE_BREAKS.has(w) || verb) return false;
  }
  return false;
}

// "some say", "many of whom say": a quantifier is the whole phrase only before its verb, "of whom" or a place;
// in "many of the examples" or "many questions" it is a determiner.
function standsAlone(view: SentenceView, h: number): boolean {
  const next = view.words[h + 1] ?? '';
  // "some who advocate free speech argue".
  if (next === 'who') return true;
  if (next === 'of') return /^(?:whom|them|those|us)$/.test(view.words[h + 2] ?? '');
  // "many in Washington believe", "some on the left argue".
  if (PLACE_PREPOSITIONS.has(next)) return true;
  return !POSTMODIFIER_STARTS.has(next) && !(/^[a-z]{2,}[^s]s$/.test(next) && !AUXILIARIES.has(next));
}

// An apposition to a name before the phrase: "John Bentel, a tech staffer at the State Department". An
// apposition has its own article; "at Ground Zero, sources said" is a new clause.
export function appositionToName(view: SentenceView, from: number): boolean {
  // The phrase may start after its article when its modifiers are many ("a banker and former … official").
  const s = ARTICLES.has(view.words[from]!) ? from : ARTICLES.has(view.words[from - 1] ?? '') ? from - 1 : -1;
  if (s <= 1 || !APPOSITION_MARKS.has(view.words[s - 1]!)) return false;
  // "Sen. Kristen Gillibrand (D-NY), a supporter of …": the party label sits between name and apposition.
  let n = s - 2;
  if (view.words[n] === ')') {
    while (n > 0 && view.words[n] !== '(' && s - n < 8) n--;
    n--;
  }
  return n >= 0 && isNameToken(view, n) && view.types[n] !== 'PLACE';
}

// "Mr. Xi and other leaders have said": a named person heads the coordination and answers for it.
// "Edwards and others said", "Joseph and other community members": the coordination may also start before
// the phrase.
export function namedInCoordination(view: SentenceView, from: number, h: number): boolean {
  for (let i = from; i < h; i++) if (view.words[i] === 'and' && i > from && isParty(view, i - 1)) return true;
  const and = view.words[from - 1] === 'other' || view.words[from - 1] === 'fellow' ? from - 2 : from - 1;
  return and >= 1 && view.words[and] === 'and' && isParty(view, and - 1);
}
// A capital at the start of a sentence names a party only when the recogniser says so ("Regulators and …").
/** A source phrase named after all: a name attached to its head, in apposition, in the next sentence or heading
 * its coordination. */
function namedAfterAll(view: SentenceView, from: number, h: number): boolean {
  return (
    nameAttached(view, h) ||
    appositionToName(view, from) ||
    namedNext(view, from, h) ||
    namedInCoordination(view, from, h)
  );
}

function isParty(view: SentenceView, i: number): boolean {
  if (i === 0) return view.types[0] === 'PERSON' || view.types[0] === 'ORG';
  return isNameToken(view, i) && !isProperAdjectiveLike(view, i);
}
function isProperAdjectiveLike(view: SentenceView, i: number): boolean {
  return view.types[i] === 'GROUP' || view.types[i] === 'PLACE';
}

// "an analyst said", "one economist, who …": the singular is the head only when the noun phrase ends there;
// in "a voter list" or "a local news site" it is a modifier.
function endsNounPhrase(view: SentenceView, h: number): boolean {
  const next = view.words[h + 1] ?? '.';
  return (
    !isWord(next) ||
    POSTMODIFIER_STARTS.has(next) ||
    SPEECH_VERBS.has(next) ||
    AUXILIARIES.has(next) ||
    ADVERBS.has(next) ||
    CLAUSE_BREAKS.has(next) ||
    NP_ENDERS.has(next)
  );
}

// "analysts at JPMorgan": a named institution's staff speak for it, like its unnamed spokespeople.
function staffOfNamedInstitution(view: SentenceView, h: number): boolean {
  if (!STAFF_HEADS.has(view.words[h]!) || !STAFF_PREPOSITIONS.has(view.words[h + 1] ?? '')) return false;
  const n = view.words[h + 2] === 'the' ? h + 3 : h + 2;
  return isNameToken(view, n) && view.types[n] !== 'PLACE' && view.types[n] !== 'GROUP' && view.types[n] !== 'PERSON';
}

/** A cheap test run on every token before the costlier checks: can this word head a source phrase? */
export function mayBeHead(view: SentenceView, h: number): boolean {
  const w = view.words[h]!;
  return (
    ANON_HEADS.has(w) ||
    GROUP_HEADS.has(w) ||
    GROUP_MEMBERS.has(w) ||
    isPersonNoun(w) ||
    ACCESS_HEADS.has(w) ||
    MEDIA_HEADS.has(w) ||
    EVIDENCE_HEADS.has(w) ||
    QUANTIFIER_PRONOUNS.has(w) ||
    GENERIC_COLLECTIVES.has(w) ||
    (w.endsWith('s') && isCapitalized(view, h))
  );
}

// A person or institution named among the modifiers; a place ("one California delegate") or a capital that
// only starts the sentence ("Corporate lobbyists") is no party.
function namesAParty(view: SentenceView, from: number, h: number): boolean {
  for (let i = from; i < h; i++) if (isParty(view, i) && view.types[i] !== 'PLACE') return true;
  return false;
}
function speaksForNamed(view: SentenceView, h: number): boolean {
  if (!STAFF_PREPOSITIONS.has(view.words[h + 1] ?? '') && view.words[h + 1] !== 'for') return false;
  const n = view.words[h + 2] === 'the' ? h + 3 : h + 2;
  return isNameToken(view, n) && view.types[n] !== 'PLACE';
}

/**
 * Any other person noun, indefinite or counted or a bare plural: "a union representative told", "two
 * engineers on the project", "several club captains have told". Only for callers whose verb is a plain
 * verb of saying (see CORE_SPEECH_VERBS), since the noun is known only by its ending.
 */
function genericSource(view: SentenceView, from: number, h: number): AttributionCategory | null {
  const w = view.words[h]!;
  if (!isPersonNoun(w) || !endsNounPhrase(view, h)) return null;
  // A capital is a name. At the start of a sentence only endings no surname has stand for a group
  // ("Fishermen said", "Economists …"); "Sanders said" and "Peters said" are people.
  if (isCapitalized(view, h) && !(h === 0 && view.types[h] === null && /(?:ists|ians|ees|men|-\w+s)$/.test(w)))
    return null;
  const phrase = view.words.slice(from, h);
  const first = view.words[from]!;
  // Counted shares ("a plurality of refugees") and members of a known set ("some of the women").
  if (
    phrase.some((x, k) => /\d/.test(x) || MEASURED_SHARES.has(x) || (x === 'of' && DEFINITE.has(phrase[k + 1] ?? '')))
  )
    return null;
  if (namedAfterAll(view, from, h)) return null;
  // "a representative for Mr. Pinchuk", "lawyers with the CARA project", "Cornerstone representatives": people
  // speaking for a named party, like its unnamed spokespeople (a soft case).
  if (namesAParty(view, from, h) || speaksForNamed(view, h)) return null;
  // "both candidates", "all three", "whose attorneys": a known set.
  if (KNOWN_SETS.has(first) || view.words[from - 1] === 'whose') return null;
  if (INDEFINITE_DETERMINERS.has(first) || COUNTING_WORDS.has(first)) return 'ANON_SOURCE';
  if (phrase.some((x) => QUANTIFIERS.has(x))) return 'VAGUE_GROUP';
  const plural = w.endsWith('s') || /(?:men|people)$/.test(w);
  const bare = plural && !phrase.some((x) => DETERMINERS.has(x) || x === "'s");
  return bare ? 'VAGUE_GROUP' : null;
}

/**
 * Classifies the phrase [from, h] with head h. Returns null when the head is not a source head or the
 * phrase is named.
 */
export function classifySource(
  view: SentenceView,
  from: number,
  h: number,
  generic = false,
): AttributionCategory | null {
  const w = view.words[h]!;
  const type = view.types[h];
  if (type === 'PERSON' || type === 'ORG' || type === 'PLACE') return null;
  const first = view.words[from]!;
  // "The public is skeptical", "the media reported", "the political establishment": definite, yet no one in
  // particular; "the Russian media" too, as a demonym names no outlet.
  if (GENERIC_COLLECTIVES.has(w) && first === 'the' && !hasNameIn(view, from, h))
    return MEDIA_HEADS.has(w) ? 'SECONDHAND' : 'VAGUE_GROUP';
  const definite = DEFINITE.has(first) || view.words.slice(from, h).includes("'s");
  const quantified =
    view.words.slice(from, h).some((x) => QUANTIFIERS.has(x)) || (from === h && QUANTIFIER_PRONOUNS.has(w));
  const singular = !w.endsWith('s');

  if (ACCESS_HEADS.has(w) && isAccessPhrase(view, h)) {
    return nameAttached(view, h) || appositionToName(view, from) ? null : 'ANON_SOURCE';
  }
  // "those who back her opponents say": a group defined by what it does.
  if (w === 'those' && from === h && view.words[h + 1] === 'who') return 'VAGUE_GROUP';
  if (ANON_HEADS.has(w)) {
    // "Mr. Autor and his colleagues found": the named author's own team.
    if (view.words[from - 1] === 'and' && /^(?:his|her|their)$/.test(first) && isNameToken(view, from - 2)) return null;
    // "a major source of the gases": a source of something is an origin, not an informant.
    if (w.startsWith('source') && view.words[h + 1] === 'of') return null;
    if (namedAfterAll(view, from, h)) return null;
    // An unnamed spokesperson of a named institution speaks for it: a soft case, left alone.
    if (w.startsWith('spokes') && (hasNameIn(view, from, h) || hasMaker(view, from, h))) return null;
    // "the official", "those aides" point back to a source already introduced: named, or flagged where
    // it was introduced. "His advisers" are new, unnamed people.
    if (ANAPHORIC.has(first) && !quantified) return null;
    // A singular role with no article is headline style ("Lawmaker urges …"); the article names them below.
    if (singular && !INDEFINITE_DETERMINERS.has(first) && !definite && !quantified) return null;
    return quantified && (w === 'members' || w === 'people') ? 'VAGUE_GROUP' : 'ANON_SOURCE';
  }
  // "one analyst, who asked not to be named, said", "an economist said": one unnamed person of a group.
  if (GROUP_MEMBERS.has(w) && INDEFINITE_DETERMINERS.has(first) && !quantified && endsNounPhrase(view, h)) {
    if (
      nameAttached(view, h) ||
      appositionToName(view, from) ||
      namedNext(view, from, h) ||
      staffOfNamedInstitution(view, h)
    )
      return null;
    return 'ANON_SOURCE';
  }
  // A nationality stands alone: next to another capitalised word it is part of a name.
  const nationality =
    isCapitalized(view, h) &&
    (isNationalityPlural(view.tokens[h]!.text) || (type === 'GROUP' && w.endsWith('s'))) &&
    !(h > 0 && isCapitalized(view, h - 1) && h - 1 !== 0) &&
    !isCapitalized(view, h + 1);
  const pronoun = from === h && QUANTIFIER_PRONOUNS.has(w);
  if (pronoun && !standsAlone(view, h)) return null;
  if ((GROUP_HEADS.has(w) || nationality || pronoun) && !NAMED_COLLECTIVES.has(w)) {
    if (definite || nameAttached(view, h) || staffOfNamedInstitution(view, h) || namedInCoordination(view, from, h))
      return null;
    const phrase = view.words.slice(from, h);
    // Digits count the group ("1,409 teachers said"): a tally, usually a poll's, not a vague group. An
    // amount of money is not a count ("the $20 million experts say it costs").
    const counted = phrase.some((x, k) => /\d/.test(x) && !/^[$\u20ac\u00a3]$/.test(view.words[from + k - 1] ?? ''));
    if (counted || phrase.some((x) => MEASURED_SHARES.has(x) || /(?:thirds?|quarters?|fifths?)$/.test(x))) return null;
    // Bare "people" is everyone ("what people want"); "local people", "many people" are a group.
    if (w === 'people' && from === h) return null;
    // "many economists", or a bare plural: "Tunisians worry", "critics argue".
    const bare = from === h || !view.words.slice(from, h).some((x) => x === 'a' || x === 'an' || x === 'the');
    return quantified || bare ? 'VAGUE_GROUP' : null;
  }
  const evidence = EVIDENCE_HEADS.has(w);
  const media = MEDIA_HEADS.has(w);
  if (!evidence && !media)
    return generic && !GROUP_HEADS.has(w) && !ANON_HEADS.has(w) ? genericSource(view, from, h) : null;
  // "News reports said" at the start of a sentence is no outlet: an outlet's name has a name token in it.
  const outlet =
    hasNameIn(view, from, h + 1) &&
    isOutletName(
      view.tokens
        .slice(from, h + 1)
        .map((t) => t.text)
        .join(' ')
        .replace(/^(?:a|an)\s+/i, ''),
    );
  if (definite || hasMaker(view, from, h) || outlet) {
    return null;
  }
  // A singular report, site or study needs "a/an" or a quantifier to be unidentified.
  if (singular && !MASS_SOURCE_NOUNS.has(w) && !quantified && !INDEFINITE_DETERMINERS.has(first)) return null;
  const modifiers = view.words.slice(from, h).filter((x) => !DETERMINERS.has(x));
  const report = w === 'report' || w === 'reports';
  const intelligence = report && modifiers.some((x) => EVIDENCE_REPORT_MODIFIERS.has(x));
  // "fundraising reports" are filings, not press coverage: a modified report must be a media one.
  if (
    report &&
    modifiers.length > 0 &&
    !intelligence &&
    !modifiers.some((x) => MEDIA_MODIFIERS.has(x) || QUANTIFIERS.has(x))
  )
    return null;
  return evidence || intelligence ? 'VAGUE_EVIDENCE' : 'SECONDHAND';
}
