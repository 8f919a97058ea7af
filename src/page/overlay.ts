import { h, render } from 'preact';
import { Card, type CardActions } from '../ui/card/Card';
import { CARD_CSS } from '../ui/card/card.css';
import type { CardModel } from '../ui/card/model';
import { SaveBar, type SaveBarProps } from '../ui/card/SaveBar';
import { KNOWLEDGE_CSS } from '../ui/knowledge';
import { placeBar, type SelectionBox } from './save/bar-placement';

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
  /** The card's and the save bar's containers, inside the closed shadow root. */
  readonly card: HTMLElement;
  readonly bar: HTMLElement;
  private readonly root: ShadowRoot;
  private cardShown = false;
  /** Where the keyboard focus was before it moved into the bar, to give it back when the bar closes. */
  private focusBefore: HTMLElement | null = null;
  private barProps: SaveBarProps | null = null;
  /** Where the open card points, to re-place it when its content grows. */
  private anchor: Rect | null = null;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement('backstory-card');
    const root = (this.root = this.host.attachShadow({ mode: 'closed' }));
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
    this.bar.setAttribute('aria-label', 'Backstory: save highlight');
    this.bar.hidden = true;
    // Keys typed in the note field are the reader's, not the page's: a page's own shortcuts ("j", space)
    // would otherwise see them, retargeted to the host, in its document-level listeners.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      this.bar.addEventListener(type, (e) => {
        if (e.key !== 'Escape') e.stopPropagation();
      });
    }
    root.append(style, this.card, this.bar);
    doc.documentElement.appendChild(this.host);
  }

  /** Whether an event target is the overlay (the shadow root retargets events inside it to its host). */
  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }

  get cardOpen(): boolean {
    return this.cardShown;
  }

  get barOpen(): boolean {
    return this.barProps !== null;
  }

  /** Whether the reader has written something in the bar's note field. */
  get barHasNote(): boolean {
    return !!this.bar.querySelector('input')?.value.trim();
  }

  /** Whether the keyboard focus is in the save bar (the note field or a button). */
  get barFocused(): boolean {
    const active = this.root.activeElement;
    return !!active && this.bar.contains(active);
  }

  showCard(model: CardModel, actions: CardActions, anchor: Rect): void {
    render(h(Card, { model, actions }), this.card);
    this.card.hidden = false;
    this.cardShown = true;
    this.anchor = anchor;
    this.place(this.card, anchor);
  }

  /** Re-renders an open card with newer data (history or knowledge arrived) without moving it. */
  updateCard(model: CardModel, actions: CardActions): void {
    if (!this.cardShown) return;
    render(h(Card, { model, actions }), this.card);
    if (this.anchor) this.place(this.card, this.anchor);
  }

  hideCard(): void {
    this.card.hidden = true;
    this.cardShown = false;
    render(null, this.card);
  }

  /** Opens the bar by a selection (replacing an open one and its note), see bar-placement.ts. */
  showBar(box: SelectionBox, props: SaveBarProps): void {
    if (this.barProps) render(null, this.bar);
    this.barProps = props;
    render(h(SaveBar, props), this.bar);
    this.bar.hidden = false;
    this.moveBar(box);
  }

  /** Follows the selection when the page scrolls. */
  moveBar(box: SelectionBox): void {
    if (!this.barProps) return;
    const view = this.doc.defaultView!;
    const { width, height } = this.bar.getBoundingClientRect();
    const { x, y } = placeBar(box, { width, height }, { width: view.innerWidth, height: view.innerHeight });
    this.bar.style.left = `${x}px`;
    this.bar.style.top = `${y}px`;
  }

  /** Moves the keyboard focus to the bar's first control (a keyboard reader's way in). */
  focusBar(): void {
    const first = this.bar.querySelector<HTMLElement>('input, button');
    if (!first) return;
    const active = this.doc.activeElement;
    this.focusBefore = active instanceof HTMLElement && active !== this.host ? active : null;
    first.focus();
  }

  /** Says why the selection was not saved, in the open bar. */
  barMessage(message: string): void {
    if (!this.barProps) return;
    this.barProps = { ...this.barProps, message };
    render(h(SaveBar, this.barProps), this.bar);
  }

  /** Closes the bar; focus that was in it goes back where it came from. */
  hideBar(): void {
    if (!this.barProps) return;
    const hadFocus = this.barFocused;
    this.bar.hidden = true;
    this.barProps = null;
    render(null, this.bar);
    if (hadFocus) {
      if (this.focusBefore?.isConnected) this.focusBefore.focus({ preventScroll: true });
      else (this.root.activeElement as HTMLElement | null)?.blur();
    }
    this.focusBefore = null;
  }

  /**
   * Below the anchor if it fits, else above; when neither fits, on the roomier side with its height capped
   * to that room (it scrolls). Always inside the viewport.
   */
  private place(el: HTMLElement, anchor: Rect): void {
    const view = this.doc.defaultView!;
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    const roomBelow = vh - (anchor.y + anchor.height + GAP) - MARGIN;
    const roomAbove = anchor.y - GAP - MARGIN;
    el.style.maxHeight = '';
    const { width, height } = el.getBoundingClientRect();
    const fitsBelow = height <= roomBelow;
    const fitsAbove = height <= roomAbove;
    const below = fitsBelow || (!fitsAbove && roomBelow >= roomAbove);
    const room = below ? roomBelow : roomAbove;
    if (height > room) el.style.maxHeight = `${Math.max(80, Math.floor(room))}px`;
    const shown = Math.min(height, Math.max(80, room));
    const top = below ? anchor.y + anchor.height + GAP : anchor.y - GAP - shown;
    el.style.left = `${Math.round(Math.max(MARGIN, Math.min(anchor.x, vw - width - MARGIN)))}px`;
    el.style.top = `${Math.round(Math.max(MARGIN, top))}px`;
  }

  destroy(): void {
    render(null, this.card);
    render(null, this.bar);
    this.host.remove();
  }
}
