import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkTimeline, TIMELINE_RULE } from '../../../bench/history/timeline-check';
import type { Analysis } from '../../../src/analysis/types';
import { exportBackup } from '../../../src/backup/export';
import { createDexieKnowledgeCache } from '../../../src/knowledge';
import type { TimelineItem } from '../../../src/messages/views';
import { pageView } from '../../../src/store/page-view';
import { recordArticle } from '../../../src/store/record-article';
import { openDatabase, type BackstoryDb } from '../../../src/store/schema';

let db: BackstoryDb;
let knowledge: ReturnType<typeof createDexieKnowledgeCache>;
let n = 0;
beforeEach(() => {
  db = openDatabase(`test-timeline-check-${n}`);
  knowledge = createDexieKnowledgeCache(`test-timeline-check-knowledge-${n++}`);
});
afterEach(async () => {
  knowledge.close();
  await db.delete();
});

const PEOPLE = { a: 'person:ader/ana', b: 'person:berg/bo' } as const;

/** An article with one event dated `date` about `who`. */
function article(id: string, date: string, who: (keyof typeof PEOPLE)[]): Analysis {
  const text = `Story ${id}.`;
  return {
    schema: 1,
    title: `Story ${id}`,
    url: `https://news.example/${id}`,
    published: '2021-01-01',
    language: 'en',
    text,
    entities: who.map((w) => ({
      key: PEOPLE[w],
      name: w,
      type: 'PERSON',
      roles: [],
      mentions: [{ start: 0, end: 5, text: w }],
    })),
    attributions: [],
    events: [{ start: 0, end: text.length, text: `Event of ${id}.`, date, entities: who.map((w) => PEOPLE[w]) }],
  };
}

const day = (month: number, d: number) => `2020-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * A's 30th newest event is one of four dated only "2020-10": two of them also name B (whose own 30 newest are
 * newer, so only A can bring them in), two do not. Which two the store keeps depends on the order they were
 * recorded in; both are the rule's choice.
 */
async function history(tiedOrder: string[]) {
  let at = 0;
  const record = (a: Analysis) => recordArticle(db, a, { site: 's' }, at++);
  for (let i = 1; i <= 28; i++) await record(article(`a${i}`, day(11, i), ['a']));
  for (let i = 1; i <= 30; i++) await record(article(`b${i}`, day(12, i), ['b']));
  const tied: Record<string, Analysis> = {
    both1: article('both1', '2020-10', ['a', 'b']),
    both2: article('both2', '2020-10', ['a', 'b']),
    onlyA1: article('onlyA1', '2020-10', ['a']),
    onlyA2: article('onlyA2', '2020-10', ['a']),
  };
  for (const id of tiedOrder) await record(tied[id]!);
  const page = article('today', '2021-01-01', ['a', 'b']);
  await record(page);
  const view = await pageView(db, page.url);
  const backup = await exportBackup(db, knowledge, at);
  const check = (timeline: TimelineItem[]) =>
    checkTimeline(timeline, backup, page.url, view.entities, TIMELINE_RULE).matchesRule;
  return { view, check };
}

describe('the history bench’s timeline check', () => {
  it('accepts the store’s choice however a tie at the per-entity cut is broken', async () => {
    for (const order of [
      ['both1', 'both2', 'onlyA1', 'onlyA2'],
      ['onlyA1', 'onlyA2', 'both1', 'both2'],
    ]) {
      const { view, check } = await history(order);
      expect(view.timeline.filter((t) => t.earlier)).toHaveLength(TIMELINE_RULE.related);
      expect(check(view.timeline)).toBe(true);
      await db.delete();
      db = openDatabase(`test-timeline-check-${n++}`);
    }
  });

  it('rejects an event past the cut, a wrong shared count, a missing sure event and a short list', async () => {
    const { view, check } = await history(['both1', 'both2', 'onlyA1', 'onlyA2']);
    const earlier = view.timeline.filter((t) => t.earlier);
    const own = view.timeline.filter((t) => !t.earlier);
    const newestB = earlier.find((t) => t.date === day(12, 30))!;
    const others = earlier.filter((t) => t !== newestB);
    // A's oldest story in November is a candidate but ranks last: it replaces B's newest, which must be shown.
    const pastCut = { ...newestB, articleUrl: 'https://news.example/a0', date: '2020-09-30', text: 'Event of a0.' };
    const lowestA = { ...newestB, articleUrl: 'https://news.example/a1', date: day(11, 1), text: 'Event of a1.' };
    expect(check([...own, ...others, newestB])).toBe(true);
    expect(check([...own, ...others, pastCut])).toBe(false);
    expect(check([...own, ...others, { ...newestB, sharedKeys: [PEOPLE.a, PEOPLE.b] }])).toBe(false);
    expect(check([...own, ...others, lowestA])).toBe(false);
    expect(check([...own, ...others])).toBe(false);
  });
});
