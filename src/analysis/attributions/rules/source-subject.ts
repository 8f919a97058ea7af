import { candidate } from '../candidate';
import { classifySource } from '../heads';
import { EVIDENCE_VERBS, SPEECH_VERBS } from '../lexicon';
import { phraseStart, verbOfSubject } from '../phrase';
import type { SentenceView } from '../view';
import type { RuleContext } from './context';

/**
 * An unnamed source as the subject of a verb of saying or believing: "officials said", "many economists
 * say", "Iranian and Western officials interviewed by Reuters confirm", "studies show".
 */
function isReportedContent(view: SentenceView, from: number): boolean {
  for (let i = 1; i < from; i++) {
    if (view.words[i] === 'that' && (SPEECH_VERBS.has(view.words[i - 1]!) || EVIDENCE_VERBS.has(view.words[i - 1]!))) return true;
  }
  return false;
}

export function sourceSubjects(view: SentenceView, ctx: RuleContext): void {
  for (let h = 0; h < view.words.length; h++) {
    const verb = verbOfSubject(view, h);
    if (verb < 0) continue;
    const from = phraseStart(view, h);
    const source = classifySource(view, from, h);
    if (!source) continue;
    if (source.anaphoric && ctx.anonSeen) continue;
    // Inside the content of another attribution ("results suggest that most voters support …") the
    // group is what is reported, not who reports it.
    if (isReportedContent(view, from)) continue;
    const adjacent = !view.words.slice(h + 1, verb).includes(',');
    ctx.out.push(candidate(view, from, adjacent ? verb : h, source.category, h));
    if (source.category === 'ANON_SOURCE') ctx.anonSeen = true;
  }
}
