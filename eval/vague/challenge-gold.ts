import type { ChallengeItem } from '../../test/fixtures/attributions/challenge';
import type { GoldArticle, GoldSpan } from './gold';

/**
 * Half A (even positions, and items marked half A) is the development half; half B (odd positions) is only
 * measured.
 */
export type Half = 'A' | 'B';

export interface ChallengeGold extends GoldArticle {
  half: Half;
}

/** Turns labelled span texts into offsets (their first occurrence); a label not in its text is an error. */
export function challengeGold(items: ChallengeItem[]): ChallengeGold[] {
  return items.map((item, i) => {
    const at = (text: string): GoldSpan => {
      const start = item.text.indexOf(text);
      if (start < 0) throw new Error(`challenge ${item.id}: "${text}" is not in its text`);
      return { start, end: start + text.length, text };
    };
    return {
      id: item.id,
      half: item.half ?? (i % 2 === 0 ? 'A' : 'B'),
      text: item.text,
      vague: (item.vague ?? []).map(([, text]) => at(text)),
      soft: (item.soft ?? []).map(at),
      named: (item.named ?? []).map(at),
    };
  });
}
