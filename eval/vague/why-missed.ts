import { detectWith, sentenceViews } from '../../src/analysis/attributions';
import { labelSpans } from '../../src/analysis/attributions/learned/labels';
import type { AttributionTagger } from '../../src/analysis/attributions/learned/tagger';
import {
  AGENTLESS_PARTICIPLES,
  HEDGE_ADVERBS,
  HEDGE_PASSIVES,
  SPEECH_VERBS,
} from '../../src/analysis/attributions/lexicon';
import { RULES } from '../../src/analysis/attributions/registry';
import { gateRefusal } from '../../src/analysis/attributions/rules/learned-source';
import { isSourceHeadWord } from '../../src/analysis/attributions/source-head';
import { suppressionsFor } from '../../src/analysis/attributions/suppressions';
import type { SentenceView } from '../../src/analysis/attributions/view';
import type { Sentence } from '../../src/analysis/text/sentences';
import type { Entity } from '../../src/analysis/types';

/** A gold vague span the detector missed (UTF-16 offsets) and whether the gold names a source or a bare cue. */
export interface MissedSpan {
  start: number;
  end: number;
  kind: 'source' | 'cue';
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

// How far (characters) a flag may sit from a gold span and still count as the same attribution read with
// another extent: the scorer counts overlaps only.
const NEAR = 12;

/** What kind of construction a span the detector never considered is, from its words and the words around it. */
function construction(view: SentenceView, from: number, to: number, kind: MissedSpan['kind']): string {
  const words = view.words.slice(from, to + 1);
  if (kind === 'cue') {
    const listed = words.some((w) => AGENTLESS_PARTICIPLES.has(w) || HEDGE_PASSIVES.has(w) || HEDGE_ADVERBS.has(w));
    return listed ? 'cue: listed participle or hedge, not read' : 'cue: wording outside the lexicon';
  }
  // A verb of saying in the span, up to 2 words before it (an inversion: "said a woman") or 5 after it.
  const near = view.words.slice(Math.max(0, from - 2), to + 6);
  const saying = near.some((w) => SPEECH_VERBS.has(w));
  // The gold span may hold the verb ("many observers were surprised"): any word of it that can head a source.
  const headKnown = words.some((_, k) => isSourceHeadWord(view, from + k));
  if (!saying)
    return `source, no verb of saying within 5 words (attitude, perception, act), head ${headKnown ? 'listed' : 'unlisted'}`;
  return `source, a verb of saying within 5 words, head ${headKnown ? 'listed' : 'unlisted'}`;
}

/**
 * Why the detector (every rule, with `tagger`) missed each gold vague span, first cause that applies: flagged as
 * an outlet's relay (a badge, not scored); a flag silenced (a cue in a speaker's quote, a named speaker in
 * the sentence); a flag lost to an overlapping one; a phrase the learned tagger marked that the named-source
 * gate refused (with its test); a flag beside the span with another extent; a span inside a speaker's quote;
 * else no candidate at all, by construction.
 */
export function whyMissed(
  text: string,
  sentences: Sentence[],
  entities: Entity[],
  tagger: AttributionTagger | null,
  missed: readonly MissedSpan[],
): string[] {
  if (missed.length === 0) return [];
  const final = detectWith(RULES, text, sentences, entities, tagger);
  const { views, isQuoted } = sentenceViews(text, sentences, entities, tagger);
  const raw: { start: number; end: number; silenced: string | undefined }[] = [];
  const refused: { start: number; end: number; test: string }[] = [];
  for (const view of views) {
    const suppressed = suppressionsFor(view, isQuoted);
    for (const { rule, suppressedBy } of RULES)
      for (const c of rule.find(view)) raw.push({ ...c, silenced: suppressedBy.find((by) => suppressed(c, by)) });
    for (const { kind, from, to } of labelSpans(view.learned ?? new Uint8Array(0))) {
      const test = kind === 'source' ? gateRefusal(view, from, to) : null;
      if (test) refused.push({ start: view.tokens[from]!.start, end: view.tokens[to]!.end, test });
    }
  }
  return missed.map((m) => {
    if (final.some((f) => f.category === 'OUTLET_RELAY' && overlaps(f, m)))
      return 'flagged as an outlet relay (a badge, not scored)';
    const found = raw.filter((c) => overlaps(c, m));
    if (found.some((c) => c.silenced === 'quoted-cue')) return "silenced: its cue in a speaker's quote";
    if (found.some((c) => c.silenced === 'named-speaker')) return 'silenced: a named speaker in the sentence';
    if (found.length) return 'lost to an overlapping flag';
    const gate = refused.find((r) => overlaps(r, m));
    if (gate) return `tagged, refused by the gate: ${gate.test}`;
    const view = views.find((v) => v.tokens.some((t) => overlaps(t, m)));
    if (!view) return 'no token';
    const sentence = { start: view.tokens[0]!.start, end: view.tokens[view.tokens.length - 1]!.end };
    const beside = { start: Math.max(m.start - NEAR, sentence.start), end: Math.min(m.end + NEAR, sentence.end) };
    if (final.some((f) => f.category !== 'OUTLET_RELAY' && overlaps(f, beside)))
      return 'flagged beside it in its sentence, another extent';
    const from = view.tokens.findIndex((t) => overlaps(t, m));
    let to = from;
    while (to + 1 < view.tokens.length && view.tokens[to + 1]!.start < m.end) to++;
    if (view.quoted.slice(from, to + 1).every(Boolean)) return "inside a speaker's quote";
    return `no candidate: ${construction(view, from, to, m.kind)}`;
  });
}

/** Counts of each cause, largest first. */
export function countCauses(causes: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const c of causes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
