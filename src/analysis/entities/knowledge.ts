import { FNV_OFFSET, fnvStep, mix } from './hash';

/**
 * World knowledge from maintained open datasets (WordNet, countries-list; built by train/knowledge/),
 * shipped inside the weights file as hashed membership: a sorted table of 32-bit hashes of lowercased
 * names (words joined by single spaces) with a class mask each. A hash stands for a name, so a name
 * costs about three bytes compressed, and a false match is about 1 in 100,000 look-ups of an unknown name.
 */
export const KNOWLEDGE_CLASSES = [
  // WordNet instance nouns by lexicographer file: people, places (locations and objects: rivers,
  // mountains), organizations (groups), and the rest (events, works, artifacts).
  'wnPerson',
  'wnPlace',
  'wnOrg',
  'wnOther',
  // WordNet capitalised common nouns for people: demonyms, adherents, peoples ("Iraqi", "Shiite", "Navajo").
  'wnKind',
  // countries-list: country names and their aliases.
  'countryName',
] as const;
export type KnowledgeClass = (typeof KNOWLEDGE_CLASSES)[number];

/** Marks the first word of a multi-word name, so phrases are only looked up where one may start. */
export const PHRASE_START = 1 << 15;

export interface KnowledgeTable {
  /** Sorted, unique. */
  hashes: Uint32Array;
  /** Class bits (KNOWLEDGE_CLASSES order) and PHRASE_START, per hash. */
  masks: Uint16Array;
  /** Longest name, in words. */
  maxWords: number;
}

export function knowledgeHash(lowerName: string): number {
  return mix(fnvStep(FNV_OFFSET, lowerName));
}

/** Class mask of a lowercased name (0 when unknown); a binary search. */
export function lookupKnowledge(table: KnowledgeTable, lowerName: string): number {
  const h = knowledgeHash(lowerName);
  const { hashes } = table;
  let lo = 0;
  let hi = hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = hashes[mid]!;
    if (v === h) return table.masks[mid]!;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Names (lowercased, single-spaced) → masks, as a table; phrase starts are added here. */
export function buildKnowledgeTable(names: ReadonlyMap<string, number>): KnowledgeTable {
  const byHash = new Map<number, number>();
  let maxWords = 1;
  const add = (name: string, mask: number): void => {
    const h = knowledgeHash(name);
    byHash.set(h, (byHash.get(h) ?? 0) | mask);
  };
  for (const [name, mask] of names) {
    add(name, mask);
    const words = name.split(' ');
    if (words.length > 1) add(words[0]!, PHRASE_START);
    maxWords = Math.max(maxWords, words.length);
  }
  const hashes = Uint32Array.from(byHash.keys()).sort();
  return { hashes, masks: Uint16Array.from(hashes, (h) => byHash.get(h)!), maxWords };
}

/** Delta-coded varint hashes, then the masks as little-endian 16-bit values. */
export function encodeKnowledge(table: KnowledgeTable): Uint8Array {
  const bytes: number[] = [];
  let prev = 0;
  for (const h of table.hashes) {
    let d = h - prev;
    prev = h;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    bytes.push(d);
  }
  for (const m of table.masks) bytes.push(m & 0xff, m >>> 8);
  return Uint8Array.from(bytes);
}

export function decodeKnowledge(bytes: Uint8Array, entries: number, maxWords: number): KnowledgeTable {
  const hashes = new Uint32Array(entries);
  let o = 0;
  let prev = 0;
  for (let k = 0; k < entries; k++) {
    let d = 0;
    let scale = 1;
    let b: number;
    do {
      if (o >= bytes.length) throw new Error('entity model: truncated knowledge table');
      b = bytes[o++]!;
      d += (b & 0x7f) * scale;
      scale *= 128;
    } while (b & 0x80);
    prev += d;
    hashes[k] = prev;
  }
  if (o + 2 * entries !== bytes.length) throw new Error('entity model: knowledge table of unexpected length');
  const masks = new Uint16Array(entries);
  for (let k = 0; k < entries; k++) masks[k] = bytes[o + 2 * k]! | (bytes[o + 2 * k + 1]! << 8);
  return { hashes, masks, maxWords };
}
