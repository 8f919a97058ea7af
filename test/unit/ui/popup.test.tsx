// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageView } from '../../../src/messages/views';
import { Popup, type PopupApi } from '../../../src/ui/popup/Popup';

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
    tab: async () => ({ id: 7, host: 'news.example', orphans: ['h1'] }),
    view: async () => view,
    siteEnabled: async () => true,
    setSite: async () => {},
    reveal: vi.fn(),
    openOptions: () => {},
    ...over,
  };
}

afterEach(() => render(null, document.body));

describe('popup', () => {
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
    (document.querySelector('[data-testid="entity"]') as HTMLButtonElement).click();
    expect(a.reveal).toHaveBeenCalledWith(7, { kind: 'entity', key: 'person:husein/fuad', start: 10 });
  });

  it('has a helpful empty state', async () => {
    render(
      <Popup api={api({ view: async () => null, tab: async () => ({ id: 1, host: 'shop.example', orphans: [] }) })} />,
      document.body,
    );
    await vi.waitFor(() => expect(document.querySelector('[data-testid="empty"]')).not.toBeNull());
    expect(document.querySelector('[data-testid="empty"]')!.textContent).toContain('Open a news article');
  });
});
