/**
 * Page-Previews-style timing: work starts after a short dwell, the card appears a little later so fast
 * answers don't flash, and leaving gives a grace period to travel into the card. Crossing a name with the
 * pointer never opens anything.
 */
export const DWELL_MS = 150;
export const SHOW_MS = 500;
export const GRACE_MS = 300;

export interface HoverCallbacks<T> {
  /** The pointer has rested on the target: start fetching. */
  prepare(target: T): void;
  show(target: T): void;
  hide(): void;
}

/** Runs `fn` after `ms`; returns a function that cancels it (a page session's `Scope.setTimeout`). */
export type Schedule = (fn: () => void, ms: number) => () => void;

export class HoverIntent<T> {
  private target: T | null = null;
  private open: T | null = null;
  private timers: (() => void)[] = [];
  private cancelGraceTimer: (() => void) | null = null;

  constructor(
    private readonly cb: HoverCallbacks<T>,
    private readonly schedule: Schedule,
  ) {}

  get current(): T | null {
    return this.open;
  }

  /** Pointer entered a mark. */
  enter(target: T): void {
    this.cancelGrace();
    if (this.open === target || this.target === target) return;
    this.cancelPending();
    this.target = target;
    this.timers.push(
      this.schedule(() => this.cb.prepare(target), DWELL_MS),
      this.schedule(() => {
        this.open = target;
        this.target = null;
        this.cb.show(target);
      }, SHOW_MS),
    );
  }

  /** Pointer left a mark or the card. */
  leave(): void {
    this.cancelPending();
    this.target = null;
    if (this.open !== null && this.cancelGraceTimer === null) {
      this.cancelGraceTimer = this.schedule(() => this.close(), GRACE_MS);
    }
  }

  /** Pointer entered the card itself: keep it open. */
  enterCard(): void {
    this.cancelGrace();
  }

  /** Keyboard focus: open at once. */
  focus(target: T): void {
    this.cancelPending();
    this.cancelGrace();
    this.cb.prepare(target);
    this.open = target;
    this.cb.show(target);
  }

  close(): void {
    this.cancelPending();
    this.cancelGrace();
    this.target = null;
    if (this.open !== null) {
      this.open = null;
      this.cb.hide();
    }
  }

  private cancelPending(): void {
    for (const cancel of this.timers) cancel();
    this.timers = [];
  }

  private cancelGrace(): void {
    this.cancelGraceTimer?.();
    this.cancelGraceTimer = null;
  }
}
