import { describe, expect, it } from 'vitest';
import { parseImport, toJson, validateHighlight } from '../../../src/highlights/index.ts';
import { LIMITS } from '../../../src/limits.ts';
import { highlightOf } from './sample.ts';

const NOW = Date.UTC(2026, 10, 25, 8, 0);
const good = highlightOf('the levy would fall hardest on small businesses along the quay', { note: 'Check this.' });

/** An export file whose single highlight is `good` with `change` applied to its JSON form. */
function fileWith(change: (h: Record<string, unknown>) => void): string {
  const document = JSON.parse(toJson([good], NOW));
  change(document.highlights[0]);
  return JSON.stringify(document);
}

function rejects(change: (h: Record<string, unknown>) => void, message: RegExp): void {
  const result = parseImport(fileWith(change));
  expect(result.highlights).toEqual([]);
  expect(result.rejected).toBe(1);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatch(message);
}

describe('parseImport: the file', () => {
  it('never throws and explains files it cannot read', () => {
    const cases: [unknown, RegExp][] = [
      ['', /not valid JSON/],
      ['{"format":', /not valid JSON/],
      ['null', /not a Backstory/],
      ['[]', /not a Backstory/],
      ['"backstory-highlights"', /not a Backstory/],
      ['{"format":"hypothesis","version":1,"highlights":[]}', /not a Backstory/],
      ['{"format":"backstory-highlights","version":2,"highlights":[]}', /newer version/],
      ['{"format":"backstory-highlights","version":"1","highlights":[]}', /unknown format version/],
      ['{"format":"backstory-highlights","version":1,"highlights":{}}', /no list of highlights/],
      [42, /not text/],
      [undefined, /not text/],
      ['['.repeat(100_000) + ']'.repeat(100_000), /./],
    ];
    for (const [input, message] of cases) {
      const result = parseImport(input);
      expect(result.highlights).toEqual([]);
      expect(result.errors[0]).toMatch(message);
    }
  });

  it('refuses files over the size cap before parsing them', () => {
    const huge = ' '.repeat(LIMITS.importChars + 1);
    expect(parseImport(huge)).toEqual({ highlights: [], rejected: 0, errors: ['The file is larger than 20 MB.'] });
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(parseImport(`\ufeff${toJson([good], NOW)}`).highlights).toEqual([good]);
  });

  it('accepts an empty export', () => {
    expect(parseImport(toJson([], NOW))).toEqual({ highlights: [], rejected: 0, errors: [] });
  });

  it('keeps the valid highlights and counts the invalid ones', () => {
    const other = highlightOf('Officials said construction could begin', { id: 'second-highlight' });
    const document = JSON.parse(toJson([good, other], NOW));
    document.highlights.splice(1, 0, { id: 'broken' }, 'not an object', null);
    const result = parseImport(JSON.stringify(document));
    expect(result.highlights).toEqual([good, other]);
    expect(result.rejected).toBe(3);
    expect(result.errors).toEqual([
      'Highlight 2: url must be a string.',
      'Highlight 3: highlight must be an object.',
      'Highlight 4: highlight must be an object.',
    ]);
  });

  it('rejects a repeated id', () => {
    const document = JSON.parse(toJson([good, good], NOW));
    const result = parseImport(JSON.stringify(document));
    expect(result.highlights).toEqual([good]);
    expect(result.errors).toEqual(['Highlight 2: the id appears earlier in the file.']);
  });

  it('caps the list of errors but not the count', () => {
    const document = JSON.parse(toJson([], NOW));
    document.highlights = Array.from({ length: 500 }, () => ({}));
    const result = parseImport(JSON.stringify(document));
    expect(result.rejected).toBe(500);
    expect(result.errors).toHaveLength(51);
    expect(result.errors.at(-1)).toBe('…and 450 more.');
  });

  it('ignores unknown fields, at the top and in highlights', () => {
    const document = JSON.parse(toJson([good], NOW));
    document.generator = 'something else';
    document.highlights[0].extra = { nested: true };
    document.highlights[0].quote.extra = 'x';
    const result = parseImport(JSON.stringify(document));
    expect(result.highlights).toEqual([good]);
    expect(result.highlights[0]).not.toHaveProperty('extra');
    expect(result.highlights[0]!.quote).not.toHaveProperty('extra');
  });
});

describe('parseImport: hostile highlights', () => {
  it('does not let __proto__, constructor or prototype keys reach any object', () => {
    const text = fileWith(() => undefined).replace(
      '"id":',
      '"__proto__": {"polluted": true, "note": "from proto"}, "constructor": {"prototype": {"polluted": true}}, "id":',
    );
    const withoutNote = text.replace('"note":"Check this.",', '');
    expect(withoutNote).not.toBe(text);
    const result = parseImport(text);
    expect(result.highlights).toHaveLength(1);
    expect(Object.getPrototypeOf(result.highlights[0])).toBe(Object.prototype);
    expect(Object.keys(result.highlights[0]!)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A missing field is missing, even if the hostile object offers one through "__proto__".
    expect(parseImport(withoutNote).errors[0]).toMatch(/note must be a string/);
  });

  it('rejects URLs that are not http(s)', () => {
    rejects((h) => (h.url = 'javascript:alert(document.cookie)'), /url must be an http\(s\) URL/);
    rejects((h) => (h.url = 'data:text/html,<script>alert(1)</script>'), /url must be an http\(s\) URL/);
    rejects((h) => (h.url = 'not a url'), /url must be an http\(s\) URL/);
    rejects((h) => (h.url = ''), /url must not be empty/);
  });

  it('normalizes the URL it keeps', () => {
    const result = parseImport(
      fileWith((h) => (h.url = 'https://WWW.Harbour-Times.example/news/flood-barrier-vote/?utm_source=x#c')),
    );
    expect(result.highlights[0]!.url).toBe(good.url);
  });

  it('rejects wrong types', () => {
    rejects((h) => (h.id = 12), /id must be a string/);
    rejects((h) => (h.title = ['a']), /title must be a string/);
    rejects((h) => (h.note = null), /note must be a string/);
    rejects((h) => (h.quote = 'the levy'), /quote must be an object/);
    rejects((h) => (h.quote = []), /quote must be an object/);
    rejects((h) => ((h.quote as Record<string, unknown>).type = 'TextPositionSelector'), /quote.type/);
    rejects((h) => ((h.quote as Record<string, unknown>).exact = ''), /quote.exact must not be empty/);
    rejects((h) => ((h.quote as Record<string, unknown>).prefix = 5), /quote.prefix must be a string/);
    rejects((h) => delete h.position, /position must be an object/);
    rejects((h) => ((h.position as Record<string, unknown>).start = '3'), /position.start must be an integer/);
    rejects((h) => ((h.position as Record<string, unknown>).end = 1), /position.end must not be before/);
  });

  it('rejects numbers that are not finite, negative or fractional', () => {
    rejects((h) => (h.createdAt = -1), /createdAt must be an integer/);
    rejects((h) => (h.updatedAt = 1.5), /updatedAt must be an integer/);
    rejects((h) => (h.createdAt = 1e300), /createdAt must be an integer/);
    rejects((h) => ((h.position as Record<string, unknown>).start = -4), /position.start must be an integer/);
    // JSON has no Infinity or NaN; a parser extension or a message could still carry them.
    expect(validateHighlight({ ...good, createdAt: Number.POSITIVE_INFINITY }).ok).toBe(false);
    expect(validateHighlight({ ...good, updatedAt: Number.NaN }).ok).toBe(false);
  });

  it('rejects oversized strings', () => {
    rejects(
      (h) => ((h.quote as Record<string, unknown>).exact = 'x'.repeat(LIMITS.quote + 1)),
      /quote.exact is longer than/,
    );
    rejects((h) => (h.note = 'x'.repeat(LIMITS.note + 1)), /note is longer than/);
    rejects((h) => (h.title = 'x'.repeat(LIMITS.title + 1)), /title is longer than/);
    rejects(
      (h) => ((h.quote as Record<string, unknown>).suffix = 'x'.repeat(LIMITS.quoteContext + 1)),
      /quote.suffix is longer than/,
    );
    rejects((h) => (h.url = `https://news.example/${'a'.repeat(LIMITS.url)}`), /url is longer than/);
    rejects((h) => (h.id = 'a'.repeat(LIMITS.highlightId + 1)), /id is longer than/);
  });

  it('accepts only safe ids and colors', () => {
    rejects((h) => (h.id = '../../etc'), /id may only contain/);
    rejects((h) => (h.id = '<img src=x>'), /id may only contain/);
    rejects((h) => (h.color = 'red;x:url(//e.example)'), /color must be/);
    rejects((h) => (h.color = 5), /color must be a string/);
    expect(parseImport(fileWith((h) => (h.color = '#ffcc00'))).highlights[0]!.color).toBe('#ffcc00');
    expect(parseImport(fileWith((h) => (h.color = 'yellow'))).highlights[0]!.color).toBe('yellow');
    expect(parseImport(fileWith((h) => (h.color = null))).highlights[0]).not.toHaveProperty('color');
  });

  it('does not echo hostile content in error messages', () => {
    const result = parseImport(fileWith((h) => (h.url = `javascript:${'<script>'.repeat(1000)}`)));
    expect(result.errors[0]).toBe('Highlight 1: url must be an http(s) URL.');
  });
});

describe('validateHighlight', () => {
  it('returns a fresh copy of a valid highlight and survives hostile objects', () => {
    const checked = validateHighlight(good);
    expect(checked).toEqual({ ok: true, highlight: good });
    expect(checked.ok && checked.highlight).not.toBe(good);
    const trap = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    expect(validateHighlight(trap)).toEqual({ ok: false, error: 'highlight could not be read' });
  });
});
