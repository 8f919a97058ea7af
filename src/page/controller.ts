import type { ReadArticle } from '../analysis/extract/read-article';
import { toExtracted, type ExtractedArticle } from '../analysis/extract/map-article';
import { isProbablyReaderable } from '../analysis/extract/readerable';
import { isInSkippedArea } from '../analysis/extract/skip-rules';
import type { Analysis, Entity } from '../analysis/types';
import { anchor } from '../highlights/anchor';
import { describe } from '../highlights/describe';
import type { SavedHighlight } from '../highlights/types';
import type { KnowledgeResult } from '../knowledge/types';
import type { Settings } from '../settings/settings';
import type { EntityHistory } from '../store/entity-history';
import type { CardActions } from '../ui/card/Card';
import type { CardModel, EntityCardModel } from '../ui/card/model';
import { HoverIntent } from './hover-intent';
import { MARK_CLASS, MarkPainter, type MarkSpec } from './marks';
import { Overlay } from './overlay';
import { rangeToOffsets } from './selection';

/** Whether two settings paint the same marks (look-ups or onboarding changes must not repaint pages). */
function sameMarkSettings(a: Settings, b: Settings): boolean {
  return (
    JSON.stringify([a.entityTypes, a.attributionCategories]) ===
    JSON.stringify([b.entityTypes, b.attributionCategories])
  );
}

/** How the page side reaches the background: one request, one answer. */
export type SendToBackground = <T>(type: string, body: unknown) => Promise<T>;

const MAX_RERUNS = 8;
const MAX_PAGE_HTML = 20_000_000;
const RERUN_DEBOUNCE_MS = 1000;
const MEANINGFUL_TEXT = 40;

/**
 * Everything Backstory does in one page: read the article, ask the background to analyse it, paint the
 * marks, open cards, save highlights and follow late content. Built on a window so tests can pass jsdom's.
 */
export class PageController {
  private readonly doc: Document;
  private readonly painter: MarkPainter;
  private overlay: Overlay | null = null;
  private article: ExtractedArticle | null = null;
  private analysis: Analysis | null = null;
  private settings: Settings | null = null;
  private highlights: SavedHighlight[] = [];
  private readonly orphans = new Set<string>();
  private readonly histories = new Map<string, EntityHistory | 'loading'>();
  private readonly knowledge = new Map<string, KnowledgeResult | 'loading'>();
  private observer: MutationObserver | null = null;
  private rerunTimer: number | null = null;
  private reruns = 0;
  private running: Promise<void> | null = null;
  private abort = new AbortController();
  private readonly hover: HoverIntent<HTMLElement>;
  private cardTarget: HTMLElement | null = null;
  private started = false;
  private listening = false;
  /** The reader hid the marks with the toggle shortcut. */
  private hidden = false;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly send: SendToBackground,
  ) {
    this.doc = win.document;
    this.painter = new MarkPainter(this.doc);
    this.hover = new HoverIntent<HTMLElement>({
      prepare: (el) => this.prepare(el),
      show: (el) => this.openCard(el),
      hide: () => this.closeCard(),
    });
  }

  async start(): Promise<void> {
    if (this.started) return;
    const { settings, enabled } = await this.send<{ settings: Settings; enabled: boolean }>('page/settings', {
      host: this.win.location.host,
    });
    this.settings = settings;
    if (!enabled) return;
    this.started = true;
    this.listen();
    this.observe();
    await this.run();
  }

  /** Reads and analyses the page, then paints. Runs again (debounced) when the page's content changes. */
  private run(): Promise<void> {
    if (this.running) return this.running;
    // Cleared in a later microtask, so a run that ends at once cannot leave a stale promise behind.
    const job = this.runOnce().finally(() => {
      if (this.running === job) this.running = null;
    });
    this.running = job;
    return job;
  }

  private async runOnce(): Promise<void> {
    if (!isProbablyReaderable(this.doc)) return;
    this.abort.abort();
    this.abort = new AbortController();
    this.painter.clear();
    // Readability runs in the extension (see background/read-page.ts); the page only serialises itself.
    const html = this.doc.documentElement.outerHTML;
    if (html.length > MAX_PAGE_HTML) return;
    const read = await this.send<ReadArticle | null>('page/read', { html, url: this.win.location.href });
    await this.yieldToPage();
    const article = read && toExtracted(this.doc, read);
    if (!article) return;
    await this.yieldToPage();
    const { analysis } = await this.send<{ analysis: Analysis }>('page/analyze', {
      text: article.map.text,
      meta: {
        title: article.title,
        url: article.url,
        published: article.published,
        site: article.site,
        byline: article.byline,
        lang: article.lang,
      },
    });
    if (analysis.language !== 'en') return;
    this.article = article;
    this.analysis = analysis;
    this.highlights = await this.send<SavedHighlight[]>('highlight/list', { url: article.url });
    await this.paint();
  }

  /** Ends the current task so the page's own work (input, rendering) can run between our steps. */
  private yieldToPage(): Promise<void> {
    return new Promise((resolve) => this.win.setTimeout(resolve, 0));
  }

  private async paint(): Promise<void> {
    const { article, analysis, settings } = this;
    if (!article || !analysis || !settings || this.hidden) return;
    const marks: MarkSpec[] = [];
    for (const e of analysis.entities) {
      if (!settings.entityTypes[e.type]) continue;
      e.mentions.forEach((m, i) =>
        marks.push({
          start: m.start,
          end: m.end,
          kind: 'entity',
          key: e.key,
          type: e.type,
          focusable: i === 0,
          label: `${e.name}: background`,
        }),
      );
    }
    for (const a of analysis.attributions) {
      if (!settings.attributionCategories[a.category]) continue;
      marks.push({
        start: a.start,
        end: a.end,
        kind: 'attribution',
        key: a.category,
        focusable: true,
        label: `Vague attribution: ${a.text}`,
      });
    }
    marks.push(...this.savedMarks(article));
    await this.painter.paint(article.map, marks, this.abort.signal);
  }

  /**
   * Saved highlights re-anchored on today's text: by position, then quote, then fuzzily. Those that no longer
   * fit are orphans: not painted, but kept, and the popup says so.
   */
  private savedMarks(article: ExtractedArticle): MarkSpec[] {
    const marks: MarkSpec[] = [];
    this.orphans.clear();
    for (const h of this.highlights) {
      const at = anchor(article.map.text, { quote: h.quote, position: h.position });
      if (at)
        marks.push({
          start: at.start,
          end: at.end,
          kind: 'saved',
          key: h.id,
          focusable: true,
          label: 'Your highlight',
        });
      else this.orphans.add(h.id);
    }
    return marks;
  }

  /** Listeners are added once per page; they do nothing while Backstory is stopped on this site. */
  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    const d = this.doc;
    const markOf = (t: EventTarget | null): HTMLElement | null =>
      this.started && t instanceof this.win.Element ? (t.closest(`.${MARK_CLASS}`) as HTMLElement | null) : null;
    d.addEventListener(
      'pointerover',
      (e) => {
        if (this.overlay?.contains(e.target as Node)) return this.hover.enterCard();
        const mark = markOf(e.target);
        if (mark && this.painter.isOurs(mark)) this.hover.enter(mark);
      },
      { passive: true },
    );
    d.addEventListener(
      'pointerout',
      (e) => {
        const to = e.relatedTarget as Node | null;
        if (this.overlay?.contains(to)) return this.hover.enterCard();
        const from = markOf(e.target) ?? (this.overlay?.contains(e.target as Node) ? this.overlay.host : null);
        if (from && markOf(to) !== from) this.hover.leave();
      },
      { passive: true },
    );
    d.addEventListener('focusin', (e) => {
      const mark = markOf(e.target);
      if (mark && this.painter.isOurs(mark)) this.hover.focus(mark);
    });
    d.addEventListener('focusout', (e) => {
      const to = (e as FocusEvent).relatedTarget as Node | null;
      if (markOf(e.target) && !this.overlay?.contains(to)) this.hover.leave();
    });
    d.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && (this.hover.current || this.overlay)) {
        const back = this.cardTarget;
        this.hover.close();
        this.overlay?.hideBar();
        back?.focus();
      }
    });
    // Clicking a mark (without dragging) selects it, so a highlighted span can be saved like a selection.
    d.addEventListener('click', (e) => {
      const mark = markOf(e.target);
      const sel = this.win.getSelection();
      if (!mark || !this.painter.isOurs(mark) || mark.dataset.bsKind === 'saved' || !sel?.isCollapsed) return;
      const range = this.doc.createRange();
      range.selectNodeContents(mark);
      sel.removeAllRanges();
      sel.addRange(range);
      this.offerSave();
    });
    d.addEventListener('mouseup', () => this.started && this.win.setTimeout(() => this.offerSave(), 0), {
      passive: true,
    });
    d.addEventListener(
      'keyup',
      (e) => {
        if (this.started && e.shiftKey) this.offerSave();
      },
      { passive: true },
    );
  }

  /** Late content: re-read the page when text that is not ours appears (a few times at most). */
  private observe(): void {
    if (!this.doc.body) return;
    this.observer = new this.win.MutationObserver((records) => {
      let added = 0;
      for (const r of records) {
        for (const n of Array.from(r.addedNodes)) {
          if (this.painter.isOurs(n) || n === this.overlay?.host) continue;
          if (n.nodeType === 1 && isInSkippedArea(n as Element)) continue;
          added += (n.textContent ?? '').trim().length;
        }
      }
      if (added < MEANINGFUL_TEXT || this.reruns >= MAX_RERUNS) return;
      if (this.rerunTimer) this.win.clearTimeout(this.rerunTimer);
      this.rerunTimer = this.win.setTimeout(() => {
        this.reruns++;
        void this.run();
      }, RERUN_DEBOUNCE_MS);
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true });
  }

  private entityOf(key: string): Entity | undefined {
    return this.analysis?.entities.find((e) => e.key === key);
  }

  /** Dwell reached: fetch what the card will need, so it is ready when it appears. */
  private prepare(el: HTMLElement): void {
    if (el.dataset.bsKind !== 'entity' || !this.article) return;
    const key = el.dataset.bsKey!;
    const entity = this.entityOf(key);
    if (!entity) return;
    if (!this.histories.has(key)) {
      this.histories.set(key, 'loading');
      this.send<EntityHistory>('card/entity', { key, url: this.article.url })
        .then((h) => this.histories.set(key, h))
        .catch(() => this.histories.delete(key))
        .finally(() => this.refreshCard(el));
    }
    if (this.settings?.lookups && !this.knowledge.has(key)) {
      this.knowledge.set(key, 'loading');
      const context = (this.analysis?.entities ?? [])
        .filter((e) => e.key !== key && e.type !== 'GROUP')
        .slice(0, 20)
        .map((e) => e.name.slice(0, 300));
      this.send<KnowledgeResult>('knowledge/lookup', {
        name: entity.name.slice(0, 300),
        aliases: [...new Set(entity.mentions.map((m) => m.text))].slice(0, 30).map((s) => s.slice(0, 300)),
        type: entity.type,
        roles: entity.roles.slice(0, 20).map((r) => r.slice(0, 300)),
        context,
        published: this.analysis?.published ?? null,
      })
        .then((k) => this.knowledge.set(key, k))
        .catch(() => this.knowledge.delete(key))
        .finally(() => this.refreshCard(el));
    }
  }

  private modelOf(el: HTMLElement): CardModel | null {
    const kind = el.dataset.bsKind;
    const key = el.dataset.bsKey ?? '';
    if (kind === 'entity') {
      const e = this.entityOf(key);
      if (!e) return null;
      const model: EntityCardModel = {
        kind: 'entity',
        key,
        name: e.name,
        type: e.type,
        roles: e.roles,
        names: [...new Set(e.mentions.map((m) => m.text))],
        mentionCount: e.mentions.length,
        published: this.analysis?.published ?? null,
        history: this.histories.get(key) ?? null,
        knowledge: this.settings?.lookups ? (this.knowledge.get(key) ?? null) : 'off',
      };
      return model;
    }
    if (kind === 'attribution') {
      const start = Number(el.dataset.bsStart);
      const a = this.analysis?.attributions.find((x) => x.start === start && x.category === key);
      return a
        ? { kind: 'attribution', category: a.category, text: a.text, explanation: a.explanation, question: a.question }
        : null;
    }
    if (kind === 'saved') {
      const h = this.highlights.find((x) => x.id === key);
      return h ? { kind: 'saved', id: h.id, quote: h.quote.exact, note: h.note } : null;
    }
    return null;
  }

  private readonly actions: CardActions = {
    onNextMention: (key) => {
      const marks = this.painter.marks().filter((m) => m.dataset.bsKey === key && m.dataset.bsKind === 'entity');
      const i = this.cardTarget ? marks.indexOf(this.cardTarget) : -1;
      const next = marks[(i + 1) % marks.length];
      if (next) this.reveal(next);
    },
    onChooseCandidate: (name, qid) => {
      const key = this.cardTarget?.dataset.bsKey;
      if (key) this.knowledge.delete(key);
      void this.send('knowledge/choose', { name, qid }).then(() => this.cardTarget && this.prepare(this.cardTarget));
    },
    onDisableSite: () => {
      void this.send('site/disable-here', {}).then(() => this.stop());
    },
    onDeleteHighlight: (id) => {
      void this.send('highlight/delete', { id }).then(() => {
        this.highlights = this.highlights.filter((h) => h.id !== id);
        this.hover.close();
        this.painter.clear('saved');
        void this.paintSaved();
      });
    },
  };

  private ensureOverlay(): Overlay {
    return (this.overlay ??= new Overlay(this.doc));
  }

  private openCard(el: HTMLElement): void {
    const model = this.modelOf(el);
    if (!model) return;
    this.cardTarget = el;
    const r = el.getBoundingClientRect();
    this.ensureOverlay().showCard(model, this.actions, { x: r.x, y: r.y, width: r.width, height: r.height });
  }

  private refreshCard(el: HTMLElement): void {
    if (this.cardTarget !== el || this.hover.current !== el) return;
    const model = this.modelOf(el);
    if (model) this.overlay?.updateCard(model, this.actions);
  }

  private closeCard(): void {
    this.cardTarget = null;
    this.overlay?.hideCard();
  }

  /** Scrolls a mark into view and opens its card, as keyboard focus would. */
  private reveal(el: HTMLElement): void {
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.focus({ preventScroll: true });
    this.hover.focus(el);
  }

  /** A non-empty selection inside the article: offer to save it. */
  private offerSave(): void {
    const sel = this.win.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !this.article) {
      this.overlay?.hideBar();
      return;
    }
    const range = sel.getRangeAt(0);
    const offsets = rangeToOffsets(this.article.map, range);
    if (!offsets) return;
    const r = range.getBoundingClientRect();
    this.ensureOverlay().showBar(
      { x: r.x, y: r.y, width: r.width, height: r.height },
      (note) => void this.saveRange(offsets.start, offsets.end, note),
      () => this.overlay?.hideBar(),
    );
  }

  private async saveRange(start: number, end: number, note: string): Promise<void> {
    const article = this.article;
    if (!article) return;
    const { quote, position } = describe(article.map.text, start, end);
    const reply = await this.send<{ ok: boolean; highlight?: SavedHighlight }>('highlight/save', {
      url: article.url,
      title: article.title,
      site: article.site ?? this.win.location.hostname,
      quote,
      position,
      note,
    });
    this.overlay?.hideBar();
    this.win.getSelection()?.removeAllRanges();
    if (reply.ok && reply.highlight) {
      this.highlights.push(reply.highlight);
      await this.painter.paint(article.map, [
        { start, end, kind: 'saved', key: reply.highlight.id, focusable: true, label: 'Your highlight' },
      ]);
    }
  }

  private async paintSaved(): Promise<void> {
    if (this.article) await this.painter.paint(this.article.map, this.savedMarks(this.article));
  }

  /** Commands from the background or the popup (validated by the caller). */
  async command(type: string, body: Record<string, unknown>): Promise<unknown> {
    switch (type) {
      case 'page/save-selection': {
        const sel = this.win.getSelection();
        if (!sel || sel.isCollapsed || !this.article) return { ok: false };
        const offsets = rangeToOffsets(this.article.map, sel.getRangeAt(0));
        if (!offsets) return { ok: false };
        await this.saveRange(offsets.start, offsets.end, '');
        return { ok: true };
      }
      case 'page/reveal': {
        const marks = this.painter.marks();
        const el =
          body.kind === 'entity'
            ? marks.find((m) => m.dataset.bsKind === 'entity' && m.dataset.bsKey === body.key)
            : body.kind === 'saved'
              ? marks.find((m) => m.dataset.bsKind === 'saved' && m.dataset.bsKey === body.key)
              : marks.find((m) => m.dataset.bsKind === 'attribution' && Number(m.dataset.bsStart) === body.start);
        if (el) this.reveal(el);
        return { ok: !!el };
      }
      case 'page/settings-changed': {
        const { settings, enabled } = await this.send<{ settings: Settings; enabled: boolean }>('page/settings', {
          host: this.win.location.host,
        });
        const before = this.settings;
        this.settings = settings;
        if (!enabled) this.stop();
        else if (!this.started) await this.start();
        else if (!this.analysis) await this.run();
        else if (before && sameMarkSettings(before, settings)) return { ok: true };
        else {
          this.painter.clear();
          this.highlights = this.article
            ? await this.send<SavedHighlight[]>('highlight/list', { url: this.article.url })
            : [];
          await this.paint();
        }
        return { ok: true };
      }
      case 'page/toggle': {
        this.hidden = !this.hidden;
        this.hover.close();
        if (this.hidden) this.painter.clear();
        else await this.paint();
        return { hidden: this.hidden };
      }
      case 'page/whoami':
        return {
          url: this.article?.url ?? null,
          host: this.win.location.host,
          analysed: !!this.analysis,
          orphans: [...this.orphans],
        };
      case 'debug/ui-state':
        return this.ensureOverlay().state();
    }
    return null;
  }

  stop(): void {
    this.started = false;
    this.abort.abort();
    this.observer?.disconnect();
    this.hover.close();
    this.painter.clear();
    this.overlay?.destroy();
    this.overlay = null;
  }
}
