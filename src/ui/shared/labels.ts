import { CATEGORY_TEXTS } from '../../analysis/attributions/texts';
import type { AttributionCategory, EntityType } from '../../analysis/types';

export const ENTITY_TYPE_LABEL: Record<EntityType, string> = {
  PERSON: 'Person',
  ORG: 'Organization',
  PLACE: 'Place',
  GROUP: 'Group',
  OTHER: 'Other',
};

export const ENTITY_TYPE_PLURAL: Record<EntityType, string> = {
  PERSON: 'People',
  ORG: 'Organizations',
  PLACE: 'Places',
  GROUP: 'Groups',
  OTHER: 'Other names',
};

/** The detector's own category names (one wording everywhere: card, popup, options, CLI). */
export const CATEGORY_LABEL = Object.fromEntries(
  Object.entries(CATEGORY_TEXTS).map(([category, text]) => [category, text.label]),
) as Record<AttributionCategory, string>;

/** "2020-10" → "Oct 2020"; "2020-10-03" → "3 Oct 2020"; full ISO date-times are cut to the day. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return '';
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = months[Number(mo) - 1] ?? '';
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "fr" → "French"; null for "und" and for codes the browser cannot name. */
export function languageName(code: string): string | null {
  if (!code || code === 'und') return null;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}
