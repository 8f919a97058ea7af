import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createHighlight } from '../../../src/highlights/create';
import { LIMITS } from '../../../src/limits';
import { createClient, MessageRefused } from '../../../src/messages/client';
import { contentRequests } from '../../../src/messages/content';
import { extensionPageRequests } from '../../../src/messages/extension-page';
import { pageCommands } from '../../../src/messages/page-commands';
import { route, type Handlers, type RequestsOf } from '../../../src/messages/route';
import { int, obj, str } from '../../../src/messages/validate';

const table = { 'note/set': obj({ id: str(4), at: int() }) };
type Requests = RequestsOf<typeof table>;
type Responses = { 'note/set': { saved: string } };

function setup() {
  const seen: unknown[] = [];
  const handlers = {
    'note/set': async (body, sender) => {
      seen.push([body, sender]);
      return { saved: body.id };
    },
  } satisfies Handlers<Requests, Responses, string>;
  return { seen, send: (raw: unknown) => route(table, handlers, raw, 'tab 7') };
}

/** Whether a table's validator takes `body` for a message `type`. */
const accepts = (validators: Record<string, (v: unknown) => unknown>, type: string, body: unknown) => {
  try {
    validators[type]!(body);
    return true;
  } catch {
    return false;
  }
};

describe('routing a message', () => {
  it('hands the validated body, without unknown keys, to its handler with the sender', async () => {
    const { seen, send } = setup();
    const reply = await send({ type: 'note/set', body: { id: 'h1', at: 3, extra: 'x', __proto__: { polluted: 1 } } });
    expect(reply).toEqual({ saved: 'h1' });
    expect(seen).toEqual([[{ id: 'h1', at: 3 }, 'tab 7']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("answers with a native promise even when the handler's is not (Chrome drops Dexie's)", async () => {
    const handlers = {
      'note/set': (body) => Dexie.Promise.resolve({ saved: body.id }),
    } satisfies Handlers<Requests, Responses, void>;
    expect(handlers['note/set']({ id: 'x', at: 1 })).not.toBeInstanceOf(Promise);
    const reply = route(table, handlers, { type: 'note/set', body: { id: 'x', at: 1 } }, undefined);
    expect(reply).toBeInstanceOf(Promise);
    await expect(reply).resolves.toEqual({ saved: 'x' });
  });

  it('answers nothing to unknown types, wrong shapes and non-messages (another listener may answer)', () => {
    const { seen, send } = setup();
    for (const raw of [
      { type: 'data/erase', body: {} },
      { type: 'toString', body: {} },
      { type: 'note/set', body: { id: 'too long', at: 1 } },
      { type: 'note/set', body: { id: 'h1', at: -1 } },
      { type: 'note/set' },
      null,
      'note/set',
    ])
      expect(send(raw)).toBeUndefined();
    expect(seen).toEqual([]);
  });
});

describe('the typed client', () => {
  it('resolves with the answer, and turns silence (a refused message) into an error', async () => {
    const { send } = setup();
    const client = createClient<Requests, Responses>(async (message) => (await send(message)) as never);
    await expect(client('note/set', { id: 'h2', at: 0 })).resolves.toEqual({ saved: 'h2' });
    await expect(client('note/set', { id: 'h2-long', at: 0 })).rejects.toBeInstanceOf(MessageRefused);
    const transport = vi.fn(async () => undefined);
    await expect(createClient<Requests, Responses>(transport)('note/set', { id: 'a', at: 1 })).rejects.toThrow(
      'note/set',
    );
  });
});

describe('the protocol tables', () => {
  it('keep privileged requests out of what content scripts may send', () => {
    for (const type of Object.keys(extensionPageRequests)) expect(type in contentRequests).toBe(false);
    expect(accepts(pageCommands, 'page/reveal', { kind: 'entity', key: 'k', start: 3 })).toBe(true);
    expect(accepts(pageCommands, 'page/reveal', { kind: 'script', key: 'k', start: 3 })).toBe(false);
    expect(accepts(contentRequests, 'highlight/list', { url: 'javascript:alert(1)' })).toBe(false);
  });

  it("carry the page's declared language to the analysis, bounded, and none when absent", () => {
    const meta = { title: 't', url: 'https://news.example/a', published: null, site: null, byline: null };
    const analyze = (extra: object) => ({ text: 'x', meta: { ...meta, ...extra } });
    expect(contentRequests['page/analyze'](analyze({ lang: 'hu' })).meta.lang).toBe('hu');
    expect(contentRequests['page/analyze'](analyze({})).meta.lang).toBeNull();
    expect(accepts(contentRequests, 'page/analyze', analyze({ lang: 'x'.repeat(LIMITS.lang + 1) }))).toBe(false);
    expect(accepts(contentRequests, 'page/analyze', analyze({ lang: 7 }))).toBe(false);
  });

  it('take exactly what the domain takes: a quote or note at the limit passes both, one more fails both', () => {
    const save = (exact: string, note = '') => ({
      url: 'https://news.example/a',
      title: 't',
      site: 's',
      quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
      note,
    });
    const atLimit = save('x'.repeat(LIMITS.quote), 'n'.repeat(LIMITS.note));
    expect(accepts(contentRequests, 'highlight/save', atLimit)).toBe(true);
    expect(() => createHighlight(atLimit)).not.toThrow();
    for (const over of [save('x'.repeat(LIMITS.quote + 1)), save('x', 'n'.repeat(LIMITS.note + 1))]) {
      expect(accepts(contentRequests, 'highlight/save', over)).toBe(false);
      expect(() => createHighlight(over)).toThrow(RangeError);
    }
  });

  it('bound look-ups by the same limits the knowledge service applies', () => {
    const lookup = {
      name: 'n'.repeat(LIMITS.lookupText),
      aliases: Array(LIMITS.lookupAliases).fill('a'),
      type: 'PERSON',
      roles: Array(LIMITS.lookupRoles).fill('r'),
      context: Array(LIMITS.lookupContext).fill('c'),
      published: null,
    };
    expect(accepts(contentRequests, 'knowledge/lookup', lookup)).toBe(true);
    for (const over of [
      { ...lookup, name: 'n'.repeat(LIMITS.lookupText + 1) },
      { ...lookup, aliases: [...lookup.aliases, 'a'] },
      { ...lookup, context: [...lookup.context, 'c'] },
    ])
      expect(accepts(contentRequests, 'knowledge/lookup', over)).toBe(false);
  });
});
