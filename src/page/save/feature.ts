import { describe } from '../../highlights/describe';
import { clip, LIMITS } from '../../limits';
import type { SaveRefusal } from '../../messages/content';
import type { PageSession } from '../session';
import { rangeToOffsets } from './selection';

const REFUSALS: Record<SaveRefusal | 'unanswered', string> = {
  'private-window': 'Not saved: Backstory keeps nothing from private windows.',
  invalid: 'Not saved: Backstory could not store this selection.',
  unanswered: 'Not saved: Backstory did not answer. Try again.',
};

export const tooLongMessage = (length: number): string =>
  `Not saved: a highlight holds at most ${LIMITS.quote.toLocaleString('en')} characters, and this selection has ${length.toLocaleString('en')}.`;

/**
 * Saving a highlight: selecting text in the article (by mouse, by keyboard with Shift, or by clicking a
 * mark) offers a save bar; the shortcut and the context menu save the selection directly. A refusal is
 * said in the bar, and the selection stays so the reader can try again.
 */
export class SaveFeature {
  constructor(private readonly session: PageSession) {
    const { scope, doc, win, marks } = session;
    const on = scope.events(doc);
    // Clicking a mark (without dragging) selects it, so a highlighted span can be saved like a selection.
    on('click', (e) => {
      const mark = marks.registry.markAt(e.target);
      const sel = win.getSelection();
      if (!mark || mark.spec.kind === 'saved' || !sel?.isCollapsed) return;
      const range = doc.createRange();
      range.selectNodeContents(mark.element);
      sel.removeAllRanges();
      sel.addRange(range);
      this.offer();
    });
    on('mouseup', () => scope.setTimeout(() => this.offer(), 0), { passive: true });
    on(
      'keyup',
      (e) => {
        if (e.shiftKey) this.offer();
      },
      { passive: true },
    );
    on('keydown', (e) => {
      if (e.key === 'Escape') session.overlayIfOpen?.hideBar();
    });
  }

  /** The save-highlight command: saves the current selection, if it lies in the article. */
  async saveSelection(): Promise<boolean> {
    const offsets = this.selected();
    if (!offsets) return false;
    return this.save(offsets.start, offsets.end, '');
  }

  /** The selection's offsets in the article text, or null when there is none inside the article. */
  private selected(): { start: number; end: number; rect: DOMRect } | null {
    const sel = this.session.win.getSelection();
    const state = this.session.current;
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !state) return null;
    const range = sel.getRangeAt(0);
    const offsets = rangeToOffsets(state.article.map, range);
    return offsets && { ...offsets, rect: range.getBoundingClientRect() };
  }

  /** A non-empty selection inside the article: offer to save it. */
  private offer(): void {
    const selected = this.selected();
    if (!selected) {
      // A click elsewhere closes the bar; a selection outside the article leaves it as it is.
      if (this.session.win.getSelection()?.isCollapsed !== false) this.session.overlayIfOpen?.hideBar();
      return;
    }
    const { start, end, rect } = selected;
    this.session.overlay().showBar(
      { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      {
        onSave: (note) => void this.save(start, end, note),
        onCancel: () => this.session.overlayIfOpen?.hideBar(),
      },
    );
  }

  /** Saves article text [start, end) with a note; says in the bar why when it cannot. */
  private async save(start: number, end: number, note: string): Promise<boolean> {
    const { session } = this;
    const state = session.current;
    if (!state) return false;
    if (end - start > LIMITS.quote) return this.refuse(tooLongMessage(end - start));
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
      return this.refuse(REFUSALS.unanswered);
    }
    if (session.scope.ended) return false;
    if (!reply.ok) return this.refuse(REFUSALS[reply.reason]);
    session.overlayIfOpen?.hideBar();
    session.win.getSelection()?.removeAllRanges();
    await session.addHighlight(reply.highlight, start, end);
    return true;
  }

  /** Shows why the selection was not saved: in the open bar, or in a bar over the selection. */
  private refuse(message: string): false {
    const { session } = this;
    if (!session.overlayIfOpen?.barOpen) {
      const sel = session.win.getSelection();
      if (!sel || sel.rangeCount === 0) return false;
      this.offer();
    }
    session.overlayIfOpen?.barMessage(message);
    return false;
  }
}
