import type { Entity, EntityType, Span } from '../types';

export interface IndexedMention extends Span {
  key: string;
  type: EntityType;
}

/**
 * Every entity mention sorted by start, so the mentions in or just before a span are found by binary
 * search instead of a pass over all entities per event.
 */
export class MentionIndex {
  private readonly mentions: IndexedMention[];

  constructor(entities: Entity[]) {
    this.mentions = entities
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, key: e.key, type: e.type })))
      .sort((a, b) => a.start - b.start);
  }

  /** Mentions that start in [from, to), in text order. */
  startingIn(from: number, to: number): IndexedMention[] {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: IndexedMention[] = [];
    for (let i = lo; i < this.mentions.length && this.mentions[i]!.start < to; i++) out.push(this.mentions[i]!);
    return out;
  }
}
