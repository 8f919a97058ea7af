// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPageHtml } from '../../../src/background/read-page';
import { createHandlers } from '../../../src/background/handlers';
import type { EntityRecognizer } from '../../../src/analysis/entities';
import { PageController } from '../../../src/page/controller';
import { openDatabase } from '../../../src/store/schema';

/** Knows three names, so the test is about the page side, not the tagger. */
const recognizer: EntityRecognizer = {
  recognize(text) {
    return (['Adel al-Mansouri', 'Basra', 'Mahdi al-Hamdani'] as const).flatMap((name, i) => {
      const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
        start: m.index!,
        end: m.index! + name.length,
        text: name,
      }));
      return mentions.length
        ? [{ key: `k${i}`, name, type: i === 1 ? ('PLACE' as const) : ('PERSON' as const), roles: [], mentions }]
        : [];
    });
  },
};

const PARAGRAPHS = [
  'Two of the three main water treatment plants in Basra cut their output on Sunday as temperatures passed 50 degrees Celsius and the river fell to its lowest point this year, provincial officials said.',
  'Governor Adel al-Mansouri said the city was receiving about half of the water it needed and asked residents to fill tanks at night, as the heat wave showed no sign of breaking before the weekend.',
  'Water Resources Minister Mahdi al-Hamdani, who visited the city last week, has promised new pumps. Hamdani said in a statement that the first of them would arrive before the end of the month in Basra.',
];

function controller(): PageController {
  return setup().controller;
}

function setup() {
  const db = openDatabase(`controller-${Math.random()}`);
  const handlers = createHandlers({
    db,
    recognizer: async () => recognizer,
    knowledge: () => ({ lookup: async (q) => ({ status: 'none', query: q.name }), choose: async () => {} }),
    now: () => 1,
    broadcastSettings: () => {},
    askTabUrl: async () => null,
    readPage: async (html: string, url: string) => readPageHtml(new DOMParser(), html, url),
  });
  const sent: { type: string; body: unknown }[] = [];
  const send = (type: string, body: unknown) => {
    sent.push({ type, body });
    return handlers.content(type as never, body as never, {
      tabId: 1,
      incognito: false,
      url: location.href,
    }) as Promise<never>;
  };
  return { controller: new PageController(window as Window & typeof globalThis, send), handlers, sent };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
});

describe('page controller', () => {
  it('paints an article present at load', async () => {
    document.body.innerHTML = `<article><h1>Basra runs short</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
    await controller().start();
    await vi.waitFor(() => expect(document.querySelectorAll('[data-bs-kind="entity"]').length).toBe(5));
    expect(document.querySelector('[data-bs-kind="attribution"]')!.textContent).toBe('provincial officials said');
  });

  it("sends the page's declared language with the text, and marks nothing on a page in another language", async () => {
    document.documentElement.lang = 'hu';
    document.body.innerHTML = `<article><h1>Basra runs short</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const { controller: c, sent } = setup();
    await c.start();
    const analyze = sent.find((m) => m.type === 'page/analyze')?.body as { meta: { lang: string | null } };
    expect(analyze.meta.lang).toBe('hu');
    expect(document.querySelectorAll('.bs-mark')).toHaveLength(0);
  });

  it('waits for late content and paints it when it arrives', async () => {
    document.body.innerHTML =
      '<article id="story"><h1>Basra runs short</h1><p id="loading">Loading the story…</p></article>';
    await controller().start();
    expect(document.querySelectorAll('.bs-mark')).toHaveLength(0);
    const late = document.createElement('div');
    late.id = 'late';
    late.innerHTML = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    document.getElementById('story')!.replaceChild(late, document.getElementById('loading')!);
    await vi.waitFor(() => expect(late.querySelectorAll('[data-bs-kind="entity"]').length).toBeGreaterThan(0), {
      timeout: 4000,
    });
  });

  it('repaints on a settings change only when it changes what is marked', async () => {
    document.body.innerHTML = `<article><h1>Basra runs short</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const { controller: c, handlers } = setup();
    await c.start();
    await vi.waitFor(() => expect(document.querySelectorAll('[data-bs-kind="entity"]').length).toBe(5));
    const first = document.querySelector('[data-bs-kind="entity"]');
    const people = document.querySelectorAll('[data-bs-type="PERSON"]').length;
    await handlers.extensionPage('settings/set', { patch: { lookups: false, onboarded: true } });
    await c.command('page/settings-changed', {});
    expect(document.querySelector('[data-bs-kind="entity"]')).toBe(first);
    await handlers.extensionPage('settings/set', { patch: { entityTypes: { PLACE: false } } });
    await c.command('page/settings-changed', {});
    await vi.waitFor(() => expect(document.querySelectorAll('[data-bs-kind="entity"]').length).toBe(people));
    expect(document.querySelector('[data-bs-type="PLACE"]')).toBeNull();
  });
});
