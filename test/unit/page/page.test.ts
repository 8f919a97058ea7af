// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityRecognizer } from '../../../src/analysis/entities';
import { createHandlers } from '../../../src/background/handlers';
import { readPageHtml } from '../../../src/background/read-page';
import { createClient, type Transport } from '../../../src/messages/client';
import { contentRequests, type ContentRequests, type ContentResponses } from '../../../src/messages/content';
import { route, type Envelope } from '../../../src/messages/route';
import { LIMITS } from '../../../src/limits';
import { NAVIGATION_SETTLE_MS, Page, type PageContext } from '../../../src/page/page';
import { openDatabase } from '../../../src/store/schema';

/** Knows four names, so the test is about the page side, not the tagger. */
const NAMES = ['Adel al-Mansouri', 'Basra', 'Mahdi al-Hamdani', 'Nour Saleh'] as const;
const recognizer: EntityRecognizer = {
  recognize(text) {
    return NAMES.flatMap((name, i) => {
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
const NEXT = [
  'Schools in Basra will close two hours early for the rest of the month, the education office said on Monday, after classrooms without cooling reached temperatures that teachers called dangerous.',
  'Nour Saleh, who heads the teachers union in the province, said parents had kept children at home for days and that the closures only made official what families had already decided for themselves.',
  'The office said lessons lost to the heat would be made up in October, when the weather turns, and that exams planned for the last week of the month would go ahead as scheduled in every district.',
];

const articleHtml = (title: string, paragraphs: string[]) =>
  `<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;

/**
 * WXT's content-script context as the page uses it: a lifetime and its location-change event, which the
 * tests fire themselves (WXT's own class needs a real extension around it).
 */
function fakeContext() {
  const controller = new AbortController();
  const handlers: ((event: { newUrl: URL }) => void)[] = [];
  const ctx: PageContext & { invalidate(): void; locationChanged(url: string): void } = {
    signal: controller.signal,
    addEventListener: (_target, _type, handler) => void handlers.push(handler),
    invalidate: () => controller.abort(),
    locationChanged: (url) => handlers.forEach((h) => h({ newUrl: new URL(url, location.href) })),
  };
  return ctx;
}

function setup() {
  const db = openDatabase(`page-${Math.random()}`);
  const handlers = createHandlers({
    db,
    recognizer: async () => recognizer,
    knowledge: () => ({
      lookup: async (q) => ({ status: 'none', query: q.name }),
      choose: async () => {},
      settled: async () => {},
    }),
    now: () => 1,
    broadcastSettings: () => {},
    askTabUrl: async () => null,
    readPage: async (html: string, url: string) => readPageHtml(new DOMParser(), html, url),
  });
  const sent: string[] = [];
  const messages: Envelope[] = [];
  const answered: string[] = [];
  // The background's real handlers, behind the real validators, as if across extension messaging.
  const transport: Transport = async (message) => {
    sent.push(message.type);
    messages.push(message);
    const reply = await route(contentRequests, handlers.content, message, {
      tabId: 1,
      incognito: false,
      url: location.href,
    });
    answered.push(message.type);
    return reply as never;
  };
  const ctx = fakeContext();
  const send = createClient<ContentRequests, ContentResponses>(transport);
  const page = new Page(ctx, window as Window & typeof globalThis, send);
  contexts.push(ctx);
  return { page, handlers, sent, messages, answered, ctx };
}

const contexts: ReturnType<typeof fakeContext>[] = [];
/** Reading and analysing a page takes its time on a loaded machine: wait for a condition, up to 5 s. */
const eventually = <T>(check: () => T, timeout = 5000) => vi.waitFor(check, { timeout });
const entityMarks = () => document.querySelectorAll('[data-bs-kind="entity"]');

afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.invalidate();
  vi.restoreAllMocks();
  Reflect.deleteProperty(Range.prototype, 'getBoundingClientRect');
  Reflect.deleteProperty(Range.prototype, 'getClientRects');
  document.title = '';
  document.documentElement.removeAttribute('lang');
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

// Each test reads and analyses real pages in jsdom; a loaded machine needs more than the default 5 s.
describe('page', { timeout: 20_000 }, () => {
  it('paints an article present at load', async () => {
    document.body.innerHTML = articleHtml('Basra runs short', PARAGRAPHS);
    const { page } = setup();
    await page.refreshSettings();
    expect(page.identity().status).toEqual({ state: 'reading' });
    // Painting is sliced: the attribution may come a task after the names.
    await eventually(() => {
      expect(entityMarks().length).toBe(5);
      expect(document.querySelector('[data-bs-kind="attribution"]')?.textContent).toBe('provincial officials said');
    });
    await eventually(() => expect(page.identity().status).toEqual({ state: 'marked' }));
  });

  it("sends the page's declared language with the text, and marks nothing on a page in another language", async () => {
    document.documentElement.lang = 'hu';
    document.body.innerHTML = articleHtml('Basra runs short', PARAGRAPHS);
    const { page, messages, answered } = setup();
    await page.refreshSettings();
    await eventually(() => expect(answered).toContain('page/analyze'));
    expect(page.identity().analysed).toBe(false);
    // The popup says why the page has no marks.
    await eventually(() => expect(page.identity().status).toEqual({ state: 'unsupported-language', language: 'hu' }));
    const analyze = messages.find((m) => m.type === 'page/analyze');
    expect(analyze?.body).toMatchObject({ meta: { lang: 'hu' } });
    expect(document.querySelectorAll('.bs-mark')).toHaveLength(0);
  });

  it('waits for late content and paints it when it arrives', async () => {
    document.body.innerHTML =
      '<article id="story"><h1>Basra runs short</h1><p id="loading">Loading the story…</p></article>';
    await setup().page.refreshSettings();
    expect(document.querySelectorAll('.bs-mark')).toHaveLength(0);
    const late = document.createElement('div');
    late.id = 'late';
    late.innerHTML = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    document.getElementById('story')!.replaceChild(late, document.getElementById('loading')!);
    await eventually(() => expect(late.querySelectorAll('[data-bs-kind="entity"]').length).toBeGreaterThan(0));
  });

  it('repaints on a settings change only when it changes what is marked', async () => {
    document.body.innerHTML = articleHtml('Basra runs short', PARAGRAPHS);
    const { page, handlers } = setup();
    await page.refreshSettings();
    await eventually(() => expect(entityMarks().length).toBe(5));
    const first = document.querySelector('[data-bs-kind="entity"]');
    const people = document.querySelectorAll('[data-bs-type="PERSON"]').length;
    await handlers.extensionPage['settings/set']({ patch: { lookups: false, onboarded: true } });
    await page.refreshSettings();
    expect(document.querySelector('[data-bs-kind="entity"]')).toBe(first);
    await handlers.extensionPage['settings/set']({ patch: { entityTypes: { PLACE: false } } });
    await page.refreshSettings();
    await eventually(() => expect(entityMarks().length).toBe(people));
    expect(document.querySelector('[data-bs-type="PLACE"]')).toBeNull();
  });

  it('turned off on the site with a re-run pending: the re-run never comes, nothing stays armed', async () => {
    document.body.innerHTML = articleHtml('Basra runs short', PARAGRAPHS);
    const { page, handlers, sent } = setup();
    await page.refreshSettings();
    await eventually(() => expect(entityMarks().length).toBe(5));
    const timers = vi.spyOn(window, 'setTimeout');
    const cleared = vi.spyOn(window, 'clearTimeout');
    // Late content arrives: a re-read is scheduled, debounced.
    const more = document.createElement('p');
    more.textContent = NEXT[0]!;
    document.querySelector('article')!.append(more);
    const rerun = await eventually(() => {
      const i = timers.mock.calls.findIndex(([, ms]) => ms === 1000);
      expect(i).toBeGreaterThanOrEqual(0);
      return timers.mock.results[i]!.value;
    });
    await handlers.content['site/disable-here']({}, { tabId: 1, incognito: false, url: location.href });
    await page.refreshSettings();
    expect(cleared).toHaveBeenCalledWith(rerun);
    expect(document.querySelectorAll('.bs-mark')).toHaveLength(0);
    const before = sent.length;
    // The observer is gone too: more content schedules nothing, and nothing is read.
    document.querySelector('article')!.append(more.cloneNode(true));
    await new Promise((r) => setTimeout(r, 1200));
    expect(sent.slice(before)).toEqual([]);
    expect(document.querySelectorAll('.bs-mark')).toHaveLength(0);
    expect(document.querySelector('backstory-card')).toBeNull();
    expect(timers.mock.calls.filter(([, ms]) => ms === 1000)).toHaveLength(1);
  });

  it('follows history.pushState to the next article: new marks, fresh caches, the record and popup follow', async () => {
    history.replaceState(null, '', '/story/basra-water');
    document.title = 'Basra runs short';
    document.body.innerHTML = articleHtml('Basra runs short', PARAGRAPHS);
    const { page, sent, handlers } = setup();
    await page.refreshSettings();
    // The headline repeats the title: Readability leaves it out of the article.
    await eventually(() => expect(entityMarks().length).toBe(4));
    expect(page.identity().url).toBe('http://localhost:3000/story/basra-water');
    const basra = () => document.querySelector<HTMLElement>('[data-bs-key="k1"][tabindex="0"]')!;
    // Focusing a name opens its card, which asks for the reader's history of it.
    basra().focus();
    await eventually(() => expect(sent.filter((t) => t === 'card/entity')).toHaveLength(1));
    basra().blur();
    // A single-page site: the address changes and the next article replaces the first.
    history.pushState(null, '', '/story/basra-schools');
    document.title = 'Basra schools close early';
    document.body.innerHTML = articleHtml('Basra schools close early', NEXT);
    await eventually(() => expect(page.identity().url).toBe('http://localhost:3000/story/basra-schools'));
    await eventually(() => expect([...entityMarks()].map((m) => m.textContent)).toContain('Nour Saleh'));
    const names = new Set([...entityMarks()].map((m) => m.textContent));
    expect([...names].sort()).toEqual(['Basra', 'Nour Saleh']);
    expect(sent).toContain('page/navigated');
    // The histories fetched for the first article are not reused for the second.
    basra().focus();
    await eventually(() => expect(sent.filter((t) => t === 'card/entity')).toHaveLength(2));
    // The record and the popup follow too.
    const { view } = await handlers.extensionPage['view/page']({ tabId: 1 });
    expect(view?.article?.title).toBe('Basra schools close early');
    expect(view?.entities.map((e) => e.name).sort()).toEqual(['Basra', 'Nour Saleh']);
  });

  it("on WXT's location-change event alone, the next address gets its own session", async () => {
    history.replaceState(null, '', '/story/basra-water');
    document.body.innerHTML = articleHtml('Basra runs short', PARAGRAPHS);
    const { page, sent, ctx } = setup();
    await page.refreshSettings();
    await eventually(() => expect(entityMarks().length).toBe(5));
    const first = page.session;
    history.pushState(null, '', '/story/basra-water-2');
    ctx.locationChanged('/story/basra-water-2');
    expect(page.session).not.toBe(first);
    expect(entityMarks()).toHaveLength(0);
    await eventually(() => expect(entityMarks().length).toBe(5));
    expect(sent.filter((t) => t === 'page/analyze')).toHaveLength(2);
  });

  it('a selection longer than a highlight may be is refused in the save bar, with the reason, and not sent', async () => {
    const long = Array.from({ length: 140 }, (_, i) => `${PARAGRAPHS[i % 3]}`);
    document.body.innerHTML = articleHtml('Basra runs short', long);
    const { page, sent } = setup();
    await page.refreshSettings();
    await eventually(() => expect(entityMarks().length).toBeGreaterThan(100));
    const paragraphs = document.querySelectorAll('article p');
    const range = document.createRange();
    range.setStartBefore(paragraphs[0]!);
    range.setEndAfter(paragraphs[paragraphs.length - 1]!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    // jsdom lays nothing out: the selection's rectangles (where the bar goes) are empty.
    Object.defineProperty(Range.prototype, 'getBoundingClientRect', {
      value: () => DOMRect.fromRect(),
      configurable: true,
    });
    Object.defineProperty(Range.prototype, 'getClientRects', { value: () => [], configurable: true });
    expect(range.toString().length).toBeGreaterThan(LIMITS.quote);
    expect(await page.session!.save.saveSelection()).toBe(false);
    const bar = page.session!.overlayIfOpen!;
    expect(bar.barOpen).toBe(true);
    expect(bar.bar.querySelector('[role="alert"]')!.textContent).toMatch(
      /^Not saved: a highlight holds at most 20,000 characters, and this selection has \d{2},\d{3}\.$/,
    );
    expect(sent).not.toContain('highlight/save');
  });

  it('"Add note" keeps the selection: clicks and keys in the bar are its own, the note is saved with it', async () => {
    document.body.innerHTML = articleHtml('Basra runs short', PARAGRAPHS);
    const { page, messages } = setup();
    await page.refreshSettings();
    await eventually(() => expect(entityMarks().length).toBe(5));
    const text = document.querySelectorAll('article p')[1]!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 8);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    // jsdom lays nothing out: one line, somewhere in the viewport.
    const line = DOMRect.fromRect({ x: 40, y: 200, width: 80, height: 22 });
    Object.defineProperty(Range.prototype, 'getClientRects', { value: () => [line], configurable: true });
    Object.defineProperty(Range.prototype, 'getBoundingClientRect', { value: () => line, configurable: true });
    document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    const overlay = await eventually(() => {
      const o = page.session!.overlayIfOpen;
      expect(o?.barOpen).toBe(true);
      return o!;
    });
    // A click in the bar: the page's selection collapses (mousedown's default), the events reach the
    // document from the overlay's host.
    getSelection()!.removeAllRanges();
    const addNote = overlay.bar.querySelector<HTMLButtonElement>('[data-role="add-note"]')!;
    addNote.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
    addNote.click();
    await new Promise((r) => setTimeout(r, 10));
    const input = await eventually(() => overlay.bar.querySelector('input')!);
    expect(overlay.barOpen).toBe(true);
    input.value = 'Who is the Governor?';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // Shift for the capitals: a keyup with Shift from the note field is not a new keyboard selection.
    input.dispatchEvent(new KeyboardEvent('keyup', { key: 'W', shiftKey: true, bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 10));
    expect(overlay.barOpen).toBe(true);
    // A click elsewhere on the page does not throw the written note away.
    document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 10));
    expect(overlay.barOpen).toBe(true);
    input.form!.requestSubmit();
    await eventually(() => expect(document.querySelector('[data-bs-kind="saved"]')?.textContent).toBe('Governor'));
    expect(messages.find((m) => m.type === 'highlight/save')?.body).toMatchObject({
      note: 'Who is the Governor?',
      quote: { exact: 'Governor' },
    });
    expect(overlay.barOpen).toBe(false);
  });

  it('a change of the fragment alone (an in-page link) keeps the session', async () => {
    history.replaceState(null, '', '/story/basra-water');
    document.body.innerHTML = articleHtml('Basra runs short', PARAGRAPHS);
    const { page, sent } = setup();
    await page.refreshSettings();
    await eventually(() => expect(entityMarks().length).toBe(5));
    const session = page.session;
    history.pushState(null, '', '/story/basra-water#comments');
    document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: 'x' }));
    await new Promise((r) => setTimeout(r, NAVIGATION_SETTLE_MS + 50));
    expect(page.session).toBe(session);
    expect(sent).not.toContain('page/navigated');
  });
});
