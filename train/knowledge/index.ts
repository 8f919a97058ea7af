import { buildKnowledgeTable, type KnowledgeTable } from '../../src/analysis/entities/knowledge';
import { addCountries } from './countries';
import { NameTable } from './names';
import { addWordNet } from './wordnet';

const SOURCES = {
  wordnet: addWordNet,
  countries: addCountries,
};
export type KnowledgeSource = keyof typeof SOURCES;
export const KNOWLEDGE_SOURCES = Object.keys(SOURCES) as KnowledgeSource[];

/** The knowledge table shipped in the weights: the sources' names, hashed with their classes. */
export function buildKnowledge(sources: readonly KnowledgeSource[] = KNOWLEDGE_SOURCES): KnowledgeTable {
  const table = new NameTable();
  for (const source of sources) SOURCES[source](table);
  return buildKnowledgeTable(table.names);
}
