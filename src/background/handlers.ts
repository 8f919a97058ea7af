import { analyzeText } from '../analysis/analyze';
import type { EntityRecognizer } from '../analysis/entities';
import type { ReadArticle } from '../analysis/extract/read-article';
import type { Analysis } from '../analysis/types';
import { toJson, toMarkdown } from '../highlights/export';
import { parseImport } from '../highlights/import';
import { normalizeUrl } from '../highlights/canonicalUrl';
import { createHighlight } from '../highlights/create';
import type { KnowledgeService } from '../knowledge/service';
import type { ContentRequests, ContentResponses } from '../messages/content';
import type { ExtensionPageRequests, ExtensionPageResponses } from '../messages/extension-page';
import type { Handlers } from '../messages/route';
import type { PageView } from '../messages/views';
import { isSiteEnabled, pageSettingsOf, type Settings } from '../settings/settings';
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
import { loadSettings, updateSettings } from '../store/settings-repo';

export interface BackgroundDeps {
  db: BackstoryDb;
  recognizer: () => Promise<EntityRecognizer>;
  /** The look-up service; private windows get one whose cache never touches the disk. */
  knowledge: (incognito: boolean) => KnowledgeService;
  now: () => number;
  /** Tells every open tab that settings changed. */
  broadcastSettings: () => void;
  /** Runs Readability on a page's HTML where a DOMParser lives (background page or offscreen document). */
  readPage: (html: string, url: string) => Promise<ReadArticle | null>;
  /** Asks a tab's content script which article it shows (after the background was restarted). */
  askTabUrl: (tabId: number) => Promise<string | null>;
}

/** What a content script says about itself: its tab and whether it is in a private window. */
export interface ContentSender {
  tabId: number;
  incognito: boolean;
  /** The sender tab's URL, as the browser reports it. */
  url: string | null;
}

export type ContentHandlers = Handlers<ContentRequests, ContentResponses, ContentSender>;
export type ExtensionPageHandlers = Handlers<ExtensionPageRequests, ExtensionPageResponses, void>;

const canonical = (url: string): string => normalizeUrl(url) ?? url;

/**
 * The background's behaviour, free of browser APIs so it can be tested with fake-indexeddb.
 * Private (incognito) tabs get analyses and cards but nothing is ever written for them.
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

  async function setSite(host: string, enabled: boolean): Promise<{ settings: Settings }> {
    const current = await loadSettings(db);
    const h = host.toLowerCase();
    const disabledSites = enabled ? current.disabledSites.filter((s) => s !== h) : [...current.disabledSites, h];
    const settings = await updateSettings(db, { disabledSites });
    deps.broadcastSettings();
    return { settings };
  }

  const content = {
    'page/read': ({ html, url }) => deps.readPage(html, url),
    'page/settings': async ({ host }) => {
      const settings = await loadSettings(db);
      return { settings: pageSettingsOf(settings), enabled: isSiteEnabled(settings, host) };
    },
    'page/analyze': async ({ text, meta }, sender) => {
      const url = canonical(meta.url);
      const analysis = await resolveKeysAgainstHistory(
        db,
        analyzeText(text, { ...meta, url }, await deps.recognizer()),
      );
      const site = meta.site ?? new URL(url).hostname;
      tabs.set(sender.tabId, { analysis, site, incognito: sender.incognito });
      if (!sender.incognito && analysis.language === 'en' && analysis.entities.length > 0) {
        await recordArticle(db, analysis, { site }, deps.now());
      }
      return { analysis: { ...analysis, text: '' } };
    },
    'page/navigated': async (_body, sender) => {
      tabs.delete(sender.tabId);
      return { ok: true };
    },
    'card/entity': ({ key, url }) => entityHistory(db, key, canonical(url)),
    'knowledge/lookup': async (query, sender) => {
      const settings = await loadSettings(db);
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
    'highlight/list': ({ url }) => highlightsFor(db, canonical(url)),
    'highlight/note': async ({ id, note }) => ({ ok: await updateNote(db, id, note, deps.now()) }),
    'highlight/delete': async ({ id }) => {
      await deleteHighlight(db, id);
      return { ok: true };
    },
    'site/disable-here': async (_body, sender) => {
      if (!sender.url) return { ok: false };
      await setSite(new URL(sender.url).host, false);
      return { ok: true };
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
    'site/set': ({ host, enabled }) => setSite(host, enabled),
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
      await eraseAll(db);
      tabs.clear();
      deps.broadcastSettings();
      return { ok: true };
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
