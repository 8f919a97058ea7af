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

export function fnv1a(s: string): number {
  return fnvStep(FNV_OFFSET, s) >>> 0;
}
