import { describe } from '../../highlights/describe';
import { clip, LIMITS } from '../../limits';
import type { SaveRefusal } from '../../messages/content';
import type { ArticleState, PageSession } from '../session';
import { showPendingHighlight } from './pending-highlight';
import { rangeToOffsets, selectionBox } from './selection';

const REFUSALS: Record<SaveRefusal | 'unanswered' | 'changed', string> = {
  'private-window': 'Not saved: Backstory keeps nothing from private windows.',
  invalid: 'Not saved: Backstory could not store this selection.',
  storage: 'Not saved: the browser would not store it (is the disk full?). Try again.',
  unanswered: 'Not saved: Backstory did not answer. Try again.',
  changed: 'Not saved: the page changed under the selection. Select the text again.',
};

export const tooLongMessage = (length: number): string =>
  `Not saved: a highlight holds at most ${LIMITS.quote.toLocaleString('en')} characters, and this selection has ${length.toLocaleString('en')}.`;

/** What an open save bar saves: article offsets, for the article as it was read, and the live range. */
interface SaveTarget {
  start: number;
  end: number;
  state: ArticleState;
  range: Range;
}

/**
 * Saving a highlight: selecting text in the article (by mouse, by keyboard with Shift, or by clicking a
 * mark) offers a save bar; the shortcut and the context menu save the selection directly. The bar keeps
 * what it was opened for: clicking into it, writing a note or the page taking the selection away does not
 * lose it. A refusal is said in the bar, which stays open (with the note) so the reader can try again.
 */
export class SaveFeature {
  /** The open bar's selection. */
  private target: SaveTarget | null = null;
  private clearPending: (() => void) | null = null;
  private moveQueued = false;

  constructor(private readonly session: PageSession) {
    const { scope, doc, win, marks } = session;
    const on = scope.events(doc);
    /** Events from inside the bar reach the document retargeted to the overlay's host: they are the bar's. */
    const inOverlay = (e: Event) => !!session.overlayIfOpen?.contains(e.target);
    // Clicking a mark (without dragging) selects it, so a highlighted span can be saved like a selection.
    on('click', (e) => {
      if (inOverlay(e)) return;
      const mark = marks.registry.markAt(e.target);
      const sel = win.getSelection();
      // A quiet mention looks like plain text: a click on it is a click on text.
      if (!mark || mark.spec.kind === 'saved' || mark.spec.quiet || !sel?.isCollapsed) return;
      const range = doc.createRange();
      range.selectNodeContents(mark.element);
      sel.removeAllRanges();
      sel.addRange(range);
      this.offer();
    });
    on(
      'mouseup',
      (e) => {
        if (!inOverlay(e)) scope.setTimeout(() => this.offer(), 0);
      },
      { passive: true },
    );
    on(
      'keyup',
      (e) => {
        if (e.shiftKey && !inOverlay(e)) this.offer();
      },
      { passive: true },
    );
    on('keydown', (e) => {
      if (e.key === 'Escape') return this.close();
      // A keyboard reader's way into the bar: Tab right after selecting (Escape first to Tab on as usual).
      const overlay = session.overlayIfOpen;
      if (
        e.key === 'Tab' &&
        !e.shiftKey &&
        !e.altKey &&
        !e.ctrlKey &&
        !e.metaKey &&
        overlay?.barOpen &&
        !inOverlay(e)
      ) {
        e.preventDefault();
        overlay.focusBar();
      }
    });
    // The bar stays by its selection while the page scrolls (once a frame at most).
    on(
      'scroll',
      () => {
        if (!this.target || this.moveQueued) return;
        this.moveQueued = true;
        win.requestAnimationFrame(() => {
          this.moveQueued = false;
          if (this.target) session.overlayIfOpen?.moveBar(selectionBox(this.target.range, win));
        });
      },
      { passive: true },
    );
    scope.signal.addEventListener('abort', () => this.clearPending?.(), { once: true });
  }

  /** The save-highlight command: saves the current selection, if it lies in the article. */
  async saveSelection(): Promise<boolean> {
    const target = this.selected();
    if (!target) return false;
    return this.save(target, '');
  }

  /** Saves a mark's text as a highlight (the card's "Save as highlight", the keyboard's way to save). */
  async saveMark(el: HTMLElement): Promise<boolean> {
    const spec = this.session.marks.registry.get(el)?.spec;
    const state = this.session.current;
    if (!spec || !state) return false;
    const range = this.session.doc.createRange();
    range.selectNodeContents(el);
    return this.save({ start: spec.start, end: spec.end, state, range }, '');
  }

  /** The selection, if there is one inside the article. */
  private selected(): SaveTarget | null {
    const sel = this.session.win.getSelection();
    const state = this.session.current;
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !state) return null;
    const range = sel.getRangeAt(0).cloneRange();
    const offsets = rangeToOffsets(state.article.map, range);
    return offsets && { ...offsets, state, range };
  }

  /**
   * A non-empty selection inside the article: offer to save it. No selection: a click elsewhere closes the
   * bar, unless the reader has written a note in it (Cancel or Escape close it then).
   */
  private offer(): void {
    const { session } = this;
    const target = this.selected();
    if (!target) {
      if (session.win.getSelection()?.isCollapsed !== false && !session.overlayIfOpen?.barHasNote) this.close();
      return;
    }
    const same = this.target && this.target.start === target.start && this.target.end === target.end;
    if (same && session.overlayIfOpen?.barOpen) return;
    this.target = target;
    this.clearPending?.();
    this.clearPending = showPendingHighlight(session.win, target.range);
    session.overlay().showBar(selectionBox(target.range, session.win), {
      onSave: (note) => void this.save(target, note),
      onCancel: () => this.close(),
    });
  }

  private close(): void {
    this.target = null;
    this.clearPending?.();
    this.clearPending = null;
    this.session.overlayIfOpen?.hideBar();
  }

  /** Saves a selection with a note; says in the bar why when it cannot. */
  private async save(target: SaveTarget, note: string): Promise<boolean> {
    const { session } = this;
    const state = session.current;
    if (!state) return false;
    // The page was read again since the selection (late content): its offsets are those of the new reading.
    const offsets = state === target.state ? target : rangeToOffsets(state.article.map, target.range);
    if (!offsets) return this.refuse(target, REFUSALS.changed);
    const { start, end } = offsets;
    if (end - start > LIMITS.quote) return this.refuse(target, tooLongMessage(end - start));
    const { article } = state;
    const { quote, position } = describe(article.map.text, start, end);
    let reply;
    try {
      reply = await session.send('highlight/save', {
        url: article.url,
        title: clip(article.title, LIMITS.title),
        site: clip(article.site ?? session.win.location.hostname, LIMITS.site),
        quote,
        position,
        note: clip(note, LIMITS.note),
      });
    } catch {
      return this.refuse(target, REFUSALS.unanswered);
    }
    if (session.scope.ended) return false;
    if (!reply.ok) return this.refuse(target, REFUSALS[reply.reason]);
    if (this.target === target) this.close();
    session.win.getSelection()?.removeAllRanges();
    await session.addHighlight(reply.highlight, start, end);
    return true;
  }

  /** Shows why the selection was not saved: in its open bar, or in a bar opened by it. */
  private refuse(target: SaveTarget, message: string): false {
    const { session } = this;
    if (this.target !== target || !session.overlayIfOpen?.barOpen) {
      const sel = session.win.getSelection();
      if (!sel || sel.rangeCount === 0) return false;
      this.offer();
    }
    session.overlayIfOpen?.barMessage(message);
    return false;
  }
}
