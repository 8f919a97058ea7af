import { analyzeText } from '../analysis/analyze';
import type { AttributionTagger } from '../analysis/attributions/learned/tagger';
import type { EntityRecognizer } from '../analysis/entities';
import type { ReadArticle } from '../analysis/extract/read-article';
import type { Analysis } from '../analysis/types';
import { toJson, toMarkdown } from '../highlights/export';
import { parseImport } from '../highlights/import';
import { newHighlightId } from '../highlights/id';
import { normalizeUrl } from '../highlights/canonicalUrl';
import type { SavedHighlight } from '../highlights/types';
import type { KnowledgeResult, LookupQuery } from '../knowledge/types';
import type { ContentRequestType, ExtensionPageRequestType, RequestOf } from '../messages/protocol';
import { isSiteEnabled, type Settings } from '../settings/settings';
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
import { pageView, type PageView } from '../store/page-view';
import { recordArticle } from '../store/record-article';
import { resolveKeysAgainstHistory } from '../store/resolve-keys';
import type { BackstoryDb } from '../store/schema';
import { loadSettings, updateSettings } from '../store/settings-repo';

export interface KnowledgeService {
  lookup(query: LookupQuery): Promise<KnowledgeResult>;
  choose(name: string, qid: string): Promise<void>;
}

export interface BackgroundDeps {
  db: BackstoryDb;
  recognizer: () => Promise<EntityRecognizer>;
  /** The attribution tagger's weights, or null when they cannot be loaded (the rules of words run alone). */
  attributionTagger: () => Promise<AttributionTagger | null>;
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

/**
 * The background's behaviour, free of browser APIs so it can be tested with fake-indexeddb.
 * Private (incognito) tabs get analyses and cards but nothing is ever written for them.
 */
export function createHandlers(deps: BackgroundDeps) {
  const { db } = deps;
  /** The last analysis of each tab, for the popup; private tabs live only here. */
  const tabs = new Map<number, { analysis: Analysis; site: string; incognito: boolean }>();

  async function content<T extends ContentRequestType>(
    type: T,
    req: RequestOf<T>,
    sender: ContentSender,
  ): Promise<unknown> {
    switch (type) {
      case 'page/read': {
        const { html, url } = req as RequestOf<'page/read'>;
        return deps.readPage(html, url);
      }
      case 'page/settings': {
        const { host } = req as RequestOf<'page/settings'>;
        const settings = await loadSettings(db);
        return { settings, enabled: isSiteEnabled(settings, host) };
      }
      case 'page/analyze': {
        const { text, meta } = req as RequestOf<'page/analyze'>;
        const url = normalizeUrl(meta.url) ?? meta.url;
        const [recognizer, tagger] = await Promise.all([deps.recognizer(), deps.attributionTagger()]);
        const analysis = await resolveKeysAgainstHistory(db, analyzeText(text, { ...meta, url }, recognizer, tagger));
        const site = meta.site ?? new URL(url).hostname;
        tabs.set(sender.tabId, { analysis, site, incognito: sender.incognito });
        if (!sender.incognito && analysis.language === 'en' && analysis.entities.length > 0) {
          await recordArticle(db, analysis, { site }, deps.now());
        }
        // The page has the text already: the reply carries only what was found in it.
        return { analysis: { ...analysis, text: '' } };
      }
      case 'card/entity': {
        const { key, url } = req as RequestOf<'card/entity'>;
        return entityHistory(db, key, normalizeUrl(url) ?? url);
      }
      case 'knowledge/lookup': {
        const settings = await loadSettings(db);
        if (!settings.lookups) return { status: 'none', query: (req as LookupQuery).name } satisfies KnowledgeResult;
        return deps.knowledge(sender.incognito).lookup(req as LookupQuery);
      }
      case 'knowledge/choose': {
        const { name, qid } = req as RequestOf<'knowledge/choose'>;
        if (sender.incognito) return { ok: false, reason: 'private-window' };
        try {
          await deps.knowledge(false).choose(name, qid);
          return { ok: true };
        } catch {
          return { ok: false, reason: 'invalid' };
        }
      }
      case 'highlight/save': {
        if (sender.incognito) return { ok: false, reason: 'private-window' };
        const r = req as RequestOf<'highlight/save'>;
        const now = deps.now();
        const highlight: SavedHighlight = {
          id: newHighlightId(),
          url: normalizeUrl(r.url) ?? r.url,
          title: r.title,
          site: r.site,
          quote: r.quote,
          position: r.position,
          note: r.note,
          createdAt: now,
          updatedAt: now,
        };
        await saveHighlight(db, highlight);
        return { ok: true, highlight };
      }
      case 'highlight/list': {
        const { url } = req as RequestOf<'highlight/list'>;
        return highlightsFor(db, normalizeUrl(url) ?? url);
      }
      case 'highlight/note': {
        const { id, note } = req as RequestOf<'highlight/note'>;
        return { ok: await updateNote(db, id, note, deps.now()) };
      }
      case 'highlight/delete':
        await deleteHighlight(db, (req as RequestOf<'highlight/delete'>).id);
        return { ok: true };
      case 'site/disable-here': {
        if (!sender.url) return { ok: false };
        return { ok: true, ...(await setSite(new URL(sender.url).host, false)) };
      }
    }
    return null;
  }

  async function setSite(host: string, enabled: boolean): Promise<{ settings: Settings }> {
    const current = await loadSettings(db);
    const h = host.toLowerCase();
    const disabledSites = enabled ? current.disabledSites.filter((s) => s !== h) : [...current.disabledSites, h];
    const settings = await updateSettings(db, { disabledSites });
    deps.broadcastSettings();
    return { settings };
  }

  async function extensionPage<T extends ExtensionPageRequestType>(type: T, req: RequestOf<T>): Promise<unknown> {
    switch (type) {
      case 'view/page': {
        const { tabId } = req as RequestOf<'view/page'>;
        const tab = tabs.get(tabId);
        if (tab) return { view: await viewOf(tab.analysis, tab.incognito, tab.site) };
        // The service worker may have been stopped since the page was read: the database still knows it.
        const url = await deps.askTabUrl(tabId).catch(() => null);
        const view = url ? await pageView(db, url) : null;
        return { view: view?.article ? view : null };
      }
      case 'site/set': {
        const { host, enabled } = req as RequestOf<'site/set'>;
        return setSite(host, enabled);
      }
      case 'settings/get':
        return { settings: await loadSettings(db) };
      case 'settings/set': {
        const settings: Settings = await updateSettings(db, (req as RequestOf<'settings/set'>).patch);
        deps.broadcastSettings();
        return { settings };
      }
      case 'highlights/export': {
        const all = await allHighlights(db);
        const { format } = req as RequestOf<'highlights/export'>;
        return { text: format === 'markdown' ? toMarkdown(all) : toJson(all), count: all.length };
      }
      case 'highlights/import': {
        const parsed = parseImport((req as RequestOf<'highlights/import'>).json);
        const imported = await importHighlights(db, parsed.highlights);
        return { imported, rejected: parsed.rejected, errors: parsed.errors.slice(0, 20) };
      }
      case 'data/erase':
        await eraseAll(db);
        tabs.clear();
        deps.broadcastSettings();
        return { ok: true };
    }
    return null;
  }

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

  return { content, extensionPage, forgetTab: (tabId: number) => tabs.delete(tabId) };
}
