import type { AttributionCategory } from '../../types';
import { candidate, type Candidate } from '../candidate';
import { namedNext } from '../cataphora';
import { inNamedContent } from '../content';
import { labelSpans } from '../learned/labels';
import { appositionToName, classifySource, hasMaker, namedInCoordination } from '../heads';
import {
  ANAPHORIC,
  CONTENT_PREPOSITIONS,
  EVIDENCE_HEADS,
  EVIDENCE_VERBS,
  GENERIC_COLLECTIVES,
  KNOWN_SETS,
  MEASURED_SHARES,
  MEDIA_HEADS,
  PRONOUNS,
  QUANTIFIER_PRONOUNS,
  QUANTIFIERS,
  SOURCE_PREPOSITIONS,
  SPEECH_VERBS,
} from '../lexicon';
import { isCapitalized } from '../names';
import { isWord, nameAttached, phraseStart } from '../phrase';
import {
  isNamedHead,
  isSourceHeadWord,
  namedApposition,
  namedExamples,
  namesSomeone,
  sourceHead,
} from '../source-head';
import type { SentenceView } from '../view';
import type { AttributionRule } from './rule';

/**
 * Source phrases the learned tagger (learned/, trained on PolNeAR) marks as vague pass the same named-source
 * gate as the rules: a phrase whose head is a name, with a named apposition, a name attached or named
 * examples, whose name follows in the next sentence, or that a named person heads in a coordination, is
 * never flagged, whatever the weights say; nor is a phrase whose head is no source ("the campaign"), a
 * definite phrase pointing back ("the researchers"), or media and evidence with a named maker ("FEC
 * reports"). `gateRefusal` names the test that refuses a phrase (the eval counts misses by it), or null.
 */
export function gateRefusal(view: SentenceView, from: number, to: number): string | null {
  const { head, coreEnd } = sourceHead(view, from, to);
  const w = view.words[head]!;
  if (!isWord(w) || (from === head && PRONOUNS.has(w)) || !isSourceHeadWord(view, head)) return 'no source head';
  if (isNamedHead(view, head) || nameAttached(view, head) || appositionToName(view, from)) return 'named head';
  // A capital the recogniser left untyped is a name here, unless it only opens the sentence ("Doctors
  // Without Borders"; but "Critics said"): the weights never outvote a possible name.
  if (view.types[head] === null && isCapitalized(view, head) && (head > 0 || isCapitalized(view, head + 1)))
    return 'untyped capital';
  if (namedNext(view, from, head)) return 'named in the next sentence';
  if (namedExamples(view, head) || namedApposition(view, from, coreEnd, view.words.length))
    return 'named apposition or examples';
  const start = Math.min(from, phraseStart(view, head));
  if (namedInCoordination(view, start, head)) return 'named in a coordination';
  // The object of a preposition that introduces no source ("activists like …, among others") credits no
  // claim; "according to", "by" and "from" do. The tagger's span may hold the preposition itself.
  const introduced = (w: string): boolean => CONTENT_PREPOSITIONS.has(w) && !SOURCE_PREPOSITIONS.has(w);
  if (introduced(view.words[start - 1] ?? '') || introduced(view.words[start]!)) return 'object of a preposition';
  // A singular role with no article is headline style ("Lawmaker urges …"): the article names them below.
  if (start === head && !w.endsWith('s') && !/people$/.test(w) && !QUANTIFIER_PRONOUNS.has(w)) return 'bare singular';
  // Known sets and tallies ("both leaders", "no one", "1,000 supporters") and a source the text points back
  // to ("the researchers", "those documents": named or flagged where introduced) are left alone, as the
  // rules of words leave them; "the public" and "the media" point to no one.
  const phrase = view.words.slice(start, head + 1);
  if (KNOWN_SETS.has(phrase[0]!) || phrase[0] === 'no') return 'known set';
  if (phrase.some((x) => /\d/.test(x) || MEASURED_SHARES.has(x) || x === 'thousand' || x === 'hundred')) return 'tally';
  const quantified = phrase.some((x) => QUANTIFIERS.has(x));
  if (ANAPHORIC.has(phrase[0]!) && !quantified && !GENERIC_COLLECTIVES.has(w)) return 'points back';
  // The rules of words leave a phrase with a named party alone ("analysts at Goldman Sachs", "a spokeswoman
  // for Acme"): the doc's soft case of a named institution's people.
  // A name after the verb of saying or showing is in what is said, not in the source ("a diplomat said
  // Clinton …", "polls show voters trust Clinton").
  let party = head + 4;
  for (let k = head + 1; k <= party; k++) {
    const verb = view.words[k] ?? '';
    if (SPEECH_VERBS.has(verb) || EVIDENCE_VERBS.has(verb)) party = k - 1;
  }
  if (!classifySource(view, start, head, true) && namesSomeone(view, start, party)) return 'named party';
  if ((MEDIA_HEADS.has(w) || EVIDENCE_HEADS.has(w)) && hasMaker(view, start, head)) return 'named maker';
  // "Hester said parents still want …": a group inside a named speaker's statement is what is reported,
  // as source-subject reads it.
  if (sourceCategory(view, from, to) === 'VAGUE_GROUP' && inNamedContent(view, from)) return 'in a named statement';
  return null;
}

/** The category of a vague source phrase, from its head and modifiers. */
function sourceCategory(view: SentenceView, from: number, to: number): AttributionCategory {
  const { head } = sourceHead(view, from, to);
  const known = classifySource(view, from, head, true);
  if (known) return known;
  const w = view.words[head]!;
  if (EVIDENCE_HEADS.has(w)) return 'VAGUE_EVIDENCE';
  if (MEDIA_HEADS.has(w)) return 'SECONDHAND';
  const quantified = view.words.slice(from, head + 1).some((x) => QUANTIFIERS.has(x));
  return quantified || /(?:s|people)$/.test(w) ? 'VAGUE_GROUP' : 'ANON_SOURCE';
}

function find(view: SentenceView): Candidate[] {
  if (!view.learned) return [];
  const out: Candidate[] = [];
  for (const { kind, from, to } of labelSpans(view.learned)) {
    if (kind !== 'source' || gateRefusal(view, from, to) !== null) continue;
    const source = sourceCategory(view, from, to);
    // The doc's span: the source phrase with its verb when they are adjacent ("officials said").
    const end = SPEECH_VERBS.has(view.words[to + 1] ?? '') ? to + 1 : to;
    out.push(candidate(view, from, end, source, sourceHead(view, from, to).head));
  }
  return out;
}

export const learnedSources: AttributionRule = { id: 'learned-source', find };
