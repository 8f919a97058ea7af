import type { Analysis, Entity } from '../../analysis/types';
import type { ContentRequests } from '../../messages/content';
import { clip, LIMITS } from '../../limits';

/**
 * What a card asks Wikipedia/Wikidata about an entity: only names (its own, its other mentions, its roles,
 * other names in the article to tell namesakes apart) and the article's date, never the page's address.
 */
export function lookupQuery(
  entity: Entity,
  analysis: Pick<Analysis, 'entities' | 'published'>,
): ContentRequests['knowledge/lookup'] {
  const text = (s: string) => clip(s, LIMITS.lookupText);
  return {
    name: text(entity.name),
    aliases: [...new Set(entity.mentions.map((m) => m.text))].slice(0, LIMITS.lookupAliases).map(text),
    type: entity.type,
    roles: entity.roles.slice(0, LIMITS.lookupRoles).map(text),
    // Groups ("Iranian") say little about which namesake is meant.
    context: analysis.entities
      .filter((e) => e.key !== entity.key && e.type !== 'GROUP')
      .slice(0, LIMITS.lookupContext)
      .map((e) => text(e.name)),
    published: analysis.published === null ? null : clip(analysis.published, LIMITS.date),
  };
}
