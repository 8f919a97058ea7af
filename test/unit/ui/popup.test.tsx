// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageView } from '../../../src/messages/views';
import { LOAD_TIMEOUT_MS, Popup, type PopupApi } from '../../../src/ui/popup/Popup';
import { AXE_TIMEOUT, axeViolations } from './axe';

const view: PageView = {
  article: { url: 'https://news.example/a', title: 'Minister back', site: 'News', published: '2020-10-05' },
  entities: [
    {
      key: 'person:husein/fuad',
      name: 'Fuad Hussein',
      type: 'PERSON',
      count: 2,
      roles: ['Foreign Minister'],
      firstStart: 10,
    },
    { key: 'place:bagdad', name: 'Baghdad', type: 'PLACE', count: 1, roles: [], firstStart: 40 },
  ],
  attributions: [{ start: 60, end: 74, text: 'officials said', category: 'ANON_SOURCE' }],
  timeline: [
    {
      date: '2020-01',
      text: 'He visited Tehran in January.',
      articleUrl: 'https://news.example/old',
      articleTitle: 'Old story',
      earlier: true,
      sharedKeys: [],
    },
    {
      date: '2020-10-04',
      text: 'The minister flew back on Sunday.',
      articleUrl: 'https://news.example/a',
      articleTitle: 'Minister back',
      earlier: false,
      sharedKeys: [],
    },
  ],
  highlights: [
    {
      id: 'h1',
      url: 'https://news.example/a',
      title: 'Minister back',
      site: 'News',
      note: 'check',
      quote: { type: 'TextQuoteSelector', exact: 'a quote that moved', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 1, end: 5 },
      createdAt: 1,
      updatedAt: 1,
    },
  ],
};

function api(over: Partial<PopupApi> = {}): PopupApi {
  return {
    tab: async () => ({ id: 7, host: 'news.example', orphans: ['h1'], status: { state: 'marked' } }),
    view: async () => view,
    siteEnabled: async () => true,
    setSite: async () => {},
    reveal: vi.fn(),
    openOptions: () => {},
    ...over,
  };
}

afterEach(() => render(null, document.body));

const shown = (testid: string) => {
  const el = document.querySelector(`[data-testid="${testid}"]`);
  return !!el && !el.closest('[hidden]');
};

describe('popup', { timeout: AXE_TIMEOUT }, () => {
  it('shows the page: names by type, attributions, earlier events, highlights with orphans marked', async () => {
    const a = api();
    render(<Popup api={a} />, document.body);
    await vi.waitFor(() => expect(document.querySelector('[data-testid="entities"]')).not.toBeNull());
    const entities = [...document.querySelectorAll('[data-testid="entity"]')].map((e) => e.textContent);
    expect(entities[0]).toContain('Fuad Hussein');
    expect(entities[0]).toContain('Foreign Minister');
    expect(document.querySelector('[data-testid="attribution"]')!.textContent).toContain('Anonymous source');
    expect(document.querySelector('[data-testid="event"]')!.getAttribute('data-earlier')).toBe('true');
    expect(document.querySelector('[data-testid="event"]')!.textContent).toContain('Old story');
    const highlight = document.querySelector('[data-testid="highlight"]')!;
    expect(highlight.getAttribute('data-orphan')).toBe('true');
    expect(highlight.textContent).toContain('Not found on the page');
    expect(highlight.querySelector('[data-testid="highlight-note"]')!.textContent).toBe('check');
    (document.querySelector('[data-testid="entity"]') as HTMLButtonElement).click();
    expect(a.reveal).toHaveBeenCalledWith(7, { kind: 'entity', key: 'person:husein/fuad', start: 10 });
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it("puts the highlights and earlier reading before the names; this article's own dates and the key fold", async () => {
    render(<Popup api={api()} />, document.body);
    await vi.waitFor(() => expect(document.querySelector('[data-testid="entities"]')).not.toBeNull());
    const order = [...document.querySelectorAll('main > section')].map((s) => s.getAttribute('data-testid'));
    expect(order).toEqual(['highlights', 'timeline', 'entities', 'attributions', 'dates-here', 'legend']);
    expect(shown('highlight') && shown('entity')).toBe(true);
    // This article's own dates are not history: folded away, apart from the earlier reading.
    expect(document.querySelectorAll('[data-testid="timeline"] [data-testid="event"]')).toHaveLength(1);
    const own = document.querySelector('[data-testid="dates-here"] [data-testid="event"]')!;
    expect(own.getAttribute('data-earlier')).toBe('false');
    expect(own.closest('[hidden]')).not.toBeNull();
    const fold = document.querySelector<HTMLButtonElement>('[data-testid="dates-here"] button[aria-expanded]')!;
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    fold.click();
    await vi.waitFor(() => expect(fold.getAttribute('aria-expanded')).toBe('true'));
    expect(own.closest('[hidden]')).toBeNull();
    const names = document.querySelector<HTMLButtonElement>('[data-testid="entities"] button[aria-expanded]')!;
    names.click();
    await vi.waitFor(() => expect(shown('entity')).toBe(false));
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('says a page in another language is not supported, naming the language', async () => {
    render(
      <Popup
        api={api({
          view: async () => null,
          tab: async () => ({
            id: 3,
            host: 'infos.example.org',
            orphans: [],
            status: { state: 'unsupported-language', language: 'fr' },
          }),
        })}
      />,
      document.body,
    );
    await vi.waitFor(() => expect(document.querySelector('[data-testid="empty"]')).not.toBeNull());
    const empty = document.querySelector('[data-testid="empty"]')!;
    expect(empty.getAttribute('data-reason')).toBe('unsupported-language');
    expect(empty.textContent).toContain('This page is in French. Backstory reads English articles only');
    // With nothing else to show, the key of the marks is open.
    expect(shown('legend')).toBe(true);
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('a tab that is gone: an error with a retry, never "Loading…" for ever', async () => {
    let calls = 0;
    const tab = vi.fn(async () => {
      if (calls++ === 0) throw new Error('No tab with id: 999');
      return { id: 5, host: 'news.example', orphans: [], status: { state: 'marked' as const } };
    });
    render(<Popup api={api({ tab })} />, document.body);
    await vi.waitFor(() => expect(document.querySelector('[data-testid="error"]')).not.toBeNull());
    expect(document.querySelector('[data-testid="error"]')!.getAttribute('role')).toBe('alert');
    expect(await axeViolations(document.body)).toEqual([]);
    document.querySelector<HTMLButtonElement>('[data-testid="retry"]')!.click();
    await vi.waitFor(() => expect(document.querySelector('[data-testid="entities"]')).not.toBeNull());
    expect(tab).toHaveBeenCalledTimes(2);
  });

  it('a tab that never answers: the error comes after the load timeout', async () => {
    vi.useFakeTimers();
    try {
      render(<Popup api={api({ tab: () => new Promise(() => {}) })} />, document.body);
      expect(document.body.textContent).toContain('Loading…');
      // Preact runs effects after the next frame (a timer too).
      await vi.advanceTimersByTimeAsync(200);
      expect(document.querySelector('[data-testid="error"]')).toBeNull();
      await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS);
      expect(document.querySelector('[data-testid="error"]')).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a page still being read: says so, and asks again until it is read', async () => {
    let reading = true;
    render(
      <Popup
        api={api({
          tab: async () => ({
            id: 7,
            host: 'news.example',
            orphans: [],
            status: reading ? { state: 'reading' } : { state: 'marked' },
          }),
          view: async () => (reading ? null : view),
        })}
      />,
      document.body,
    );
    await vi.waitFor(() =>
      expect(document.querySelector('[data-testid="empty"]')?.getAttribute('data-reason')).toBe('reading'),
    );
    reading = false;
    await vi.waitFor(() => expect(document.querySelector('[data-testid="entities"]')).not.toBeNull(), {
      timeout: 3000,
    });
  });

  it('a tab whose page does not answer (not a web page, or loaded before Backstory): says what to do', async () => {
    render(<Popup api={api({ tab: async () => ({ id: 2, host: null, orphans: [], status: null }) })} />, document.body);
    await vi.waitFor(() =>
      expect(document.querySelector('[data-testid="empty"]')?.getAttribute('data-reason')).toBe('no-page'),
    );
    expect(document.querySelector('[data-testid="empty"]')!.textContent).toContain('reload it');
    expect(document.querySelector('[data-testid="retry"]')).not.toBeNull();
  });

  it('has a helpful empty state', async () => {
    render(
      <Popup
        api={api({
          view: async () => null,
          tab: async () => ({ id: 1, host: 'shop.example', orphans: [], status: { state: 'marked' } }),
        })}
      />,
      document.body,
    );
    await vi.waitFor(() => expect(document.querySelector('[data-testid="empty"]')).not.toBeNull());
    expect(document.querySelector('[data-testid="empty"]')!.textContent).toContain('Open a news article');
  });
});
