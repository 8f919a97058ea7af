import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/background/handlers';
import { backupJson, exportBackup } from '../../../src/backup/export';
import { BACKUP_VERSION } from '../../../src/backup/format';
import { importBackup } from '../../../src/backup/import';
import { parseBackup } from '../../../src/backup/parse';
import { toJson } from '../../../src/highlights/export';
import { createDexieKnowledgeCache } from '../../../src/knowledge';
import { eraseAll } from '../../../src/store/erase';
import { openDatabase, type BackstoryDb } from '../../../src/store/schema';
import { loadSettings, updateSettings } from '../../../src/store/settings-repo';
import { saveHighlight } from '../../../src/store/highlights-repo';
import { snapshot } from '../store/snapshot';
import { DAY, fillReader, FOLLOW_UP, highlightOf, read, SAMPLE, T0 } from './reader';

let db: BackstoryDb;
let knowledge: ReturnType<typeof createDexieKnowledgeCache>;
let n = 0;
beforeEach(() => {
  db = openDatabase(`test-backup-${n}`);
  knowledge = createDexieKnowledgeCache(`test-backup-knowledge-${n++}`);
});
afterEach(async () => {
  knowledge.close();
  await db.delete();
});

const state = async () => ({ db: await snapshot(db), choices: await knowledge.allChoices() });
const exported = async () => backupJson(await exportBackup(db, knowledge, T0 + 10 * DAY));
const restore = async (json: string) => {
  const parsed = parseBackup(json);
  if (!parsed.ok) throw new Error(parsed.error);
  return importBackup(db, parsed.backup, knowledge);
};

describe('a whole backup', () => {
  it('export → erase → import gives the same database, row for row, and the same Wikidata choices', async () => {
    await fillReader(db, knowledge);
    const before = await state();
    for (const [table, rows] of Object.entries(before.db)) expect(rows.length, table).toBeGreaterThan(0);
    expect(before.choices).toHaveLength(1);

    const json = await exported();
    await eraseAll(db);
    await knowledge.clear();
    expect((await state()).choices).toEqual([]);
    const summary = await restore(json);

    expect(await state()).toEqual(before);
    expect(summary).toEqual({
      articles: 2,
      entities: before.db.entities!.length,
      highlights: 2,
      settings: true,
      choices: 1,
    });
  });

  it('importing the same file again changes nothing and duplicates nothing', async () => {
    await fillReader(db, knowledge);
    const json = await exported();
    const before = await state();
    expect(await restore(json)).toEqual({ articles: 0, entities: 0, highlights: 0, settings: true, choices: 0 });
    expect(await state()).toEqual(before);
  });

  it('merges into a populated database: the article read last wins with its rows, the rest is pooled', async () => {
    await fillReader(db, knowledge);
    const json = await exported();

    // Another browser: the sample re-read later under a new title, the follow-up not read at all.
    await eraseAll(db);
    await knowledge.clear();
    await read(db, SAMPLE, T0 + 20 * DAY, 'Iraq presses Turkey (updated)');
    await saveHighlight(db, highlightOf('h1', SAMPLE.url, T0 + 30 * DAY, 'A newer note'));
    await updateSettings(db, { disabledSites: ['games.example.com'] });
    await knowledge.mergeChoices([{ name: 'Fuad Hussein', qid: 'Q1', at: T0 + 20 * DAY }]);
    const mentionsOfSample = (await db.mentions.where('articleUrl').equals(SAMPLE.url).count()) || -1;

    await restore(json);
    const sample = await db.articles.get(SAMPLE.url);
    expect(sample).toMatchObject({
      title: 'Iraq presses Turkey (updated)',
      firstReadAt: T0,
      lastReadAt: T0 + 20 * DAY,
    });
    expect(await db.mentions.where('articleUrl').equals(SAMPLE.url).count()).toBe(mentionsOfSample);
    expect(await db.articles.get(FOLLOW_UP.url)).toMatchObject({ lastReadAt: T0 + DAY });
    expect((await db.highlights.get('h1'))?.note).toBe('A newer note');
    expect(await db.highlights.get('h2')).toBeDefined();
    const settings = await loadSettings(db);
    expect(settings.disabledSites.sort()).toEqual(['games.example.com', 'sports.example.com']);
    expect(settings.lookups).toBe(false);
    expect(await knowledge.allChoices()).toEqual([{ name: 'Fuad Hussein', qid: 'Q1', at: T0 + 20 * DAY }]);
    const keys = await db.mentions.toCollection().primaryKeys();
    expect(new Set(keys.map((k) => JSON.stringify(k))).size).toBe(keys.length);
  });

  it('gives the same database when it writes one article per transaction', async () => {
    await fillReader(db, knowledge);
    const before = await state();
    const json = await exported();
    await eraseAll(db);
    await knowledge.clear();
    const parsed = parseBackup(json);
    if (!parsed.ok) throw new Error(parsed.error);
    await importBackup(db, parsed.backup, knowledge, 1);
    expect(await state()).toEqual(before);
  });

  it('undoes every chunk already written when a later step fails, in an empty or a populated database', async () => {
    await fillReader(db, knowledge);
    const json = await exported();
    const parsed = parseBackup(json);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.articles.map((a) => a.url)).toEqual([SAMPLE.url, FOLLOW_UP.url]);
    const failures: [string, (fail: () => void) => void][] = [
      // The second article's chunk, after the first chunk committed.
      ['an article', (fail) => db.articles.hook('creating', (_, row) => void (row.url === FOLLOW_UP.url && fail()))],
      // The highlights, after every article and entity committed.
      ['a highlight', (fail) => db.highlights.hook('creating', (_, row) => void (row.id === 'h2' && fail()))],
    ];
    for (const populated of [false, true]) {
      for (const [step, hook] of failures) {
        await eraseAll(db);
        await knowledge.clear();
        if (populated) {
          // An older read of the first article (the backup's replaces it), a highlight, other settings.
          await read(db, SAMPLE, T0 - DAY, 'Iraq presses Turkey (first version)');
          await saveHighlight(db, highlightOf('h1', SAMPLE.url, T0 - DAY, 'An older note'));
          await updateSettings(db, { disabledSites: ['games.example.com'] });
        }
        const before = await snapshot(db);
        let armed = true;
        hook(() => {
          if (!armed) return;
          armed = false;
          throw new Error('disk full');
        });
        await expect(importBackup(db, parsed.backup, knowledge, 1), `${step}, populated: ${populated}`).rejects.toThrow(
          'disk full',
        );
        expect(await snapshot(db), `${step}, populated: ${populated}`).toEqual(before);
      }
    }
  });

  it('restores the highlights of a highlights export from before backups, and nothing else', async () => {
    await updateSettings(db, { lookups: false });
    const old = toJson([highlightOf('h9', SAMPLE.url, T0)], T0);
    expect(await restore(old)).toEqual({ articles: 0, entities: 0, highlights: 1, settings: false, choices: 0 });
    expect((await loadSettings(db)).lookups).toBe(false);
    expect(await db.highlights.count()).toBe(1);
  });
});

describe('files that cannot be imported', () => {
  const damaged = async (
    change: (backup: Record<string, unknown> & { articles: Record<string, unknown>[] }) => void,
  ) => {
    const backup = JSON.parse(await exported());
    change(backup);
    return JSON.stringify(backup);
  };

  it('get a clear message and change nothing: malformed, truncated, future version, 50 MB', async () => {
    await fillReader(db, knowledge);
    const json = await exported();
    const cases: [string, string, RegExp][] = [
      ['not JSON', 'hello', /not valid JSON/],
      ['another JSON file', '{"name":"package","version":"1.0.0"}', /not a Backstory backup/],
      ['an array', '[1,2,3]', /not a Backstory backup/],
      ['truncated', json.slice(0, Math.floor(json.length / 2)), /not valid JSON: it may have been cut short/],
      [
        'future version',
        await damaged((b) => void (b.version = BACKUP_VERSION + 1)),
        /newer version of Backstory \(backup version 2\)/,
      ],
      [
        'a damaged row',
        await damaged((b) => void ((b.articles[0]!.mentions as { count: unknown }[])[0]!.count = -3)),
        /damaged at articles\[0\]\.mentions\[0\]\.count: expected an integer/,
      ],
      [
        'a row twice',
        await damaged((b) => void b.articles.push(b.articles[0]!)),
        /articles\[2\] repeats an earlier one/,
      ],
      ['50 MB', json + ' '.repeat(50 * 1024 * 1024 - json.length), /larger than 40 MB/],
    ];
    // Through the background, as the options page sends it.
    const handlers = createHandlers({
      db,
      knowledgeStore: knowledge,
      recognizer: () => Promise.reject(new Error('not needed')),
      attributionTagger: async () => null,
      knowledge: () => ({
        lookup: () => Promise.reject(new Error('not needed')),
        choose: async () => {},
        settled: async () => {},
        clear: async () => {},
      }),
      now: () => T0,
      broadcastSettings: () => {},
      broadcastErased: () => {},
      isPrivateTab: async () => false,
      readPage: async () => null,
      askTabUrl: async () => null,
    });
    const before = await state();
    for (const [name, json, message] of cases) {
      const reply = await handlers.extensionPage['data/import']({ json });
      expect(reply.ok, name).toBe(false);
      if (!reply.ok) {
        expect(reply.error, name).toMatch(message);
        expect(reply.error, name).toMatch(/Nothing was imported\.$/);
      }
    }
    expect(await state()).toEqual(before);
  });
});
