import { h, render } from 'preact';
import { Card, type CardActions } from '../ui/card/Card';
import { CARD_CSS } from '../ui/card/card.css';
import type { CardModel } from '../ui/card/model';
import { SaveBar } from '../ui/card/SaveBar';
import { KNOWLEDGE_CSS } from '../ui/knowledge';
import type { UiState } from '../messages/page-commands';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const MARGIN = 8;
const GAP = 6;

/**
 * The card and the save bar, in a closed shadow root: page scripts can neither read them (they show the
 * reader's history) nor style them; our styles never leak into the page.
 */
export class Overlay {
  readonly host: HTMLElement;
  private readonly card: HTMLElement;
  private readonly bar: HTMLElement;
  private cardOpen = false;
  private barOpen = false;
  /** Where the open card points, to re-place it when its content grows. */
  private anchor: Rect | null = null;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement('backstory-card');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS + KNOWLEDGE_CSS;
    this.card = doc.createElement('div');
    this.card.className = 'bs-card';
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-labelledby', 'bs-card-title');
    this.card.tabIndex = -1;
    this.card.hidden = true;
    this.bar = doc.createElement('div');
    this.bar.className = 'bs-bar';
    this.bar.setAttribute('role', 'toolbar');
    this.bar.setAttribute('aria-label', 'Backstory');
    this.bar.hidden = true;
    root.append(style, this.card, this.bar);
    doc.documentElement.appendChild(this.host);
  }

  contains(node: Node | null): boolean {
    return node === this.host;
  }

  showCard(model: CardModel, actions: CardActions, anchor: Rect): void {
    render(h(Card, { model, actions }), this.card);
    this.card.hidden = false;
    this.cardOpen = true;
    this.anchor = anchor;
    this.place(this.card, anchor);
  }

  /** Re-renders an open card with newer data (history or knowledge arrived) without moving it. */
  updateCard(model: CardModel, actions: CardActions): void {
    if (!this.cardOpen) return;
    render(h(Card, { model, actions }), this.card);
    if (this.anchor) this.place(this.card, this.anchor);
  }

  hideCard(): void {
    this.card.hidden = true;
    this.cardOpen = false;
    render(null, this.card);
  }

  focusCard(): void {
    this.card.focus();
  }

  showBar(anchor: Rect, onSave: (note: string) => void, onCancel: () => void): void {
    render(h(SaveBar, { onSave, onCancel }), this.bar);
    this.bar.hidden = false;
    this.barOpen = true;
    this.place(this.bar, anchor, true);
  }

  hideBar(): void {
    if (!this.barOpen) return;
    this.bar.hidden = true;
    this.barOpen = false;
    render(null, this.bar);
  }

  /**
   * Below the anchor if it fits, else above; when neither fits, on the roomier side with its height capped
   * to that room (it scrolls). Always inside the viewport. `preferAbove` is for the save bar.
   */
  private place(el: HTMLElement, anchor: Rect, preferAbove = false): void {
    const view = this.doc.defaultView!;
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    const roomBelow = vh - (anchor.y + anchor.height + GAP) - MARGIN;
    const roomAbove = anchor.y - GAP - MARGIN;
    el.style.maxHeight = '';
    const { width, height } = el.getBoundingClientRect();
    const fitsBelow = height <= roomBelow;
    const fitsAbove = height <= roomAbove;
    const below = preferAbove
      ? !fitsAbove && (fitsBelow || roomBelow > roomAbove)
      : fitsBelow || (!fitsAbove && roomBelow >= roomAbove);
    const room = below ? roomBelow : roomAbove;
    if (height > room) el.style.maxHeight = `${Math.max(80, Math.floor(room))}px`;
    const shown = Math.min(height, Math.max(80, room));
    const top = below ? anchor.y + anchor.height + GAP : anchor.y - GAP - shown;
    el.style.left = `${Math.round(Math.max(MARGIN, Math.min(anchor.x, vw - width - MARGIN)))}px`;
    el.style.top = `${Math.round(Math.max(MARGIN, top))}px`;
  }

  /** For the extension's own tests (reachable only through extension messaging, never from the page). */
  state(): UiState {
    const rect = (el: Element | null): Rect | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    return {
      card: { open: this.cardOpen, text: this.cardOpen ? (this.card.textContent ?? '') : '' },
      saveBar: {
        open: this.barOpen,
        rect: this.barOpen ? rect(this.bar) : null,
        buttonRect: this.barOpen ? rect(this.bar.querySelector('[data-role="save"]')) : null,
      },
    };
  }

  destroy(): void {
    render(null, this.card);
    render(null, this.bar);
    this.host.remove();
  }
}
