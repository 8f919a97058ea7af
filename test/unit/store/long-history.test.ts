import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Analysis, Entity } from '../../../src/analysis/types';
import { entityHistory } from '../../../src/store/entity-history';
import { pageView } from '../../../src/store/page-view';
import { recordArticle } from '../../../src/store/record-article';
import { openDatabase, type BackstoryDb } from '../../../src/store/schema';
import { TIMELINE_RULE } from '../../../src/store/timeline';

let db: BackstoryDb;
let n = 0;
beforeEach(() => {
  db = openDatabase(`test-long-history-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const ENTITIES: Record<string, Entity> = {
  minister: { key: 'person:husein/fuad', name: 'Fuad Hussein', type: 'PERSON', roles: [], mentions: [] },
  envoy: { key: 'person:pompeo/mike', name: 'Mike Pompeo', type: 'PERSON', roles: [], mentions: [] },
  baghdad: { key: 'place:bagdad', name: 'Baghdad', type: 'PLACE', roles: [], mentions: [] },
};

/** An article published on `published` with one event dated `eventDate` about `who`. */
function article(id: string, published: string, who: (keyof typeof ENTITIES)[], eventDate = published): Analysis {
  const text = `Story ${id}.`;
  return {
    schema: 1,
    title: `Story ${id}`,
    url: `https://news.example/${id}`,
    published,
    language: 'en',
    text,
    entities: who.map((w) => ({ ...ENTITIES[w]!, mentions: [{ start: 0, end: 5, text: ENTITIES[w]!.name }] })),
    attributions: [],
    events: [
      {
        start: 0,
        end: text.length,
        text: `Event of ${id}.`,
        date: eventDate,
        entities: who.map((w) => ENTITIES[w]!.key),
      },
    ],
  };
}

const day = (i: number) => new Date(Date.UTC(2019, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

describe('a long history', () => {
  it('the timeline: the page’s own events, then earlier ones sharing the most names, newest first, capped', async () => {
    // 50 stories about the minister, 3 older ones about the minister and the envoy, 20 about Baghdad alone.
    for (let i = 0; i < 50; i++)
      await recordArticle(db, article(`m${i}`, day(100 + i), ['minister']), { site: 's' }, i);
    for (let i = 0; i < 3; i++)
      await recordArticle(db, article(`b${i}`, day(i), ['minister', 'envoy']), { site: 's' }, 100 + i);
    for (let i = 0; i < 20; i++)
      await recordArticle(db, article(`p${i}`, day(300 + i), ['baghdad']), { site: 's' }, 200 + i);
    const page = article('today', day(400), ['minister', 'envoy', 'baghdad']);
    await recordArticle(db, page, { site: 's' }, 999);

    const { timeline } = await pageView(db, page.url);
    const earlier = timeline.filter((t) => t.earlier);
    expect(timeline.filter((t) => !t.earlier).map((t) => t.articleUrl)).toEqual([page.url]);
    // The envoy's three shared stories, then the minister's newest: his 30 newest are the candidates.
    expect(earlier).toHaveLength(3 + TIMELINE_RULE.perEntity);
    expect(
      earlier
        .filter((t) => t.sharedKeys.length === 2)
        .map((t) => t.articleTitle)
        .sort(),
    ).toEqual(['Story b0', 'Story b1', 'Story b2']);
    const single = earlier.filter((t) => t.sharedKeys.length === 1).map((t) => t.date);
    expect(single.sort()).toEqual(Array.from({ length: 30 }, (_, i) => day(120 + i)));
    expect(earlier.some((t) => t.articleTitle.startsWith('Story p'))).toBe(false);
    expect(timeline.map((t) => t.date)).toEqual([...timeline.map((t) => t.date)].sort());
  });

  it('caps the earlier events at the newest when more are candidates', async () => {
    for (let i = 0; i < 30; i++) {
      await recordArticle(db, article(`m${i}`, day(i), ['minister']), { site: 's' }, i);
      await recordArticle(db, article(`e${i}`, day(100 + i), ['envoy']), { site: 's' }, 100 + i);
    }
    const page = article('today', day(400), ['minister', 'envoy']);
    await recordArticle(db, page, { site: 's' }, 999);
    const earlier = (await pageView(db, page.url)).timeline.filter((t) => t.earlier);
    expect(earlier).toHaveLength(TIMELINE_RULE.related);
    // The envoy's 30 and the minister's 10 newest.
    expect(earlier.map((t) => t.date).sort()[0]).toBe(day(20));
  });

  it('a card lists the newest earlier articles by publication date, whatever the order they were read in', async () => {
    const order = Array.from({ length: 40 }, (_, i) => (i * 17) % 40);
    for (const [readAt, i] of order.entries())
      await recordArticle(db, article(`m${i}`, day(i), ['minister']), { site: 's' }, readAt);
    const history = await entityHistory(db, ENTITIES.minister!.key, 'https://news.example/m39');
    expect(history.earlier.map((a) => a.title)).toEqual([38, 37, 36, 35, 34, 33, 32, 31].map((i) => `Story m${i}`));
  });
});
