import {
  ADVERBS,
  AGENTLESS_PARTICIPLES,
  AS_VERBS,
  ATTITUDE_ADJECTIVES,
  ATTITUDE_NOUNS,
  BE_FORMS,
  CALL_VERBS,
  COMPLEMENTS,
  EVIDENCE_HEADS,
  EVIDENCE_VERBS,
  GENERIC_COLLECTIVES,
  HEDGE_ADVERBS,
  HEDGE_PASSIVES,
  HYPOTHETICAL_MODALS,
  JUDGEMENT_COMPLEMENTS,
  JUDGEMENT_VERBS,
  MEASURED_SHARES,
  MEDIA_HEADS,
  NAMED_COLLECTIVES,
  PARENTHETICAL_PARTICIPLES,
  POSSESSIVES,
  QUANTIFIER_PRONOUNS,
  QUANTIFIERS,
  REDUCED_RELATIVES,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  STAFF_HEADS,
  THAT_VERBS,
} from '../../src/analysis/attributions/lexicon';
import { nameAttached } from '../../src/analysis/attributions/phrase';
import {
  isNamedHead,
  isPersonLike,
  namedApposition,
  namedExamples,
  namesSomeone,
  sourceHead,
} from '../../src/analysis/attributions/source-head';
import type { SentenceView } from '../../src/analysis/attributions/view';
import type { Span } from '../../src/analysis/types';
import type { PolnearArticle } from './polnear';

/**
 * Vague-attribution labels derived from PolNeAR's annotations, under the conventions of
 * shared/docs/vague-attributions.md (the derivation is written out in train/vague/README.md):
 *  - a Source whose head is a name, or that has a named apposition, is NAMED: never to be flagged;
 *  - a Source whose head is an unnamed person or group, or unnamed media or evidence, is a VAGUE source
 *    when its cue is one of saying, believing or judging (not an act: "filed", "voted") and no modal makes
 *    it hypothetical;
 *  - a Cue with no Source that is a passive of saying, believing or expecting, or a reportive adverb, is
 *    AGENTLESS;
 *  - everything else PolNeAR marks (pronouns, definite descriptions, unnamed institutions, poll tallies,
 *    named collectives, sources inside a speaker's quote, cues such as "seemed" or "asked") is SOFT:
 *    neither rewarded nor penalised when scored, and no positive example when trained.
 */
export type DerivedLabel = 'vague-source' | 'agentless' | 'named' | 'soft';

export interface DerivedSpan extends Span {
  label: DerivedLabel;
  /** Why, in a few words: printed by the hand check (train/vague/check-labels.ts). */
  reason: string;
  /** The span as token indices of its sentence (inclusive), clipped to the sentence it starts in. */
  view: SentenceView;
  from: number;
  to: number;
}

const PRONOUN_SOURCES = new Set(
  `he she they it we i you who whom which that him her them us me this these those one another both each all
  either neither`.split(/\s+/),
);
const ANAPHORIC = new Set(['the', 'this', 'that', 'these', 'those']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'representative']);
const ACCESS_FOLLOWERS = new Set(['who', 'close', 'familiar', 'in', 'at', 'with', 'inside', 'within', 'among']);
const CLAIM_CUES = new Set(
  `according citing per view views belief claim claims cast interpret interpreted consider considers considered
  unease alarm alarms angry furious upset`.split(/\s+/),
);

/** The sentence view and token range a span covers, clipped to the sentence it starts in. */
function locate(views: SentenceView[], span: Span): { view: SentenceView; from: number; to: number } | null {
  let lo = 0;
  let hi = views.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const tokens = views[mid]!.tokens;
    if (tokens.length === 0 || span.start >= tokens[tokens.length - 1]!.end) lo = mid + 1;
    else if (span.start < tokens[0]!.start) hi = mid - 1;
    else {
      const view = views[mid]!;
      let from = 0;
      while (from < tokens.length && tokens[from]!.end <= span.start) from++;
      let to = from;
      while (to + 1 < tokens.length && tokens[to + 1]!.start < span.end) to++;
      return from < tokens.length ? { view, from, to } : null;
    }
  }
  return null;
}

// "wondering", "believing": the verb's own forms.
const stems = (w: string): string[] => [w, w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/ing$/, 's')];

/** Whether PolNeAR's cue credits a claim, belief or judgement: not an act ("filed", "voted", "boo"). */
function isClaimCue(words: string[]): boolean {
  return words.some(
    (w) =>
      stems(w).some((x) => SPEECH_VERBS.has(x)) ||
      THAT_VERBS.has(w) ||
      JUDGEMENT_VERBS.has(w) ||
      AS_VERBS.has(w) ||
      EVIDENCE_VERBS.has(w) ||
      CALL_VERBS.has(w) ||
      ATTITUDE_ADJECTIVES.has(w) ||
      ATTITUDE_NOUNS.has(w) ||
      SPEECH_PARTICIPLES.has(w) ||
      CLAIM_CUES.has(w),
  );
}

/** Labels one Source span (token range [from, to] of its sentence). */
export function sourceLabel(view: SentenceView, from: number, to: number): [DerivedLabel, string] {
  const words = view.words;
  if (view.quoted[from]) return ['soft', "in a speaker's quote"];
  const { head: h, coreEnd } = sourceHead(view, from, to);
  const head = words[h]!;
  if (isNamedHead(view, h)) return ['named', 'the head is a name'];
  if (namedApposition(view, from, coreEnd, to)) return ['named', 'a named apposition'];
  if (namedExamples(view, h)) return ['named', 'named examples'];
  if (nameAttached(view, h)) return ['named', 'a name attached'];
  // "Mr. Rubio and his advisers": the named person answers for the coordination.
  for (let k = from; k < h; k++) {
    if (view.types[k] === 'PERSON' && words[k + 1] === 'and') return ['named', 'a named person coordinated'];
  }
  if (from === h && head === 'those' && ACCESS_FOLLOWERS.has(words[h + 1] ?? ''))
    return ['vague-source', 'those who / close to'];
  if (from === h && PRONOUN_SOURCES.has(head)) return ['soft', 'a pronoun'];
  // "They and their supporters": whoever the pronoun points to answers for the coordination.
  if (PRONOUN_SOURCES.has(words[from]!) && words.slice(from, h).includes('and'))
    return ['soft', 'a pronoun coordinated'];
  if (from === h && QUANTIFIER_PRONOUNS.has(head)) return ['vague-source', 'a quantifier alone'];
  const phrase = words.slice(from, h + 1);
  if (phrase.some((x) => /\d/.test(x) || MEASURED_SHARES.has(x))) return ['soft', 'a counted share'];
  const first = words[from]!;
  const quantified = phrase.some((x) => QUANTIFIERS.has(x));
  if (ANAPHORIC.has(first) && !quantified) {
    return GENERIC_COLLECTIVES.has(head) ? ['vague-source', 'a generic collective'] : ['soft', 'a definite phrase'];
  }
  const possessive = POSSESSIVE_PRONOUNS.has(first) || phrase.slice(0, -1).some((x) => POSSESSIVES.has(x));
  if (possessive && !isPersonLike(view, h)) {
    return namesSomeone(view, from, h - 1) ? ['named', "a named party's institution"] : ['soft', 'a possessed thing'];
  }
  if (SPOKESPEOPLE.has(head) && namesSomeone(view, from, to)) return ['soft', 'a named party’s spokesperson'];
  if (STAFF_HEADS.has(head) && /^(?:at|from|of|with)$/.test(words[h + 1] ?? '') && namesSomeone(view, h + 2, to))
    return ['soft', 'staff of a named institution'];
  if (NAMED_COLLECTIVES.has(head) && !quantified) return ['soft', 'a named collective'];
  if (MEDIA_HEADS.has(head) || EVIDENCE_HEADS.has(head)) {
    return namesSomeone(view, from, to) ? ['named', 'a named maker'] : ['vague-source', 'unnamed media or evidence'];
  }
  if (isPersonLike(view, h)) return ['vague-source', 'unnamed people'];
  return ['soft', 'not a person'];
}

/** Labels one Cue of an attribution with no Source. */
export function cueLabel(view: SentenceView, from: number, to: number): [DerivedLabel, string] {
  const words = view.words;
  if (view.quoted[from]) return ['soft', "in a speaker's quote"];
  if (from === to && HEDGE_ADVERBS.has(words[from]!) && words[from] !== 'so-called')
    return ['agentless', 'a reportive adverb'];
  let p = to;
  while (p >= from && !AGENTLESS_PARTICIPLES.has(words[p]!) && !HEDGE_PASSIVES.has(words[p]!)) p--;
  if (p < from) return ['soft', 'no verb of saying or believing'];
  const participle = words[p]!;
  const next = words[p + 1] ?? '';
  // "seen as" judges, "seen shaking hands" is sight; "argued that" reports, "argued in December" is a case.
  const complements = /^(?:considered|deemed)$/.test(participle) ? JUDGEMENT_COMPLEMENTS : COMPLEMENTS.get(participle);
  if (complements && !complements.has(next)) return ['soft', 'no complement of saying'];
  let b = p - 1;
  while (b >= 0 && ADVERBS.has(words[b]!)) b--;
  if (b >= 0 && BE_FORMS.has(words[b]!)) return ['agentless', 'a passive'];
  if (
    (REDUCED_RELATIVES.has(words[p]!) || PARENTHETICAL_PARTICIPLES.has(words[p]!)) &&
    (next === 'as' || next === 'to')
  )
    return ['agentless', 'a reduced relative'];
  return ['soft', 'not a passive'];
}

/** Every PolNeAR Source and no-source Cue of an article, labelled; `views` from sentenceViews(). */
export function deriveLabels(article: PolnearArticle, views: SentenceView[]): DerivedSpan[] {
  const out: DerivedSpan[] = [];
  for (const a of article.attributions) {
    const span = a.source ? a.source[0]! : a.cue[0]!;
    const at = locate(views, span);
    if (!at) continue;
    let [label, reason] = a.source ? sourceLabel(at.view, at.from, at.to) : cueLabel(at.view, at.from, at.to);
    if (label === 'vague-source') [label, reason] = claimOf(views, a.cue) ?? [label, reason];
    const fragments = a.source ?? a.cue;
    for (const f of fragments) out.push({ start: f.start, end: f.end, label, reason, ...at });
    if (a.source) out.push(...hedgesIn(views, a.cue));
  }
  return out;
}

/** A vague source's cue must credit a claim, and not a hypothetical one ("would resist", "may recall"). */
function claimOf(views: SentenceView[], cue: Span[]): [DerivedLabel, string] | null {
  const at = locate(views, cue[0]!);
  if (!at) return ['soft', 'cue not found'];
  const words = at.view.words.slice(at.from, at.to + 1);
  if (!isClaimCue(words)) return ['soft', 'an act, not a claim'];
  const before = at.view.words.slice(Math.max(0, at.from - 2), at.from);
  if ([...before, ...words].some((w) => HYPOTHETICAL_MODALS.has(w) || w === 'should')) return ['soft', 'hypothetical'];
  return null;
}

// "Trump reportedly said": the hedge is vague even when PolNeAR gives the attribution a source.
function hedgesIn(views: SentenceView[], cue: Span[]): DerivedSpan[] {
  const out: DerivedSpan[] = [];
  for (const f of cue) {
    const at = locate(views, f);
    if (!at) continue;
    for (let i = at.from; i <= at.to; i++) {
      const w = at.view.words[i]!;
      if (!HEDGE_ADVERBS.has(w) || w === 'so-called' || at.view.quoted[i]) continue;
      const t = at.view.tokens[i]!;
      out.push({
        start: t.start,
        end: t.end,
        label: 'agentless',
        reason: 'a reportive adverb',
        view: at.view,
        from: i,
        to: i,
      });
    }
  }
  return out;
}
