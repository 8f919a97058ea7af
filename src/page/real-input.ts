import type { Scope } from './scope';

/** A Tab press that moved no focus within this long is over (a focus that comes later is not its doing). */
export const TAB_FOCUS_MS = 1000;

/**
 * What the reader did, as opposed to what a page script did: a page can dispatch any event at a mark and
 * call `.focus()` on it, and Backstory must act on none of that (a card opened by the page would send a name
 * to Wikimedia and show the reader's history). Every listener goes through `on`, which drops events the
 * browser did not produce (`isTrusted`). Focus is the reader's only when it follows a real Tab press, and a
 * pointer is hovering only when it really moved (not when the page slid a mark under a resting pointer).
 */
export class RealInput {
  /** Listens to the document, the browser's own events only. */
  readonly on: ReturnType<Scope['events']>;
  private tabbing = false;
  private cancelTab: (() => void) | null = null;
  private pointer: { x: number; y: number } | null = null;

  constructor(
    private readonly scope: Scope,
    doc: Document,
  ) {
    this.on = scope.events(doc, (event) => event.isTrusted);
    // Capture: seen before the focus moves and before the page's own listeners on the way down.
    this.on('keydown', (e) => this.keydown(e), { capture: true });
    this.on(
      'keyup',
      (e) => {
        if (e.key === 'Tab') this.endTab();
      },
      { capture: true },
    );
  }

  /** Whether the focus arriving now is the reader's Tab; the first focus after a press uses it up. */
  takeTabFocus(event: FocusEvent): boolean {
    const byTab = event.isTrusted && this.tabbing;
    this.endTab();
    return byTab;
  }

  /** Whether a pointer event is the reader moving the pointer: it must be at another point of the screen. */
  pointerMoved(event: PointerEvent): boolean {
    if (!event.isTrusted) return false;
    const last = this.pointer;
    this.pointer = { x: event.screenX, y: event.screenY };
    return last !== null && (last.x !== event.screenX || last.y !== event.screenY);
  }

  private keydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    this.endTab();
    this.tabbing = true;
    this.cancelTab = this.scope.setTimeout(() => this.endTab(), TAB_FOCUS_MS);
  }

  private endTab(): void {
    this.tabbing = false;
    this.cancelTab?.();
    this.cancelTab = null;
  }
}
