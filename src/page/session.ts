import type { ExtractedArticle } from '../analysis/extract/map-article';
import { toExtracted } from '../analysis/extract/map-article';
import { isProbablyReaderable } from '../analysis/extract/readerable';
import { isInSkippedArea } from '../analysis/extract/skip-rules';
import type { Analysis } from '../analysis/types';
import type { SavedHighlight } from '../highlights/types';
import { clip, LIMITS } from '../limits';
import type { ContentClient } from '../messages/content';
import type { RevealTarget } from '../messages/page-commands';
import type { PageStatus } from '../messages/views';
import type { PageSettings } from '../settings/settings';
import { sameDocument } from './address';
import { CardFeature } from './card/feature';
import { MarksFeature } from './marks/feature';
import { paintsTheSame } from './marks/plan';
import { Overlay } from './overlay';
import { SaveFeature } from './save/feature';
import type { Scope } from './scope';

/** Late content: re-read when this much text appears, a few times per address at most, once it settles. */
const MEANINGFUL_TEXT = 40;
const MAX_RERUNS = 8;
const RERUN_DEBOUNCE_MS = 1000;

/** The article a session shows: read, analysed, with the reader's saved highlights. */
export interface ArticleState {
  article: ExtractedArticle;
  analysis: Analysis;
  highlights: SavedHighlight[];
}

export interface SessionOptions {
  win: Window & typeof globalThis;
  send: ContentClient;
  settings: PageSettings;
  /** This session's lifetime: it ends on the next address, or when Backstory is turned off here. */
  scope: Scope;
  /** The address this session is for. */
  address: string;
  /** The reader turned Backstory off on this site from a card. */
  onSiteDisabled(): void;
  /** The page moved to another address (noticed here, before WXT's location event). */
  onAddressChange(): void;
}

/**
 * Backstory on one page at one address: reads the article, has it analysed, and runs the features (marks,
 * card, save) on it. Everything it starts is tied to its scope, so stopping it (another address, the site
 * turned off, the extension updated) removes its marks, card, listeners, timers and observer at once.
 */
export class PageSession {
  readonly win: Window & typeof globalThis;
  readonly doc: Document;
  readonly scope: Scope;
  readonly send: ContentClient;
  settings: PageSettings;
  /** Set once the article is read and analysed. */
  current: ArticleState | null = null;
  /** What the last reading made of the page (the popup says it). */
  status: PageStatus = { state: 'reading' };
  readonly marks: MarksFeature;
  readonly card: CardFeature;
  readonly save: SaveFeature;
  private overlayInstance: Overlay | null = null;
  private running: Promise<void> | null = null;
  private reruns = 0;
  private cancelRun: (() => void) | null = null;

  constructor(private readonly options: SessionOptions) {
    this.win = options.win;
    this.doc = options.win.document;
    this.scope = options.scope;
    this.send = options.send;
    this.settings = options.settings;
    this.marks = new MarksFeature(this);
    this.card = new CardFeature(this);
    this.save = new SaveFeature(this);
    this.scope.signal.addEventListener('abort', () => this.teardown(), { once: true });
  }

  get address(): string {
    return this.options.address;
  }

  /** The card and save bar's host, created when first needed. */
  overlay(): Overlay {
    return (this.overlayInstance ??= new Overlay(this.doc, this.marks.tone));
  }

  get overlayIfOpen(): Overlay | null {
    return this.overlayInstance;
  }

  /** Reads the page now, or after `delay` ms (a single-page site still drawing the next article). */
  start(delay = 0): void {
    this.observe();
    if (delay > 0) this.runAfter(delay);
    else void this.run();
  }

  stop(): void {
    this.scope.end();
  }

  /** New settings: repaint only when they change what is marked. */
  async updateSettings(settings: PageSettings): Promise<void> {
    const before = this.settings;
    this.settings = settings;
    const state = this.current;
    if (!state) return this.run();
    if (paintsTheSame(before, settings)) return;
    this.marks.clear();
    const highlights = await this.send('highlight/list', { url: state.article.url });
    if (this.scope.ended || this.current !== state) return;
    state.highlights = highlights;
    await this.marks.paint();
  }

  /** The popup asks for a mark: bring it into view with its card. */
  reveal(target: RevealTarget): boolean {
    const el = this.marks.find(target);
    if (el) this.card.reveal(el);
    return !!el;
  }

  async toggleMarks(): Promise<boolean> {
    this.card.close();
    return this.marks.toggle();
  }

  async addHighlight(highlight: SavedHighlight, start: number, end: number): Promise<void> {
    this.current?.highlights.push(highlight);
    await this.marks.paintSaved(highlight, start, end);
  }

  async deleteHighlight(id: string): Promise<void> {
    await this.send('highlight/delete', { id });
    const state = this.current;
    if (this.scope.ended || !state) return;
    state.highlights = state.highlights.filter((h) => h.id !== id);
    await this.marks.repaintSaved();
  }

  /** The card's "Turn off on this site". */
  disableSite(): void {
    this.send('site/disable-here', {}).then(
      () => this.options.onSiteDisabled(),
      () => {},
    );
  }

  /** Reads and analyses the page, then paints; a run asked for while one is going joins it. */
  private run(): Promise<void> {
    if (this.running) return this.running;
    // Backstory must never break the page: a failure (the extension reloaded, a refused message) ends the run.
    const job = this.read()
      .then((status) => {
        if (!this.scope.ended) this.status = status;
      })
      .catch(() => {
        if (!this.current) this.status = { state: 'failed' };
      })
      .finally(() => {
        if (this.running === job) this.running = null;
      });
    this.running = job;
    return job;
  }

  /** Runs after `ms`, replacing a run already waiting; a late-content rerun counts against the cap. */
  private runAfter(ms: number, rerun = false): void {
    this.cancelRun?.();
    this.cancelRun = this.scope.setTimeout(() => {
      this.cancelRun = null;
      if (rerun) this.reruns++;
      void this.run();
    }, ms);
  }

  /** Reads, analyses and paints the page; says what it made of it. */
  private async read(): Promise<PageStatus> {
    const { doc, win, send, scope } = this;
    // A late re-read that finds nothing leaves the article already shown as it is.
    const keep = (status: PageStatus): PageStatus => (this.current ? this.status : status);
    if (!isProbablyReaderable(doc)) return keep({ state: 'not-an-article' });
    this.marks.restorePage();
    // Readability runs in the extension (see background/read-page.ts); the page only serialises itself.
    const html = doc.documentElement.outerHTML;
    if (html.length > LIMITS.pageHtml) return keep({ state: 'too-long' });
    const read = await send('page/read', { html, url: win.location.href });
    if (scope.ended || !read) return keep({ state: 'not-an-article' });
    await this.yieldToPage();
    const article = !scope.ended && toExtracted(doc, read);
    if (!article) return keep({ state: 'not-an-article' });
    if (article.map.text.length > LIMITS.articleText || article.url.length > LIMITS.url)
      return keep({ state: 'too-long' });
    await this.yieldToPage();
    if (scope.ended) return this.status;
    const { analysis } = await send('page/analyze', {
      text: article.map.text,
      meta: {
        title: clip(article.title, LIMITS.title),
        url: article.url,
        published: article.published && clip(article.published, LIMITS.date),
        site: article.site && clip(article.site, LIMITS.site),
        byline: article.byline && clip(article.byline, LIMITS.byline),
        // A cut tag would name another language: one too long for a tag is no declaration at all.
        lang: article.lang && article.lang.length <= LIMITS.lang ? article.lang : null,
      },
    });
    if (scope.ended) return this.status;
    if (analysis.language !== 'en') return { state: 'unsupported-language', language: analysis.language };
    const highlights = await send('highlight/list', { url: article.url });
    if (scope.ended) return this.status;
    this.current = { article, analysis, highlights };
    await this.marks.paint();
    return { state: 'marked' };
  }

  /** Ends the current task so the page's own work (input, rendering) can run between our steps. */
  private yieldToPage(): Promise<void> {
    return new Promise((resolve) => this.win.setTimeout(resolve, 0));
  }

  /** Late content: read the page again when text that is not ours appears. */
  private observe(): void {
    if (!this.doc.body) return;
    this.scope.observe(this.doc.body, { childList: true, subtree: true }, (records) => {
      // Firefox has no Navigation API: WXT polls the address each second; a changed page tells sooner.
      if (!sameDocument(this.win.location.href, this.address)) return this.options.onAddressChange();
      let added = 0;
      for (const r of records) {
        for (const n of Array.from(r.addedNodes)) {
          if (this.marks.isOurs(n) || n === this.overlayInstance?.host) continue;
          if (n instanceof this.win.Element && isInSkippedArea(n)) continue;
          added += (n.textContent ?? '').trim().length;
        }
      }
      if (added >= MEANINGFUL_TEXT && this.reruns < MAX_RERUNS) this.runAfter(RERUN_DEBOUNCE_MS, true);
    });
  }

  private teardown(): void {
    this.card.close();
    this.marks.restorePage();
    this.overlayInstance?.destroy();
    this.overlayInstance = null;
    this.current = null;
  }
}
