/** FNV-1a over UTF-16 code units: cheap, deterministic and identical in training and in the browser. */
export const FNV_OFFSET = 0x811c9dc5;

/** Continues a hash over `s`, so a feature "name=value" is hashed without building the string. */
export function fnvStep(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/**
 * Murmur3's finalizer: FNV's low bits depend only on the low bits of the input, and feature buckets
 * are low bits, so mix before masking.
 */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
