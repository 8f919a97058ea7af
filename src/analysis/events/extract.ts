import type { Sentence } from '../text/sentences';
import type { DatedEvent, Entity, Span } from '../types';
import { pronounAntecedent } from './antecedent';
import { clauseAround, trim } from './clauses';
import { withoutDateline } from './dateline';
import { datesAnEvent, isForecast } from './event-worthy';
import { parsePublished } from './publication-date';
import { resolveTime } from './resolve';
import { tenseOf } from './tense';
import { findTimeExpressions, type TimeExpression } from './time-expressions';

/** Fewer words than this is a dateline, a caption credit or page chrome ("Updated March 3, 2019"). */
const MIN_SENTENCE_WORDS = 4;

/**
 * Dated events: the sentences that place something on the calendar, with the date resolved against the
 * publication date ("in January" in an October 2020 article → 2020-01). A sentence with one date is one
 * event spanning the sentence; a sentence with several dates gives one event per date, each spanning the
 * clause that carries it (the sentence again when two dates share a clause). The same day is reported
 * once per article: "on Wednesday" repeated through a story is the story's one event. `entities` are the
 * keys of entities with a mention inside the span, and the person a leading "he" or "she" refers to.
 */
export function extractEvents(
  text: string,
  sentences: Sentence[],
  entities: Entity[],
  published: string | null,
): DatedEvent[] {
  const pub = parsePublished(published);
  const events: DatedEvent[] = [];
  const daysSeen = new Set<string>();
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  // One scan of the whole text, then each expression goes to the sentence that holds it.
  const expressions = first && last ? findTimeExpressions(text, first.start, last.end) : [];
  let next = 0;
  for (const sentence of sentences) {
    while (next < expressions.length && expressions[next]!.start < sentence.start) next++;
    const inside: TimeExpression[] = [];
    for (let i = next; i < expressions.length && expressions[i]!.start < sentence.end; i++) {
      if (expressions[i]!.end <= sentence.end) inside.push(expressions[i]!);
    }
    if (!inside.length || countWords(sentence) < MIN_SENTENCE_WORDS) continue;
    const found: { date: string; clause: Span }[] = [];
    for (const e of inside) {
      const clause = clauseAround(text, sentence, e);
      if (!datesAnEvent(text, sentence, clause, e)) continue;
      const tense = tenseOf(
        text.slice(clause.start, clause.end),
        text.slice(clause.start, e.start),
        text.slice(sentence.start, sentence.end),
      );
      const date = resolveTime(e.value, pub, tense);
      if (!date || isForecast(date, pub?.year ?? null, tense === 'future')) continue;
      if (found.some((f) => f.date === date)) continue;
      found.push({ date, clause });
    }
    for (const { date, clause } of found) {
      if (date.length === 10) {
        if (daysSeen.has(date)) continue;
        daysSeen.add(date);
      }
      const shared = found.some((f) => f.date !== date && f.clause.start === clause.start && f.clause.end === clause.end);
      const span = withoutDateline(text, found.length === 1 || shared ? trim(text, sentence) : clause);
      events.push({
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        date,
        entities: entitiesOf(text, entities, span),
      });
    }
  }
  return events;
}

function countWords(sentence: Sentence): number {
  let words = 0;
  for (const t of sentence.tokens) if (/^[\p{L}\p{N}]/u.test(t.text)) words++;
  return words;
}

function entitiesOf(text: string, entities: Entity[], span: Span): string[] {
  const keys: { key: string; at: number }[] = [];
  for (const entity of entities) {
    const inside = entity.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
    if (inside.length) keys.push({ key: entity.key, at: Math.min(...inside.map((m) => m.start)) });
  }
  const antecedent = pronounAntecedent(text, span, entities);
  if (antecedent && !keys.some((k) => k.key === antecedent.key)) keys.push(antecedent);
  return keys.sort((a, b) => a.at - b.at).map((k) => k.key);
}
