import { h, render } from 'preact';
import { Card, type CardProps } from '../ui/card/Card';
import { CARD_CSS } from '../ui/card/card.css';
import { SaveBar, type SaveBarProps } from '../ui/card/SaveBar';
import { KNOWLEDGE_CSS } from '../ui/knowledge';
import { anchorCard, type Point } from './card/placement';
import { placeBar, type SelectionBox } from './save/bar-placement';
import type { Tone } from './tone';

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
  /** Stops the open card following its mark. */
  private release: (() => void) | null = null;
  /** Called when Tab would leave the card: focus goes back to its mark (the card is not modal). */
  private tabOut: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    tone: Tone = 'light',
  ) {
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
    this.card.addEventListener('keydown', (e) => this.keepTabInCard(e));
    // Keys typed in the note field are the reader's, not the page's: a page's own shortcuts ("j", space)
    // would otherwise see them, retargeted to the host, in its document-level listeners.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      this.bar.addEventListener(type, (e) => {
        if (e.key !== 'Escape') e.stopPropagation();
      });
    }
    root.append(style, this.card, this.bar);
    this.setTone(tone);
    doc.documentElement.appendChild(this.host);
  }

  /** The card and bar take the page's tone (a dark site gets a dark card, whatever the browser's theme). */
  setTone(tone: Tone): void {
    for (const el of [this.card, this.bar]) el.classList.toggle('bs-dark', tone === 'dark');
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

  /**
   * Shows the card beside its mark and keeps it there (see placement.ts); `pointer` is where the pointer
   * rests, when the card was opened by hovering. `onTabOut` takes the focus back when Tab leaves the card.
   */
  showCard(props: CardProps, mark: Element, options: { pointer?: Point; onTabOut?: () => void } = {}): void {
    this.release?.();
    render(h(Card, props), this.card);
    this.card.hidden = false;
    this.cardShown = true;
    this.tabOut = options.onTabOut ?? null;
    this.release = anchorCard(mark, this.card, options.pointer);
  }

  /** Re-renders an open card with newer data (history or knowledge arrived); it stays with its mark. */
  updateCard(props: CardProps): void {
    if (!this.cardShown) return;
    render(h(Card, props), this.card);
  }

  /** Moves the keyboard focus into the open card (Enter on its mark). */
  focusCard(): void {
    if (this.cardShown) this.card.focus();
  }

  hideCard(): void {
    this.release?.();
    this.release = null;
    this.tabOut = null;
    this.card.hidden = true;
    this.cardShown = false;
    render(null, this.card);
  }

  /** Tab past the card's last control, or Shift+Tab before its first, returns to the mark. */
  private keepTabInCard(e: KeyboardEvent): void {
    if (e.key !== 'Tab' || !this.tabOut) return;
    const controls = [...this.card.querySelectorAll<HTMLElement>('a[href], button, summary, input')];
    const active = this.root.activeElement;
    const leaving = e.shiftKey ? active === this.card || active === controls[0] : active === controls.at(-1);
    if (!leaving) return;
    e.preventDefault();
    this.tabOut();
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

  destroy(): void {
    this.release?.();
    render(null, this.card);
    render(null, this.bar);
    this.host.remove();
  }
}
