import type { Sentence } from '../text/sentences';
import type { Attribution, AttributionCategory, Entity } from '../types';
import type { Candidate } from './candidate';
import { hasNamedSpeaker } from './named-speaker';
import { speakerQuotes } from './quotes';
import { accordingTo } from './rules/according-to';
import { agentlessPassives } from './rules/agentless';
import { anonymityPhrases } from './rules/anonymity';
import type { RuleContext } from './rules/context';
import { groupPhrases } from './rules/group-phrases';
import { reportiveHedges } from './rules/hedges';
import { outletRelays } from './rules/outlet-relays';
import { relativeSources } from './rules/relative-source';
import { sourceInversions } from './rules/source-inverted';
import { sourceSubjects } from './rules/source-subject';
import { CATEGORY_TEXTS } from './texts';
import { buildViews, mentionRanges, type TypedRange } from './view';

export { CATEGORY_TEXTS, type CategoryText } from './texts';

// When two flags overlap, the more specific one stays.
const PRIORITY: Record<AttributionCategory, number> = {
  ANON_SOURCE: 6,
  VAGUE_GROUP: 5,
  SECONDHAND: 4,
  VAGUE_EVIDENCE: 4,
  HEDGE_REPORT: 3,
  AGENTLESS: 2,
  OUTLET_RELAY: 1,
};

function personLookup(mentions: TypedRange[]): (offset: number) => boolean {
  const spans = mentions.filter((m) => m.type === 'PERSON');
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = spans[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of candidates.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const prev = kept[kept.length - 1];
    if (!prev || c.start >= prev.end) kept.push(c);
    else if (PRIORITY[c.category] > PRIORITY[prev.category]) kept[kept.length - 1] = c;
  }
  return kept;
}

/**
 * Finds the attributions whose source the reader cannot identify, plus relays through named outlets.
 * Offsets are UTF-16 code units into `text`; `sentences` come from splitSentences(text) and `entities`
 * from the entity recogniser (an empty list works, with capitalisation standing in for names).
 */
export function detectAttributions(text: string, sentences: Sentence[], entities: Entity[]): Attribution[] {
  const mentions = mentionRanges(entities);
  const isQuoted = speakerQuotes(text, personLookup(mentions));
  const views = buildViews(text, sentences, mentions, isQuoted);
  const ctx: RuleContext = { out: [] };
  const candidates: Candidate[] = [];
  for (const view of views) {
    ctx.out = [];
    sourceSubjects(view, ctx);
    sourceInversions(view, ctx);
    accordingTo(view, ctx);
    relativeSources(view, ctx);
    groupPhrases(view, ctx);
    anonymityPhrases(view, ctx);
    reportiveHedges(view, ctx);
    outletRelays(view, ctx);
    const named = hasNamedSpeaker(view);
    for (const c of ctx.out.splice(0)) {
      if (isQuoted(c.anchor)) continue;
      candidates.push(c);
    }
    agentlessPassives(view, ctx);
    if (!named) candidates.push(...ctx.out.filter((c) => !isQuoted(c.anchor)));
  }
  return resolveOverlaps(candidates).map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    category: c.category,
    explanation: CATEGORY_TEXTS[c.category].explanation,
    question: CATEGORY_TEXTS[c.category].question,
  }));
}
