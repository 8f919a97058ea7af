import type { Analysis, Entity } from '../../analysis/types';

/** How many names focus mode marks at most. */
export const MAIN_ACTORS = 5;
/** The lead: the article's first paragraphs, where news writing names who the story is about. */
const LEAD_PARAGRAPHS = 2;
const HEADLINE_WEIGHT = 4;
const LEAD_WEIGHT = 2;

/** Where the lead ends: after the first LEAD_PARAGRAPHS paragraphs ("\n\n" separates them in the text). */
function leadEnd(text: string): number {
  let at = 0;
  for (let i = 0; i < LEAD_PARAGRAPHS; i++) {
    const next = text.indexOf('\n\n', at);
    if (next < 0) return text.length;
    at = next + 2;
  }
  return at;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the headline names the entity: one of its mentions, or a person's surname, as whole words. */
function inHeadline(entity: Entity, title: string): boolean {
  const names = new Set(entity.mentions.map((m) => m.text));
  if (entity.type === 'PERSON') names.add(entity.name.split(/\s+/).pop() ?? '');
  return [...names].some(
    (n) => n.length > 1 && new RegExp(`(^|[^\\p{L}\\p{N}])${escape(n)}($|[^\\p{L}\\p{N}])`, 'u').test(title),
  );
}

/**
 * The article's main actors, for focus mode: scored by how often they are mentioned, with weight for being
 * in the headline or the lead. A name met once and outside the headline is never a main actor.
 */
export function mainActors(
  entities: readonly Entity[],
  { text, title }: Pick<Analysis, 'text' | 'title'>,
  limit = MAIN_ACTORS,
): Set<string> {
  const lead = leadEnd(text);
  return new Set(
    entities
      .map((e) => {
        const headline = inHeadline(e, title);
        const inLead = e.mentions.some((m) => m.start < lead);
        const score = e.mentions.length + (headline ? HEADLINE_WEIGHT : 0) + (inLead ? LEAD_WEIGHT : 0);
        return { e, score, eligible: headline || e.mentions.length > 1 };
      })
      .filter((x) => x.eligible)
      // Ties go to the name met first.
      .sort((a, b) => b.score - a.score || (a.e.mentions[0]?.start ?? 0) - (b.e.mentions[0]?.start ?? 0))
      .slice(0, limit)
      .map((x) => x.e.key),
  );
}
