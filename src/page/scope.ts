/**
 * A lifetime on the reader's page: every listener, timer and observer registered through a scope stops
 * when it ends, or when its parent ends. The content script's scope ends with WXT's context (the extension
 * was updated or removed); a page session's ends when the page moves to another address or Backstory is
 * turned off on the site, so nothing of it stays armed.
 */
export class Scope {
  private readonly controller = new AbortController();

  constructor(
    private readonly win: Window & typeof globalThis,
    parent?: AbortSignal,
  ) {
    if (parent?.aborted) this.end();
    else parent?.addEventListener('abort', () => this.end(), { once: true, signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get ended(): boolean {
    return this.signal.aborted;
  }

  end(): void {
    this.controller.abort();
  }

  /** A scope that ends with this one, or earlier. */
  child(): Scope {
    return new Scope(this.win, this.signal);
  }

  /** Runs `fn` after `ms` unless the scope ends first; returns a function that cancels it. */
  setTimeout(fn: () => void, ms: number): () => void {
    if (this.ended) return () => {};
    const cancel = (): void => {
      this.win.clearTimeout(id);
      this.signal.removeEventListener('abort', cancel);
    };
    const id = this.win.setTimeout(() => {
      this.signal.removeEventListener('abort', cancel);
      fn();
    }, ms);
    this.signal.addEventListener('abort', cancel, { once: true });
    return cancel;
  }

  observe(target: Node, options: MutationObserverInit, callback: MutationCallback): void {
    if (this.ended) return;
    const observer = new this.win.MutationObserver(callback);
    observer.observe(target, options);
    this.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }

  /**
   * How a feature listens to the document: every event passes `accept` first, so a rule for all of a
   * feature's input (which events to trust) lives in one place.
   */
  events(target: Document, accept: (event: Event) => boolean = () => true) {
    return <K extends keyof DocumentEventMap>(
      type: K,
      handler: (event: DocumentEventMap[K]) => void,
      options: { passive?: boolean } = {},
    ): void => {
      if (this.ended) return;
      target.addEventListener(
        type,
        (event) => {
          if (accept(event)) handler(event);
        },
        { ...options, signal: this.signal },
      );
    };
  }
}
