// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../../src/limits';
import { tooLargeToRead } from '../../../src/page/page-size';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('is the page too large to read, told without serialising it', () => {
  it('an ordinary article passes (and is then measured exactly)', () => {
    document.body.innerHTML = '<article><h1>Title</h1><p>Some text.</p></article>';
    expect(tooLargeToRead(document)).toBe(false);
  });

  it('more text than the limit: too large, and outerHTML is never read', () => {
    document.body.append(document.createTextNode('x'.repeat(LIMITS.pageHtml + 1)));
    const serialise = vi.spyOn(Element.prototype, 'outerHTML', 'get');
    expect(tooLargeToRead(document)).toBe(true);
    expect(serialise).not.toHaveBeenCalled();
  });

  it('more elements than the limit can hold, even empty ones: too large', () => {
    // Millions of real elements would take minutes in jsdom: the count is what the check reads.
    const elements = { length: Math.ceil(LIMITS.pageHtml / 4) + 1 } as HTMLCollectionOf<Element>;
    vi.spyOn(document, 'getElementsByTagName').mockReturnValue(elements);
    expect(tooLargeToRead(document)).toBe(true);
  });
});
