import type { Analysis } from '../../analysis/types';
import { anchor } from '../../highlights/anchor';
import type { SavedHighlight } from '../../highlights/types';
import type { PageSettings } from '../../settings/settings';
import type { MarkSpec } from './spec';

/**
 * Which names and vague attributions to mark, from the analysis and the reader's settings alone (pure: the
 * choice of what to mark can change without touching how marks are painted).
 */
export function marksFor(
  analysis: Pick<Analysis, 'entities' | 'attributions'>,
  settings: Pick<PageSettings, 'entityTypes' | 'attributionCategories'>,
): MarkSpec[] {
  const marks: MarkSpec[] = [];
  for (const e of analysis.entities) {
    if (!settings.entityTypes[e.type]) continue;
    e.mentions.forEach((m, i) =>
      marks.push({
        kind: 'entity',
        start: m.start,
        end: m.end,
        key: e.key,
        type: e.type,
        focusable: i === 0,
        label: `${e.name}: background`,
      }),
    );
  }
  for (const a of analysis.attributions) {
    if (!settings.attributionCategories[a.category]) continue;
    marks.push({
      kind: 'attribution',
      start: a.start,
      end: a.end,
      category: a.category,
      focusable: true,
      label: `Vague attribution: ${a.text}`,
    });
  }
  return marks;
}

/** Whether two settings paint the same marks (look-up or onboarding changes must not repaint pages). */
export function paintsTheSame(
  a: Pick<PageSettings, 'entityTypes' | 'attributionCategories'>,
  b: Pick<PageSettings, 'entityTypes' | 'attributionCategories'>,
): boolean {
  return (
    JSON.stringify([a.entityTypes, a.attributionCategories]) ===
    JSON.stringify([b.entityTypes, b.attributionCategories])
  );
}

/** A saved highlight as a mark, at offsets of today's text. */
export const savedMark = (id: string, start: number, end: number): MarkSpec => ({
  kind: 'saved',
  start,
  end,
  id,
  focusable: true,
  label: 'Your highlight',
});

/**
 * Saved highlights re-anchored on today's text: by position, then quote, then fuzzily. Those that no longer
 * fit are orphans: not painted, but kept, and the popup says so.
 */
export function savedMarks(
  text: string,
  highlights: readonly SavedHighlight[],
): { marks: MarkSpec[]; orphans: string[] } {
  const marks: MarkSpec[] = [];
  const orphans: string[] = [];
  for (const h of highlights) {
    const at = anchor(text, { quote: h.quote, position: h.position });
    if (at) marks.push(savedMark(h.id, at.start, at.end));
    else orphans.push(h.id);
  }
  return { marks, orphans };
}
