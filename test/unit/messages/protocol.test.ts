import { describe, expect, it } from 'vitest';
import { contentRequests, extensionPageRequests, pageCommands, parseMessage } from '../../../src/messages/protocol';

describe('message validation', () => {
  it('accepts a well-formed request and drops unknown keys', () => {
    const msg = parseMessage(contentRequests, {
      type: 'highlight/list',
      body: { url: 'https://news.example/a', extra: 'x', __proto__: { polluted: true } },
    });
    expect(msg).toEqual({ type: 'highlight/list', body: { url: 'https://news.example/a' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects unknown types, wrong shapes and non-http URLs', () => {
    expect(parseMessage(contentRequests, { type: 'data/erase', body: {} })).toBeNull();
    expect(parseMessage(contentRequests, { type: 'toString', body: {} })).toBeNull();
    expect(parseMessage(contentRequests, { type: 'highlight/list', body: { url: 'javascript:alert(1)' } })).toBeNull();
    expect(parseMessage(contentRequests, { type: 'highlight/list', body: { url: 42 } })).toBeNull();
    expect(parseMessage(contentRequests, null)).toBeNull();
    expect(parseMessage(contentRequests, 'page/analyze')).toBeNull();
  });

  it("carries the page's declared language to the analysis, bounded, and none when absent", () => {
    const meta = { title: 't', url: 'https://news.example/a', published: null, site: null, byline: null };
    const parse = (extra: object) =>
      parseMessage(contentRequests, { type: 'page/analyze', body: { text: 'x', meta: { ...meta, ...extra } } });
    expect(parse({ lang: 'hu' })?.body).toEqual({ text: 'x', meta: { ...meta, lang: 'hu' } });
    expect(parse({})?.body).toEqual({ text: 'x', meta: { ...meta, lang: null } });
    expect(parse({ lang: 'x'.repeat(36) })).toBeNull();
    expect(parse({ lang: 7 })).toBeNull();
  });

  it('bounds sizes: a huge note or a negative offset is refused', () => {
    const base = {
      url: 'https://news.example/a',
      title: 't',
      site: 's',
      quote: { type: 'TextQuoteSelector', exact: 'a', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 1 },
      note: '',
    };
    expect(parseMessage(contentRequests, { type: 'highlight/save', body: base })).not.toBeNull();
    expect(
      parseMessage(contentRequests, { type: 'highlight/save', body: { ...base, note: 'x'.repeat(5001) } }),
    ).toBeNull();
    expect(
      parseMessage(contentRequests, {
        type: 'highlight/save',
        body: { ...base, position: { type: 'TextPositionSelector', start: -1, end: 1 } },
      }),
    ).toBeNull();
  });

  it('keeps privileged requests out of the content-script table', () => {
    for (const type of Object.keys(extensionPageRequests)) expect(type in contentRequests).toBe(false);
    expect(parseMessage(extensionPageRequests, { type: 'data/erase' })).toEqual({ type: 'data/erase', body: {} });
    expect(
      parseMessage(pageCommands, { type: 'page/reveal', body: { kind: 'entity', key: 'k', start: 3 } }),
    ).not.toBeNull();
    expect(
      parseMessage(pageCommands, { type: 'page/reveal', body: { kind: 'script', key: 'k', start: 3 } }),
    ).toBeNull();
  });
});
