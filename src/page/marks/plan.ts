import type { Analysis, Entity } from '../../analysis/types';
import { anchor } from '../../highlights/anchor';
import type { SavedHighlight } from '../../highlights/types';
import type { PageSettings } from '../../settings/settings';
import { mainActors } from './main-actors';
import type { MarkSpec } from './spec';

/** What the choice of marks is made from: the analysis, with the article text the page holds. */
export type MarkSource = Pick<Analysis, 'entities' | 'attributions' | 'text' | 'title'>;
type MarkSettings = Pick<PageSettings, 'entityTypes' | 'attributionCategories' | 'marking'>;

/** "Fuad Hussein: background"; a mention worded otherwise ("Hussein") is named as the page shows it first. */
const entityLabel = (entity: Entity, mention: string): string =>
  mention === entity.name ? `${entity.name}: background` : `${mention} (${entity.name}): background`;

/**
 * Which names and vague attributions to mark, from the analysis and the reader's settings alone (pure: the
 * choice of what to mark can change without touching how marks are painted). Every mention of an allowed
 * type is painted, so hovering any of them opens its card, but only some are shown (see `Marking`); the
 * rest are quiet. Vague attributions are always shown: they are the point of the product.
 */
export function marksFor(source: MarkSource, settings: MarkSettings): MarkSpec[] {
  const marks: MarkSpec[] = [];
  const entities = source.entities.filter((e) => settings.entityTypes[e.type]);
  const main = settings.marking === 'focus' ? mainActors(entities, source) : null;
  for (const e of entities) {
    e.mentions.forEach((m, i) => {
      const shown = settings.marking === 'every' || (i === 0 && (!main || main.has(e.key)));
      marks.push({
        kind: 'entity',
        start: m.start,
        end: m.end,
        key: e.key,
        type: e.type,
        quiet: !shown,
        label: entityLabel(e, m.text),
      });
    });
  }
  for (const a of source.attributions) {
    if (!settings.attributionCategories[a.category]) continue;
    marks.push({
      kind: 'attribution',
      start: a.start,
      end: a.end,
      category: a.category,
      quiet: false,
      label: `Vague attribution: ${a.text}`,
    });
  }
  return marks;
}

/** Whether two settings paint the same marks (look-up or onboarding changes must not repaint pages). */
export function paintsTheSame(a: MarkSettings, b: MarkSettings): boolean {
  return (
    JSON.stringify([a.entityTypes, a.attributionCategories, a.marking]) ===
    JSON.stringify([b.entityTypes, b.attributionCategories, b.marking])
  );
}

/** A saved highlight as a mark, at offsets of today's text. */
export const savedMark = (id: string, start: number, end: number): MarkSpec => ({
  kind: 'saved',
  start,
  end,
  id,
  quiet: false,
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
