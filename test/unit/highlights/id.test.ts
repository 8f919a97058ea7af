import { describe, expect, it } from 'vitest';
import { newHighlightId } from '../../../src/highlights/index.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newHighlightId', () => {
  it('returns distinct v4 UUIDs', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newHighlightId()));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });

  it('builds a v4 UUID from getRandomValues where randomUUID is missing (insecure contexts)', () => {
    const source = { getRandomValues: (array: Uint8Array<ArrayBuffer>) => array.fill(0xff) };
    expect(newHighlightId(source)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    const random = { getRandomValues: (array: Uint8Array<ArrayBuffer>) => globalThis.crypto.getRandomValues(array) };
    expect(newHighlightId(random)).toMatch(UUID_V4);
  });
});
