import { describe, expect, it } from 'vitest';
import { normalizeWhitespace, toNormalizedOffset } from '../../../src/highlights/whitespace.ts';

describe('normalizeWhitespace', () => {
  it('collapses whitespace runs, drops invisible characters and maps offsets back', () => {
    const input = 'Flood\u00a0 barrier\n\n  ap\u00adproved\u200b by\tcouncil ';
    const { text, offsets } = normalizeWhitespace(input);
    expect(text).toBe('Flood barrier approved by council ');
    expect(offsets).toHaveLength(text.length);
    for (let i = 0; i < text.length; i++) {
      const original = input[offsets[i]!]!;
      expect(text[i] === ' ' ? /\s/.test(original) : original === text[i]).toBe(true);
    }
    expect(offsets[text.indexOf('approved')]).toBe(input.indexOf('ap\u00ad'));
    expect(offsets[text.indexOf('proved')]).toBe(input.indexOf('proved'));
  });

  it('treats every character JavaScript calls whitespace as a space', () => {
    const spaces = ' \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000';
    expect(normalizeWhitespace(`a${spaces}b`).text).toBe('a b');
    for (const ch of spaces) expect(/\s/.test(ch)).toBe(true);
  });

  it('maps an original offset to the first normalized character at or after it', () => {
    const normalized = normalizeWhitespace('a   b');
    expect(toNormalizedOffset(normalized, 0)).toBe(0);
    expect(toNormalizedOffset(normalized, 2)).toBe(2);
    expect(toNormalizedOffset(normalized, 4)).toBe(2);
    expect(toNormalizedOffset(normalized, 99)).toBe(3);
  });
});
