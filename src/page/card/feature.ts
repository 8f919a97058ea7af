import type { KnowledgeResult } from '../../knowledge/types';
import type { EntityHistory } from '../../messages/views';
import type { CardActions, CardProps } from '../../ui/card/Card';
import type { PageSession } from '../session';
import type { Point } from './placement';
import { cardModel } from './card-model';
import { HoverIntent } from './hover-intent';
import { lookupQuery } from './lookup-query';

/**
 * The hover card: hovering or tabbing to a mark opens its card (Page-Previews timing, see hover-intent.ts),
 * on the reader's own input only (real-input.ts), with the article's own facts at once and the reader's
 * history and Wikipedia's background when they arrive. Fetched answers are kept for the session, so they
 * last as long as the article is shown.
 * Keyboard: a mark is a button that opens a non-modal dialog; Enter or Space moves into the card, Tab out of
 * its last control or Escape goes back to the mark.
 */
export class CardFeature {
  private readonly hover: HoverIntent<HTMLElement>;
  /** The mark whose card keyboard focus (a real Tab, or the popup) opened. */
  private focused: HTMLElement | null = null;
  private readonly histories = new Map<string, EntityHistory | 'loading'>();
  private readonly knowledge = new Map<string, KnowledgeResult | 'loading'>();
  /** The mark whose card is open. */
  private target: HTMLElement | null = null;
  /** Where the pointer rested on the mark being hovered: the line of a wrapped mark the card goes by. */
  private pointer: Point | undefined;
  /** The open card shows the key and shortcuts (the reader's first card). */
  private showKey = false;
  /** Focus is being handed back to a mark: that must not open its card again. */
  private returning = false;

  constructor(private readonly session: PageSession) {
    this.hover = new HoverIntent<HTMLElement>(
      { prepare: (el) => this.prepare(el), show: (el) => this.open(el), hide: () => this.hide() },
      (fn, ms) => session.scope.setTimeout(fn, ms),
    );
    const { input, marks } = session;
    const on = input.on;
    const overlay = () => session.overlayIfOpen;
    // A pointer that really moved onto a mark (events a page dispatches, or a page sliding marks under a
    // resting pointer, open nothing).
    on(
      'pointermove',
      (e) => {
        if (!input.pointerMoved(e)) return;
        if (overlay()?.contains(e.target)) return this.hover.enterCard();
        const mark = marks.registry.markAt(e.target);
        if (!mark) return;
        if (this.hover.current !== mark.element) this.pointer = { x: e.clientX, y: e.clientY };
        this.hover.enter(mark.element);
      },
      { passive: true },
    );
    on(
      'pointerout',
      (e) => {
        if (overlay()?.contains(e.relatedTarget)) return this.hover.enterCard();
        const from = marks.registry.markAt(e.target)?.element ?? (overlay()?.contains(e.target) ? e.target : null);
        if (from && marks.registry.markAt(e.relatedTarget)?.element !== from) this.hover.leave();
      },
      { passive: true },
    );
    // Keyboard focus opens a card only when the reader's Tab brought it: a page's `.focus()` does not.
    on('focusin', (e) => {
      const byTab = input.takeTabFocus(e);
      const mark = marks.registry.markAt(e.target);
      if (!mark || this.returning || !byTab) return;
      this.pointer = undefined;
      this.focusOn(mark.element);
    });
    // Only the focus that opened a card closes it when it leaves: a page moving the focus around with
    // `.focus()` (trusted focus events) must not close the card the reader's pointer opened.
    on('focusout', (e) => {
      const mark = marks.registry.markAt(e.target);
      if (!mark || mark.element !== this.focused || overlay()?.contains(e.relatedTarget)) return;
      this.focused = null;
      this.hover.leave();
    });
    on('keydown', (e) => {
      if (e.key === 'Escape' && this.hover.current) {
        const back = this.target;
        this.hover.close();
        this.focusMark(back);
        return;
      }
      if (e.key !== 'Enter' && e.key !== ' ') return;
      const mark = marks.registry.markAt(e.target);
      if (!mark || mark.element !== e.target || mark.spec.quiet) return;
      // The mark is a button: activating it opens its dialog and moves into it (Space must not scroll).
      e.preventDefault();
      if (this.hover.current !== mark.element) this.focusOn(mark.element);
      session.overlayIfOpen?.focusCard();
    });
  }

  /** Scrolls a mark into view and opens its card, as keyboard focus would. */
  reveal(el: HTMLElement): void {
    const reduce = this.session.win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    // 'instant', not 'auto': 'auto' follows the page's own `scroll-behavior`, which may be smooth.
    el.scrollIntoView({ block: 'center', behavior: reduce ? 'instant' : 'smooth' });
    // A quiet mention is no Tab stop, but the popup may point at it.
    if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
    el.focus({ preventScroll: true });
    this.pointer = undefined;
    this.focusOn(el);
  }

  private focusOn(el: HTMLElement): void {
    this.focused = el;
    this.hover.focus(el);
  }

  close(): void {
    this.hover.close();
  }

  /** The reader erased everything: histories and look-ups fetched for this article go with it. */
  forget(): void {
    this.hover.close();
    this.histories.clear();
    this.knowledge.clear();
  }

  /** Dwell reached: fetch what the card will need, so it is ready when it appears. */
  private prepare(el: HTMLElement): void {
    const spec = this.session.marks.registry.get(el)?.spec;
    const state = this.session.current;
    if (spec?.kind !== 'entity' || !state) return;
    const entity = state.analysis.entities.find((e) => e.key === spec.key);
    if (!entity) return;
    const { key } = spec;
    const { send, scope } = this.session;
    if (!this.histories.has(key)) {
      this.histories.set(key, 'loading');
      send('card/entity', { key, url: state.article.url })
        .then((h) => this.histories.set(key, h))
        .catch(() => this.histories.delete(key))
        .finally(() => !scope.ended && this.refresh(el));
    }
    if (this.session.settings.lookups && !this.knowledge.has(key)) {
      this.knowledge.set(key, 'loading');
      send('knowledge/lookup', lookupQuery(entity, state.analysis))
        .then((k) => this.knowledge.set(key, k))
        .catch(() => this.knowledge.delete(key))
        .finally(() => !scope.ended && this.refresh(el));
    }
  }

  private modelOf(el: HTMLElement) {
    const spec = this.session.marks.registry.get(el)?.spec;
    const state = this.session.current;
    if (!spec || !state) return null;
    return cardModel(spec, {
      analysis: state.analysis,
      highlights: state.highlights,
      histories: this.histories,
      knowledge: this.knowledge,
      lookups: this.session.settings.lookups,
      privateWindow: this.session.privateWindow,
    });
  }

  private open(el: HTMLElement): void {
    const model = this.modelOf(el);
    if (!model) return;
    this.target?.removeAttribute('aria-expanded');
    this.target = el;
    if (el.getAttribute('role') === 'button') el.setAttribute('aria-expanded', 'true');
    const { session } = this;
    this.showKey = !session.settings.shortcutsShown;
    if (this.showKey) {
      // Once per reader: later cards keep the key folded.
      session.settings = { ...session.settings, shortcutsShown: true };
      session.send('card/shortcuts-shown', {}).catch(() => {});
    }
    session.overlay().showCard(this.props(model), el, {
      pointer: this.pointer,
      onTabOut: () => this.focusMark(this.target),
    });
  }

  private props(model: NonNullable<ReturnType<CardFeature['modelOf']>>): CardProps {
    return { model, actions: this.actions, showKey: this.showKey };
  }

  private refresh(el: HTMLElement): void {
    if (this.target !== el || this.hover.current !== el) return;
    const model = this.modelOf(el);
    if (model) this.session.overlayIfOpen?.updateCard(this.props(model));
  }

  private hide(): void {
    this.target?.removeAttribute('aria-expanded');
    this.target = null;
    this.session.overlayIfOpen?.hideCard();
  }

  /** Gives the focus back to a mark without opening its card again. */
  private focusMark(el: HTMLElement | null): void {
    if (!el?.isConnected) return;
    this.returning = true;
    try {
      el.focus();
    } finally {
      this.returning = false;
    }
  }

  private readonly actions: CardActions = {
    onNextMention: (key) => {
      const mentions = this.session.marks.registry
        .all('entity')
        .filter((m) => m.spec.kind === 'entity' && m.spec.key === key)
        .map((m) => m.element);
      const i = this.target ? mentions.indexOf(this.target) : -1;
      const next = mentions[(i + 1) % mentions.length];
      if (next) this.reveal(next);
    },
    onChooseCandidate: (name, qid) => {
      const el = this.target;
      const spec = el && this.session.marks.registry.get(el)?.spec;
      if (spec?.kind === 'entity') this.knowledge.delete(spec.key);
      void this.session
        .send('knowledge/choose', { name, qid })
        .then(() => el && !this.session.scope.ended && this.prepare(el))
        .catch(() => {});
    },
    onSaveMark: () => {
      const el = this.target;
      if (!el) return;
      this.hover.close();
      this.focusMark(el);
      void this.session.save.saveMark(el);
    },
    onDisableSite: () => this.session.disableSite(),
    onDeleteHighlight: (id) => {
      this.hover.close();
      void this.session.deleteHighlight(id);
    },
  };
}
