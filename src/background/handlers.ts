import { analyzeText } from '../analysis/analyze';
import type { AttributionTagger } from '../analysis/attributions/learned/tagger';
import type { EntityRecognizer } from '../analysis/entities';
import type { ReadArticle } from '../analysis/extract/read-article';
import type { Analysis } from '../analysis/types';
import { backupJson, exportBackup } from '../backup/export';
import { importBackup } from '../backup/import';
import { parseBackup } from '../backup/parse';
import { toJson, toMarkdown } from '../highlights/export';
import { parseImport } from '../highlights/import';
import { normalizeUrl } from '../highlights/canonicalUrl';
import { createHighlight } from '../highlights/create';
import type { KnowledgeService } from '../knowledge/service';
import type { ReaderChoiceStore } from '../knowledge/types';
import type { ContentRequests, ContentResponses } from '../messages/content';
import type { ExtensionPageRequests, ExtensionPageResponses } from '../messages/extension-page';
import type { Handlers } from '../messages/route';
import type { PageView } from '../messages/views';
import { defaultSettings, isSiteEnabled, pageSettingsOf, type Settings } from '../settings/settings';
import { entityHistory } from '../store/entity-history';
import { eraseAll } from '../store/erase';
import {
  allHighlights,
  deleteHighlight,
  highlightsFor,
  importHighlights,
  saveHighlight,
  updateNote,
} from '../store/highlights-repo';
import { pageView } from '../store/page-view';
import { recordArticle } from '../store/record-article';
import { resolveKeysAgainstHistory } from '../store/resolve-keys';
import type { BackstoryDb } from '../store/schema';
import { loadSettings, setSiteEnabled, updateSettings } from '../store/settings-repo';
import type { SiteRefusal } from '../messages/content';
import { sameSite } from '../highlights/site';
import { ForeignRequest, ownPage, senderHost, type ContentSender } from './sender';

export interface BackgroundDeps {
  db: BackstoryDb;
  recognizer: () => Promise<EntityRecognizer>;
  /** The attribution tagger's weights, or null when they cannot be loaded (the rules of words run alone). */
  attributionTagger: () => Promise<AttributionTagger | null>;
  /** The look-up service; private windows get one whose cache never touches the disk. */
  knowledge: (incognito: boolean) => KnowledgeService;
  /** The look-up cache on disk with the reader's Wikidata choices: backed up, restored and erased with the rest. */
  knowledgeStore: ReaderChoiceStore;
  now: () => number;
  /** Tells every open tab that settings changed. */
  broadcastSettings: () => void;
  /** Tells every open tab that the reader erased everything, so they drop what they hold. */
  broadcastErased: () => void;
  /** Whether a tab is in a private window (the popup's site switch writes nothing for one). */
  isPrivateTab: (tabId: number) => Promise<boolean>;
  /** Runs Readability on a page's HTML where a DOMParser lives (background page or offscreen document). */
  readPage: (html: string, url: string) => Promise<ReadArticle | null>;
  /** Asks a tab's content script which article it shows (after the background was restarted). */
  askTabUrl: (tabId: number) => Promise<string | null>;
}

export type { ContentSender } from './sender';

export type ContentHandlers = Handlers<ContentRequests, ContentResponses, ContentSender>;
export type ExtensionPageHandlers = Handlers<ExtensionPageRequests, ExtensionPageResponses, void>;

const canonical = (url: string): string => normalizeUrl(url) ?? url;

/**
 * The background's behaviour, free of browser APIs so it can be tested with fake-indexeddb.
 * Private (incognito) tabs get analyses and cards but nothing is ever written for them. A content script
 * acts only on its own tab's page: addresses are checked against the sender's site, highlights by the site
 * they were saved on, and a card's history only for a name the tab's own article holds. A storage failure
 * (a full disk, a broken database) never takes the analysis away from the page.
 */
export function createHandlers(deps: BackgroundDeps): {
  content: ContentHandlers;
  extensionPage: ExtensionPageHandlers;
  /** A tab closed: drop what it showed. */
  forgetTab(tabId: number): void;
} {
  const { db } = deps;
  /** The last analysis of each tab, for the popup; private tabs live only here. */
  const tabs = new Map<number, { analysis: Analysis; site: string; incognito: boolean }>();

  async function setSite(
    host: string,
    enabled: boolean,
  ): Promise<{ ok: true; settings: Settings } | { ok: false; reason: SiteRefusal }> {
    let settings;
    try {
      settings = await setSiteEnabled(db, host, enabled);
    } catch {
      return { ok: false, reason: 'storage' };
    }
    if (settings === 'full') return { ok: false, reason: 'full' };
    deps.broadcastSettings();
    return { ok: true, settings };
  }

  /** Whether the tab's article names this entity: in memory, or (after a restart) in its recorded article. */
  async function tabShows(sender: ContentSender, key: string, url: string): Promise<boolean> {
    const tab = tabs.get(sender.tabId);
    if (tab) return tab.analysis.entities.some((e) => e.key === key);
    const article = await db.articles.get(url);
    return !!article?.entityKeys.includes(key);
  }

  /** Whether the sender may change this highlight: it was saved on the sender's own site. */
  async function ownHighlight(id: string, sender: ContentSender): Promise<boolean> {
    const highlight = await db.highlights.get(id);
    return !!highlight && sameSite(highlight.url, sender.url);
  }

  const content = {
    'page/read': ({ html }, sender) => deps.readPage(html, sender.url),
    'page/settings': async (_body, sender) => {
      // Unreadable settings leave Backstory on with its defaults: a broken database must not switch it off.
      const settings = await loadSettings(db).catch(() => defaultSettings());
      return {
        settings: pageSettingsOf(settings),
        enabled: isSiteEnabled(settings, senderHost(sender)),
        privateWindow: sender.incognito,
      };
    },
    'page/analyze': async ({ text, meta }, sender) => {
      const url = canonical(ownPage(meta.url, sender, 'page/analyze'));
      const [recognizer, tagger] = await Promise.all([deps.recognizer(), deps.attributionTagger()]);
      const analysed = analyzeText(text, { ...meta, url }, recognizer, tagger);
      const analysis = await resolveKeysAgainstHistory(db, analysed).catch(() => analysed);
      const site = meta.site ?? new URL(url).hostname;
      tabs.set(sender.tabId, { analysis, site, incognito: sender.incognito });
      if (!sender.incognito && analysis.language === 'en' && analysis.entities.length > 0) {
        // Not recorded (a full disk): the page still gets its marks.
        await recordArticle(db, analysis, { site }, deps.now()).catch(() => {});
      }
      return { analysis: { ...analysis, text: '' } };
    },
    'page/navigated': async (_body, sender) => {
      tabs.delete(sender.tabId);
      return { ok: true };
    },
    'card/entity': async ({ key, url }, sender) => {
      const page = canonical(ownPage(url, sender, 'card/entity'));
      if (!(await tabShows(sender, key, page))) throw new ForeignRequest('card/entity: a name this page does not hold');
      return entityHistory(db, key, page);
    },
    'knowledge/lookup': async (query, sender) => {
      const settings = await loadSettings(db).catch(() => defaultSettings());
      if (!settings.lookups) return { status: 'none', query: query.name };
      return deps.knowledge(sender.incognito).lookup(query);
    },
    'knowledge/choose': async ({ name, qid }, sender) => {
      if (sender.incognito) return { ok: false, reason: 'private-window' };
      try {
        await deps.knowledge(false).choose(name, qid);
        return { ok: true };
      } catch {
        return { ok: false, reason: 'invalid' };
      }
    },
    'highlight/save': async (request, sender) => {
      if (sender.incognito) return { ok: false, reason: 'private-window' };
      ownPage(request.url, sender, 'highlight/save');
      let highlight;
      try {
        highlight = createHighlight({ ...request, now: deps.now() });
      } catch {
        return { ok: false, reason: 'invalid' };
      }
      try {
        await saveHighlight(db, highlight);
      } catch {
        // IndexedDB refused the write (quota, a broken profile): the reader must hear it was not saved.
        return { ok: false, reason: 'storage' };
      }
      return { ok: true, highlight };
    },
    'highlight/list': async ({ url }, sender) =>
      highlightsFor(db, canonical(ownPage(url, sender, 'highlight/list'))).catch(() => []),
    'highlight/note': async ({ id, note }, sender) => {
      if (sender.incognito) return { ok: false, reason: 'private-window' };
      if (!(await ownHighlight(id, sender))) return { ok: false, reason: 'not-found' };
      const updated = await updateNote(db, id, note, deps.now()).catch(() => null);
      return updated ? { ok: true } : { ok: false, reason: updated === null ? 'storage' : 'not-found' };
    },
    'highlight/delete': async ({ id }, sender) => {
      if (sender.incognito) return { ok: false, reason: 'private-window' };
      if (!(await ownHighlight(id, sender))) return { ok: false, reason: 'not-found' };
      try {
        await deleteHighlight(db, id);
      } catch {
        return { ok: false, reason: 'storage' };
      }
      return { ok: true };
    },
    'site/disable-here': async (_body, sender) => {
      if (sender.incognito) return { ok: false, reason: 'private-window' };
      const done = await setSite(senderHost(sender), false);
      return done.ok ? { ok: true } : done;
    },
    'card/shortcuts-shown': async () => {
      await updateSettings(db, { shortcutsShown: true });
      deps.broadcastSettings();
      return { ok: true };
    },
  } satisfies ContentHandlers;

  const extensionPage = {
    'view/page': async ({ tabId }) => {
      const tab = tabs.get(tabId);
      if (tab) return { view: await viewOf(tab.analysis, tab.incognito, tab.site) };
      // The service worker may have been stopped since the page was read: the database still knows it.
      const url = await deps.askTabUrl(tabId).catch(() => null);
      const view = url ? await pageView(db, url) : null;
      return { view: view?.article ? view : null };
    },
    'site/set': async ({ host, enabled, tabId }) => {
      if (tabId !== null && (await deps.isPrivateTab(tabId))) return { ok: false, reason: 'private-window' };
      return setSite(host, enabled);
    },
    'settings/get': async () => ({ settings: await loadSettings(db) }),
    'settings/set': async ({ patch }) => {
      const settings = await updateSettings(db, patch);
      deps.broadcastSettings();
      return { settings };
    },
    'highlights/export': async ({ format }) => {
      const all = await allHighlights(db);
      return { text: format === 'markdown' ? toMarkdown(all) : toJson(all), count: all.length };
    },
    'highlights/import': async ({ json }) => {
      const parsed = parseImport(json);
      const imported = await importHighlights(db, parsed.highlights);
      return { imported, rejected: parsed.rejected, errors: parsed.errors.slice(0, 20) };
    },
    'data/erase': async () => {
      // Everything: the reading history and highlights, and every name looked up (with the reader's choices),
      // a private window's memory included.
      await Promise.all([eraseAll(db), deps.knowledgeStore.clear(), deps.knowledge(true).clear()]);
      tabs.clear();
      deps.broadcastErased();
      deps.broadcastSettings();
      return { ok: true };
    },
    'data/export': async () => {
      const backup = await exportBackup(db, deps.knowledgeStore, deps.now());
      return { json: backupJson(backup), articles: backup.articles.length, highlights: backup.highlights.length };
    },
    'data/import': async ({ json }) => {
      const parsed = parseBackup(json);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      const imported = await importBackup(db, parsed.backup, deps.knowledgeStore);
      tabs.clear();
      deps.broadcastSettings();
      return { ok: true, imported };
    },
  } satisfies ExtensionPageHandlers;

  /** A private tab's view comes from memory; any other from the database, as the reader's record. */
  async function viewOf(analysis: Analysis, incognito: boolean, site: string): Promise<PageView> {
    if (!incognito) return pageView(db, analysis.url);
    return {
      article: { url: analysis.url, title: analysis.title, site, published: analysis.published },
      entities: analysis.entities.map((e) => ({
        key: e.key,
        name: e.name,
        type: e.type,
        count: e.mentions.length,
        roles: e.roles,
        firstStart: e.mentions[0]?.start ?? 0,
      })),
      attributions: analysis.attributions.map(({ start, end, text, category }) => ({ start, end, text, category })),
      timeline: analysis.events.map((ev) => ({
        date: ev.date,
        text: ev.text,
        articleUrl: analysis.url,
        articleTitle: analysis.title,
        earlier: false,
        sharedKeys: [],
      })),
      highlights: [],
    };
  }

  return { content, extensionPage, forgetTab: (tabId) => void tabs.delete(tabId) };
}
