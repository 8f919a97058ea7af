import type { IndexableType } from 'dexie';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { FOLLOW_UP } from '../../../src/cli/sample/follow-up';
import { SAMPLE } from '../../../src/cli/sample/article';
import { createDexieKnowledgeCache } from '../../../src/knowledge';
import { entityHistory } from '../../../src/store/entity-history';
import { eventLinks } from '../../../src/store/event-links';
import { pageView } from '../../../src/store/page-view';
import { openDatabase, SCHEMA, type SchemaVersion } from '../../../src/store/schema';
import { loadSettings } from '../../../src/store/settings-repo';
import { dumpDatabase, restoreDatabase, type RawDatabase } from '../../fixtures/db/raw-idb';

/** Written by the version-1 code itself: test/fixtures/db/make-v1.ts. */
const fixture = JSON.parse(readFileSync('test/fixtures/db/v1.json', 'utf8')) as { databases: RawDatabase[] };
const [v1Main, v1Knowledge] = fixture.databases as [RawDatabase, RawDatabase];

let n = 0;
let names: { main: string; knowledge: string };
beforeEach(async () => {
  names = { main: `migration-${n}`, knowledge: `migration-knowledge-${n++}` };
  await restoreDatabase({ ...v1Main, name: names.main });
  await restoreDatabase({ ...v1Knowledge, name: names.knowledge });
});

const records = (store: string) => v1Main.stores.find((s) => s.name === store)!.records;

describe('a database written by the version-1 code', () => {
  it('is upgraded to version 2 with every row found, and the product reads it', async () => {
    expect(v1Main.version).toBe(10);
    const db = openDatabase(names.main);
    await db.open();
    expect(db.verno).toBe(2);
    for (const store of v1Main.stores) {
      expect(await db.table(store.name).count(), store.name).toBe(store.records.length);
      for (const { key, value } of store.records) {
        expect(
          await db.table(store.name).get(key as IndexableType),
          `${store.name} ${JSON.stringify(key)}`,
        ).toMatchObject(value as object);
      }
    }
    // What version 2 adds to old rows.
    const published = new Map(records('articles').map(({ value }) => [(value as { url: string }).url, value]));
    for (const m of await db.mentions.toArray()) {
      expect(m.published).toBe((published.get(m.articleUrl) as { published: string }).published);
    }
    const events = await db.events.toArray();
    expect(events.some((e) => e.links.length > 0)).toBe(true);
    for (const e of events) expect(e.links).toEqual(eventLinks(e.entityKeys, e.date));

    const view = await pageView(db, FOLLOW_UP.url);
    expect(view.article?.title).toBe(FOLLOW_UP.title);
    expect(view.timeline.some((t) => t.earlier && t.articleUrl === SAMPLE.url)).toBe(true);
    expect(view.highlights.map((h) => h.id)).toEqual(['h-v1-follow-up']);
    const shared = view.entities.find((e) => e.type === 'PERSON' && e.key.includes('/'))!;
    expect((await entityHistory(db, shared.key, FOLLOW_UP.url)).earlier.map((a) => a.url)).toEqual([SAMPLE.url]);
    expect((await pageView(db, SAMPLE.url)).highlights[0]!.note).toMatch(/officials/);
    expect(await loadSettings(db)).toMatchObject({ lookups: false, disabledSites: ['sports.example.com'] });
    db.close();

    const knowledge = createDexieKnowledgeCache(names.knowledge);
    expect(await knowledge.getChoice('Fuad Hussein')).toBe('Q5508166');
    knowledge.close();
  });

  it('keeps its data as it was, readable, when the upgrade fails; a later upgrade still finds every row', async () => {
    const failing: SchemaVersion[] = SCHEMA.map((v) =>
      v.version === 2
        ? {
            ...v,
            async upgrade(tx) {
              await v.upgrade!(tx);
              throw new Error('the disk is full');
            },
          }
        : v,
    );
    const broken = openDatabase(names.main, failing);
    await expect(broken.open()).rejects.toThrow(/disk is full/);
    broken.close();

    expect(await dumpDatabase(names.main)).toEqual({ ...v1Main, name: names.main });
    const old = openDatabase(names.main, SCHEMA.slice(0, 1));
    expect(
      await old.mentions
        .where('entityKey')
        .equals((records('mentions')[0]!.key as string[])[0]!)
        .count(),
    ).toBeGreaterThan(0);
    expect(await old.highlights.toArray()).toEqual(records('highlights').map((r) => r.value));
    old.close();

    const db = openDatabase(names.main);
    await db.open();
    expect(db.verno).toBe(2);
    for (const store of v1Main.stores) expect(await db.table(store.name).count()).toBe(store.records.length);
    db.close();
  });
});
