import type { Span } from '../types';
import { trim } from './clauses';
import type { TimeExpression } from './time-expressions';

export interface DatedClause {
  expression: TimeExpression;
  clause: Span;
  date: string;
}

/**
 * One event per clause, with its best date: a clause with two dates is still one happening to the reader ("the
 * committee proposed in June will meet on Sept. 15"), and listing it under each date repeats it on a timeline. A
 * date the text states beats one counted from an earlier date ("Shortly after, in August"). Coordinated verb
 * phrases are two clauses even without a comma ("the term that begins next Monday and ends in June"), a
 * participle after a comma opens one ("announced it this month, beginning in January 2017"), and so are
 * coordinated times: "in her 2000 and 2006 Senate races", "in 2019 and again this year" tell of a happening
 * each time. A time that modifies a
 * noun dates another happening than the clause's own time does ("released video on Monday of last week's
 * shooting": the release and the shooting), so the two are two events, the noun's spanning its noun phrase
 * only. Otherwise the more precise date wins (a day is the clause's own time more often than a year in a
 * modifier), then the first. Clauses that overlap count as one. The same date twice in a sentence is one
 * event too. `found` is in text order; the result is in text order.
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
    const other = kept[rival];
    if (!other) kept.push(f);
    else if (other.date !== f.date && other.expression.attributive !== f.expression.attributive) {
      // "released video on Monday of last week's shooting": the clause's time dates the release, the noun's
      // the shooting — two happenings, the second told by its noun phrase alone.
      const [own, noun] = f.expression.attributive ? [other, f] : [f, other];
      kept[rival] = own;
      kept.push({ ...noun, clause: nounPhrase(text, noun.expression) });
    } else if (better(f, other)) kept[rival] = f;
  }
  return kept.sort((a, b) => a.clause.start - b.clause.start);
}

/** Words that end the noun phrase a time modifies: "[last week's shooting] in Tulsa", "[the 2012 election] was". */
const PHRASE_END =
  /^(?:of|on|in|for|to|and|or|at|by|with|from|as|is|was|were|are|be|been|will|would|has|had|have|that|which|who|when|where|after|before|since)$/i;
const PHRASE_WORDS = 4;

/** The time and the few words of the noun it modifies: "last week's shooting", "2006 Senate races". */
function nounPhrase(text: string, e: TimeExpression): Span {
  const after = /^(?:\s+[\p{L}\p{N}][\p{L}\p{N}'\u2019.-]*)+/u.exec(text.slice(e.end, e.end + 120))?.[0] ?? '';
  let end = e.end;
  let words = 0;
  for (const m of after.matchAll(/\s+(\S+)/gu)) {
    const word = m[1]!.replace(/[.]$/, '');
    if (PHRASE_END.test(word) || ++words > PHRASE_WORDS) break;
    end = e.end + m.index + m[0].length - (m[1]!.length - word.length);
  }
  return { start: e.start, end };
}

/** Words that can stand between "or" and an alternative time: "late November or early December". */
const TIME_LEAD = new Set('again also in on at during by early late mid the a of'.split(' '));

/**
 * "and ends", "but said", ", and on March 3 he left", "2000 and 2006": the last conjunction between two times,
 * which opens the second verb phrase or the second time (but "or" between two times gives alternatives); or a
 * comma before a participle, which opens a verb phrase of its own ("announced it this month, beginning in
 * January"; "including" and "following" are prepositions).
 */
function coordination(text: string, from: number, to: number): Span | null {
  const between = text.slice(from, to);
  const re =
    /(,\s*)?\b(and|but|or)\s+|,\s*(?=(?!(?:including|according|following|regarding|concerning|excluding|during|notwithstanding|pending|barring)\b)\p{Ll}{3,}ing\b)/gu;
  let m: RegExpExecArray | null;
  let last: Span | null = null;
  while ((m = re.exec(between)) !== null) {
    const words = between.slice(m.index + m[0].length).match(/\p{L}+/gu) ?? [];
    // "Tuesday or Wednesday", "late November or early December": one happening on one of two dates.
    if (m[2] === 'or' && !m[1] && words.every((w) => TIME_LEAD.has(w.toLowerCase()))) continue;
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
