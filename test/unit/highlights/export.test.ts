import { describe, expect, it } from 'vitest';
import { parseImport, toExportDocument, toJson, toMarkdown } from '../../../src/highlights/index.ts';
import { highlightOf } from './sample.ts';

const NOW = Date.UTC(2026, 10, 25, 8, 0);
const DAY = 86_400_000;

/** What a CommonMark renderer shows for escaped text: backslash-escapes removed. */
function unescape(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('toMarkdown', () => {
  const first = highlightOf('the levy would fall hardest on small businesses along the quay', {
    note: 'Who pays? Check the 0.3% figure.',
    color: 'yellow',
  });
  const second = highlightOf('A spokesperson for the consultancy declined to comment.', {
    createdAt: first.createdAt + 1000,
  });
  const other = highlightOf('Officials said construction could begin as early as next spring.', {
    url: 'https://news.example/markets/levy-explained',
    title: 'What the flood levy means for you',
    site: 'News Example',
    createdAt: first.createdAt + DAY,
    updatedAt: first.createdAt + DAY,
  });

  it('groups highlights by article, newest article first, quotes in reading order', () => {
    const markdown = toMarkdown([second, other, first], { now: NOW });
    expect(markdown).toBe(
      [
        '# Backstory highlights',
        '',
        'Exported 2026-11-25: 3 highlights from 2 articles.',
        '',
        '## [What the flood levy means for you](<https://news.example/markets/levy-explained>)',
        '',
        'News Example · Saved 2026-11-21',
        '',
        '> Officials said construction could begin as early as next spring.',
        '',
        '## [Harbour city council approves flood barrier after decade of delays](<https://www.harbour-times.example/news/flood-barrier-vote>)',
        '',
        'The Harbour Times · Saved 2026-11-20',
        '',
        '> the levy would fall hardest on small businesses along the quay',
        '',
        'Who pays? Check the 0.3% figure.',
        '',
        '> A spokesperson for the consultancy declined to comment.',
        '',
      ].join('\n'),
    );
  });

  it('escapes Markdown in quotes, notes and titles so they render as written', () => {
    const nasty = [
      '*not bold* _not italic_ `not code` [not a link](javascript:alert(1)) <img src=x onerror=alert(1)>',
      '# not a heading',
      '- not a list',
      '+ not a list either',
      '1. not an ordered list',
      '2026) not one either',
      '> not a quote',
      '| not | a | table |',
      '~~not struck~~ $not math$ &amp; stays &amp; \\ backslash',
      '=====',
      '    not code (indented)',
    ];
    const h = highlightOf('the levy would fall hardest', {
      quote: { type: 'TextQuoteSelector', exact: nasty.join('\n\n'), prefix: '', suffix: '' },
      note: nasty.join('\n\n'),
      title: 'Title with [brackets] and *stars* # and <b>tags</b>',
    });
    const markdown = toMarkdown([h], { now: NOW });
    const body = markdown.split('\n');

    // Only our own markup starts a line: headings, the quote markers, and escaped note text.
    const quoteLines = body.filter((line) => line.startsWith('> '));
    expect(quoteLines.map((line) => unescape(line.slice(2)))).toEqual(nasty.map((line) => line.trim()));
    const noteStart = body.indexOf(quoteLines.at(-1)!) + 2;
    const noteLines = body.slice(noteStart).filter((line) => line !== '');
    expect(noteLines.map(unescape)).toEqual(nasty.map((line) => line.trim()));
    for (const line of [...quoteLines.map((l) => l.slice(2)), ...noteLines]) {
      expect(line).not.toMatch(/^[#>+\-=|]|^\d+[.)]|^ {4}/);
      // Every special character is preceded by a backslash.
      expect(line.replace(/\\[!-/:-@[-`{-~]/g, '')).not.toMatch(/[\\`*_[\]<>|~$#]|&amp;/);
    }
    expect(markdown).toContain('## [Title with \\[brackets\\] and \\*stars\\* \\# and \\<b\\>tags\\</b\\>](<');
  });

  it('keeps paragraphs of a multi-paragraph quote inside one blockquote', () => {
    const h = highlightOf('the levy', {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'First paragraph\nwraps here.\n\n  Second   paragraph.',
        prefix: '',
        suffix: '',
      },
    });
    expect(toMarkdown([h], { now: NOW })).toContain('> First paragraph wraps here.\n>\n> Second paragraph.\n');
  });

  it('does not link a URL that is not http(s)', () => {
    const h = highlightOf('the levy', { url: 'javascript:alert(1)', title: '' });
    const markdown = toMarkdown([h], { now: NOW });
    expect(markdown).toContain('## javascript:alert(1)\n');
    expect(markdown).not.toContain('](');
  });

  it('encodes characters that would end the link destination', () => {
    const h = highlightOf('the levy', { url: 'https://news.example/a_(b)>c' });
    expect(toMarkdown([h], { now: NOW })).toContain('](<https://news.example/a_(b)%3Ec>)');
  });

  it('uses the newest title of an article and accepts a date formatter', () => {
    const older = highlightOf('the levy', { title: 'Old headline' });
    const newer = highlightOf('Officials said', { title: 'New headline', updatedAt: older.updatedAt + 5 });
    const markdown = toMarkdown([older, newer], { now: NOW, formatDate: (ms) => `day ${Math.floor(ms / DAY)}` });
    expect(markdown).toContain('## [New headline]');
    expect(markdown).not.toContain('Old headline');
    expect(markdown).toContain(`Exported day ${Math.floor(NOW / DAY)}`);
  });

  it('exports an empty list', () => {
    expect(toMarkdown([], { now: NOW })).toBe(
      '# Backstory highlights\n\nExported 2026-11-25: 0 highlights from 0 articles.\n',
    );
  });
});

describe('toJson', () => {
  it('writes a versioned document with only the format fields', () => {
    const stored = { ...highlightOf('the levy', { color: '#ffcc00' }), dexieInternal: 1 };
    const document = JSON.parse(toJson([stored], NOW));
    expect(document).toEqual(toExportDocument([highlightOf('the levy', { color: '#ffcc00' })], NOW));
    expect(document.format).toBe('backstory-highlights');
    expect(document.version).toBe(1);
    expect(document.exportedAt).toBe('2026-11-25T08:00:00.000Z');
    expect(document.highlights[0]).not.toHaveProperty('dexieInternal');
  });

  it('round-trips through parseImport unchanged', () => {
    const highlights = [
      highlightOf('the levy would fall hardest on small businesses along the quay', {
        note: 'Line one\n\nLine two with "quotes", <tags> and émoji 🌊',
        color: 'yellow',
      }),
      highlightOf("Every winter we gamble with people's homes", { updatedAt: Date.UTC(2026, 10, 21) }),
    ];
    const result = parseImport(toJson(highlights, NOW));
    expect(result).toEqual({ highlights, rejected: 0, errors: [] });
  });
});
