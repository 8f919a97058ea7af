import type { RuleFlag } from './candidate';
import { CATEGORY_PRIORITY } from './registry';

/**
 * One flag per stretch of text: flags are taken in text order (the longer first at the same start), and a
 * flag overlapping the one kept before it replaces it only with a higher-priority category.
 */
export function resolveOverlaps(flags: RuleFlag[]): RuleFlag[] {
  const kept: RuleFlag[] = [];
  for (const f of flags.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const prev = kept[kept.length - 1];
    if (!prev || f.start >= prev.end) kept.push(f);
    else if (CATEGORY_PRIORITY[f.category] > CATEGORY_PRIORITY[prev.category]) kept[kept.length - 1] = f;
  }
  return kept;
}
