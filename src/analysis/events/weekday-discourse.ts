import type { Tense } from './tense';
import type { TimeExpression } from './time-expressions';

/**
 * One weekday, one date per article: a story's "Monday" is one Monday. A clause whose tense says nothing of
 * its weekday takes the tense the article's other mentions of that weekday show: "the moderator of Monday
 * night's first debate" (the complimenting is past, the debate is not) and "Trump and Clinton meet Monday"
 * (no tense) follow "Monday's debate will be Trump's first". A weekday that modifies a noun votes only when
 * its clause is future: the past act of a clause around "Monday's debate" does not date the debate.
 * Returns, per expression, the tense to resolve it with.
 */
export function weekdayTenses(found: readonly { expression: TimeExpression; tense: Tense }[]): Tense[] {
  const votes = new Map<number, { past: number; future: number }>();
  const bare = (e: TimeExpression) => (e.value.kind === 'weekday' && !e.value.which ? e.value.weekday : null);
  for (const { expression, tense } of found) {
    const day = bare(expression);
    if (day === null || tense === 'unknown' || (expression.attributive && tense === 'past')) continue;
    const v = votes.get(day) ?? { past: 0, future: 0 };
    v[tense]++;
    votes.set(day, v);
  }
  return found.map(({ expression, tense }) => {
    const day = bare(expression);
    if (day === null || (tense !== 'unknown' && !expression.attributive)) return tense;
    const v = votes.get(day);
    if (!v || v.past === v.future) return tense;
    return v.future > v.past ? 'future' : 'past';
  });
}
