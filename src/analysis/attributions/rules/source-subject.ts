import { candidate, type Candidate } from '../candidate';
import { classifySource, hasMaker, mayBeHead } from '../heads';
import { inNamedContent, isObjectPosition, isReportedContent } from '../content';
import {
  ADVERBS,
  AUXILIARIES,
  CORE_SPEECH_VERBS,
  EVIDENCE_HEADS,
  EVIDENCE_VERBS,
  HYPOTHETICAL_MODALS,
  MEDIA_HEADS,
  NEGATIONS,
  NUMBER_HEADS,
  SPEECH_VERBS,
  STANCE_VERBS,
} from '../lexicon';
import { phraseStart, verbOfSubject } from '../phrase';
import type { SentenceView } from '../view';
import type { AttributionRule } from './rule';

/**
 * An unnamed source as the subject of a verb of saying or believing: "officials said", "many economists
 * say", "Iranian and Western officials interviewed by Reuters confirm", "studies show".
 */

/** The index just before the auxiliaries and adverbs that lead up to the verb at v. */
function auxiliaryChain(view: SentenceView, v: number): number {
  let i = v - 1;
  while (i >= 0 && (AUXILIARIES.has(view.words[i]!) || ADVERBS.has(view.words[i]!) || NEGATIONS.has(view.words[i]!)))
    i--;
  return i;
}

function find(view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  for (let h = 0; h < view.words.length; h++) {
    if (!mayBeHead(view, h)) continue;
    const head = view.words[h]!;
    const numbers = NUMBER_HEADS.has(head);
    const verb = verbOfSubject(view, h, EVIDENCE_HEADS.has(head) || MEDIA_HEADS.has(head) || numbers);
    if (verb < 0) continue;
    const from = phraseStart(view, h);
    let source = classifySource(view, from, h, CORE_SPEECH_VERBS.has(view.words[verb]!));
    if (!source) continue;
    // "figures" are people when they say, numbers when they show.
    if (numbers && EVIDENCE_VERBS.has(view.words[verb]!) && !SPEECH_VERBS.has(view.words[verb]!)) {
      // Like a study, they are identified by who made them ("figures published by Statistics Norway").
      if (hasMaker(view, from, h)) continue;
      source = 'VAGUE_EVIDENCE';
    }
    if (isReportedContent(view, from) || isObjectPosition(view, from)) continue;
    const chain = auxiliaryChain(view, verb);
    // "voters who say …", "a politician who will say whatever …", "members who support the union" define a
    // group or a kind of person; they credit nobody with a claim.
    if (view.words[chain] === 'who') continue;
    // "supporters say by 55%-41%": a poll's result.
    const next = view.words[verb + 1] ?? '';
    if (
      source === 'VAGUE_GROUP' &&
      (next === 'by' || /^\d/.test(next)) &&
      view.words.slice(verb + 1, verb + 5).some((x) => /%$|^percent$/.test(x))
    )
      continue;
    // "lawmakers have not said" credits no claim, and "officials could say" or "many would hope" is the
    // writer's guess; "few would argue" credits a group with a view on a claim (the news gold's convention).
    // Only the verb's own auxiliaries count: in "a colleague, who did not want to be identified, said" the
    // "not" is not its.
    const creditsView = source === 'VAGUE_GROUP' && STANCE_VERBS.has(view.words[verb]!);
    const hypothetical = (x: string): boolean => HYPOTHETICAL_MODALS.has(x) && !(x === 'would' && creditsView);
    if (view.words.slice(chain + 1, verb).some((x) => NEGATIONS.has(x) || x.endsWith("n't") || hypothetical(x)))
      continue;
    // A plural person noun takes "say", not "says": "many questions" is a noun phrase, not a clause.
    if (
      verb === h + 1 &&
      /(?:[^s]s|people)$/.test(view.words[h]!) &&
      /[^s]s$/.test(view.words[verb]!) &&
      source !== 'VAGUE_EVIDENCE' &&
      source !== 'SECONDHAND'
    )
      continue;
    if (source === 'VAGUE_GROUP' && inNamedContent(view, from)) continue;
    const adjacent = !view.words.slice(h + 1, verb).includes(',');
    out.push(candidate(view, from, adjacent ? verb : h, source, h));
  }
  return out;
}

export const sourceSubjects: AttributionRule = { id: 'source-subject', find };
