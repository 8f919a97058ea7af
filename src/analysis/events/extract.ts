import type { Sentence } from '../text/sentences';
import type { DatedEvent, Entity, Span } from '../types';
import type { PartialDate } from './calendar';
import { pronounAntecedent } from './antecedent';
import { oneDatePerClause, type DatedClause } from './clause-choice';
import { clauseAround, trim } from './clauses';
import { withoutDateline } from './dateline';
import { isReportersDay } from './deictic';
import { MentionIndex } from './mention-index';
import { datesAnEvent, isForecast } from './event-worthy';
import { parsePublished } from './publication-date';
import { resolveTime } from './resolve';
import { tenseOf, type Tense } from './tense';
import { findTimeExpressions, type TimeExpression } from './time-expressions';
import { weekdayTenses } from './weekday-discourse';

/** Fewer words than this is a dateline, a caption credit or page chrome ("Updated March 3, 2019"). */
const MIN_SENTENCE_WORDS = 4;
/**
 * A "sentence" longer than this is a list, a table or scraped text without punctuation, not prose; and
 * more time expressions than this in one sentence is a schedule. Both bound the work on hostile input.
 */
const MAX_SENTENCE_CHARS = 2000;
const MAX_EXPRESSIONS_PER_SENTENCE = 8;
/** How far back "the next day" looks for the date it counts from: a few sentences of narrative. */
const ANAPHORA_REACH = 1000;

/**
 * Dated events: the clauses that place something on the calendar, with the date resolved against the
 * publication date ("in January" in an October 2020 article → 2020-01). Each clause with a date is one event
 * with its best date (clause-choice.ts); a sentence with one such clause is one event spanning the sentence,
 * a sentence with several gives one event per clause. Every dated clause is an event, several on one day
 * too: "grilled him on Tuesday" and "he said on Tuesday" are two. `entities` are the keys of entities with a
 * mention inside the span, and the person a leading "he" or "she" refers to.
 */
export function extractEvents(
  text: string,
  sentences: Sentence[],
  entities: Entity[],
  published: string | null,
): DatedEvent[] {
  const pub = parsePublished(published);
  const mentions = new MentionIndex(entities);
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  // One scan of the whole text, then each expression goes to the sentence that holds it.
  const expressions = first && last ? findTimeExpressions(text, first.start, last.end) : [];
  const found: Candidate[] = [];
  let next = 0;
  for (const sentence of sentences) {
    while (next < expressions.length && expressions[next]!.start < sentence.start) next++;
    const inside: TimeExpression[] = [];
    for (let i = next; i < expressions.length && expressions[i]!.start < sentence.end; i++) {
      if (expressions[i]!.end <= sentence.end) inside.push(expressions[i]!);
    }
    if (!inside.length || sentence.end - sentence.start > MAX_SENTENCE_CHARS) continue;
    if (inside.length > MAX_EXPRESSIONS_PER_SENTENCE || countWords(sentence) < MIN_SENTENCE_WORDS) continue;
    for (const expression of inside) {
      const clause = clauseAround(text, sentence, expression);
      if (!datesAnEvent(text, sentence, clause, expression)) continue;
      // "CAMBRIDGE, Mass., Dec. 11 (UPI) —": the day the story was filed, not an event in it.
      if (expression.end <= withoutDateline(text, sentence).start) continue;
      const lead = text.slice(clause.start, expression.start);
      const tense = tenseOf(text.slice(clause.start, clause.end), lead, text.slice(sentence.start, sentence.end));
      if (!isReportersDay(text, expression, lead, tense)) continue;
      found.push({ sentence, expression, clause, tense });
    }
  }
  const tenses = weekdayTenses(found);
  const events: DatedEvent[] = [];
  // The date the story last named, for "the next day" and "hours later"; and the last day it named, which a count
  // in days goes back to past a bare year ("the 2011 raid") in between.
  let reference: Reference | null = null;
  let dayReference: Reference | null = null;
  for (let i = 0; i < found.length;) {
    const sentence = found[i]!.sentence;
    const dated: DatedClause[] = [];
    for (; i < found.length && found[i]!.sentence === sentence; i++) {
      const { expression, clause } = found[i]!;
      const tense = tenses[i]!;
      const within = (r: Reference | null) => (r && expression.start - r.at <= ANAPHORA_REACH ? r.date : null);
      const pastYear = countsDays(expression) && reference?.date.month === undefined;
      const near = pastYear ? (within(dayReference) ?? within(reference)) : within(reference);
      // "In the fall" is in the year the story is telling of only when the text stated that year.
      const told = reference?.told ? within(reference) : null;
      const date = resolveTime(expression.value, pub, tense, expression.value.kind === 'bare-season' ? told : near);
      const words = text.slice(clause.start, clause.end);
      if (!date || isForecast(date, pub?.year ?? null, tense === 'future', expression, words)) continue;
      dated.push({ expression, clause, date });
      reference = { date: parsePublished(date)!, at: expression.end, told: expression.value.kind === 'absolute' };
      if (reference.date.day !== undefined) dayReference = reference;
    }
    const chosen = oneDatePerClause(text, dated);
    for (const { date, clause } of chosen) {
      const span = withoutDateline(text, chosen.length === 1 ? trim(text, sentence) : clause);
      events.push({
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        date,
        entities: entitiesOf(text, mentions, span),
      });
    }
  }
  return events;
}

/** A date the story named, where, and whether the text stated its year ("in 2008", not "last fall"). */
interface Reference {
  date: PartialDate;
  at: number;
  told: boolean;
}

interface Candidate {
  sentence: Sentence;
  expression: TimeExpression;
  clause: Span;
  tense: Tense;
}

function countsDays(e: TimeExpression): boolean {
  return e.value.kind === 'anaphoric' && e.value.unit === 'day';
}

function countWords(sentence: Sentence): number {
  let words = 0;
  for (const t of sentence.tokens) if (/^[\p{L}\p{N}]/u.test(t.text)) words++;
  return words;
}

function entitiesOf(text: string, mentions: MentionIndex, span: Span): string[] {
  const keys: string[] = [];
  const inside = mentions.startingIn(span.start, span.end).filter((m) => m.end <= span.end);
  const antecedent = pronounAntecedent(text, span, mentions);
  let pending = antecedent;
  for (const m of inside) {
    if (pending && pending.at <= m.start) {
      if (!keys.includes(pending.key)) keys.push(pending.key);
      pending = null;
    }
    if (!keys.includes(m.key)) keys.push(m.key);
  }
  if (pending && !keys.includes(pending.key)) keys.push(pending.key);
  return keys;
}
