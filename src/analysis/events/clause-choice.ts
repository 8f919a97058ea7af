import type { Span } from '../types';
import { trim } from './clauses';
import type { TimeExpression } from './time-expressions';

export interface DatedClause {
  expression: TimeExpression;
  clause: Span;
  date: string;
}

/** Words that can stand between "and" and a coordinated time: "in 2019 and again this year". */
const TIME_LEAD = new Set(
  'again also then in on at during by early late later earlier the a of as until since from before after'.split(' '),
);

/**
 * One event per clause, with its best date: a clause with two dates is still one happening to the reader
 * ("We have had promises before, in 2019 and again this year"; "the committee proposed in June will meet on
 * Sept. 15"), and listing it under each date repeats it on a timeline. A date the text states beats one
 * counted from an earlier date ("Shortly after, in August"). Coordinated verb phrases are two
 * clauses even without a comma ("the term that begins next Monday and ends in June"). The date that
 * modifies the clause beats one that modifies a noun in it ("released video on Monday of last week's
 * shooting"), then the more precise date (a day is the clause's own time more often than a year in a
 * modifier), then the first. Clauses that overlap count as one. The same date twice in a sentence is one
 * event too. `found` is in text order.
 */
export function oneDatePerClause(text: string, found: readonly DatedClause[]): DatedClause[] {
  const split = found.map((f) => ({ ...f }));
  for (let i = 1; i < split.length; i++) {
    const a = split[i - 1]!;
    const b = split[i]!;
    if (!overlaps(a.clause, b.clause)) continue;
    const at = coordination(text, a.expression.end, b.expression.start);
    if (at === null) continue;
    a.clause = trim(text, { start: a.clause.start, end: Math.min(a.clause.end, at.start) });
    b.clause = trim(text, { start: Math.max(b.clause.start, at.end), end: b.clause.end });
  }
  const kept: DatedClause[] = [];
  for (const f of split) {
    const rival = kept.findIndex((k) => overlaps(k.clause, f.clause) || k.date === f.date);
    if (rival < 0) kept.push(f);
    else if (better(f, kept[rival]!)) kept[rival] = f;
  }
  return kept;
}

/**
 * "and ends", "but said", ", and on March 3 he left": a conjunction that opens a second verb phrase between
 * two times — after a comma, or followed by a word that is not part of a coordinated time.
 */
function coordination(text: string, from: number, to: number): Span | null {
  const between = text.slice(from, to);
  const re = /(,\s*)?\b(?:and|but|or)\s+/g;
  let m: RegExpExecArray | null;
  let last: Span | null = null;
  while ((m = re.exec(between)) !== null) {
    const words = between.slice(m.index + m[0].length).match(/\p{L}+/gu) ?? [];
    if (m[1] || words.some((w) => !TIME_LEAD.has(w.toLowerCase())))
      last = { start: from + m.index, end: from + m.index + m[0].length };
  }
  return last;
}

function better(a: DatedClause, b: DatedClause): boolean {
  const counted = (c: DatedClause) => c.expression.value.kind === 'anaphoric';
  if (counted(a) !== counted(b)) return !counted(a);
  if (a.expression.attributive !== b.expression.attributive) return !a.expression.attributive;
  return a.date.length > b.date.length;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
