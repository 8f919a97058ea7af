import type { ContentClient } from '../messages/content';
import type { PageIdentity } from '../messages/views';
import type { PageSettings } from '../settings/settings';
import { sameDocument } from './address';
import { Scope } from './scope';
import { PageSession } from './session';

/**
 * What the page needs of WXT's content-script context (`ContentScriptContext`): its lifetime (it aborts when
 * the extension is updated or removed) and its location-change event (single-page sites move between
 * articles with `history.pushState`, without loading a new document).
 */
export interface PageContext {
  readonly signal: AbortSignal;
  addEventListener(target: Window, type: 'wxt:locationchange', handler: (event: { newUrl: URL }) => void): void;
}

/** After a move to another address, the page gets this long to draw the new article before it is read. */
export const NAVIGATION_SETTLE_MS = 300;

/**
 * Backstory in one tab: whether it is on for the site, and one session per address (see session.ts). A move
 * to another address ends the session, so marks, card, caches and counters never outlive their article.
 */
export class Page {
  private readonly scope: Scope;
  private active: PageSession | null = null;
  private address: string;

  constructor(
    ctx: PageContext,
    private readonly win: Window & typeof globalThis,
    private readonly send: ContentClient,
  ) {
    this.scope = new Scope(win, ctx.signal);
    this.address = win.location.href;
    ctx.addEventListener(win, 'wxt:locationchange', (event) => this.navigated(event.newUrl.href));
  }

  /** The session of the current address, while Backstory is on for the site. */
  get session(): PageSession | null {
    return this.active;
  }

  /** Asks whether Backstory is on here, and with which settings; starts, updates or stops the session. */
  async refreshSettings(): Promise<void> {
    const { settings, enabled } = await this.send('page/settings', { host: this.win.location.host });
    if (this.scope.ended) return;
    if (!enabled) return this.stopSession();
    if (this.active) return this.active.updateSettings(settings);
    this.startSession(settings, 0);
  }

  identity(): PageIdentity {
    const session = this.active;
    return {
      url: session?.current?.article.url ?? null,
      host: this.win.location.host,
      analysed: !!session?.current,
      orphans: [...(session?.marks.orphans ?? [])],
      status: session?.status ?? { state: 'off' },
    };
  }

  private startSession(settings: PageSettings, delay: number): void {
    const session = new PageSession({
      win: this.win,
      send: this.send,
      settings,
      scope: this.scope.child(),
      address: this.address,
      onSiteDisabled: () => this.stopSession(),
      onAddressChange: () => this.navigated(this.win.location.href),
    });
    this.active = session;
    session.start(delay);
  }

  private stopSession(): void {
    this.active?.stop();
    this.active = null;
  }

  private navigated(url: string): void {
    if (sameDocument(url, this.address)) return;
    this.address = url;
    const session = this.active;
    if (!session) return;
    this.stopSession();
    // The popup must not show the article that was left.
    this.send('page/navigated', {}).catch(() => {});
    this.startSession(session.settings, NAVIGATION_SETTLE_MS);
  }
}
