import type { KnowledgeEntityType } from '../types';
import type { WikidataItem } from '../parsers/entities';

/** What an item is, for linking: a type the article can mean, or something a card must never show. */
export type ItemKind = KnowledgeEntityType | 'DISAMBIGUATION' | 'NAME' | 'UNKNOWN';

const HUMAN = 'Q5';
const DISAMBIGUATION_PAGE = 'Q4167410';

// Order matters: "state-owned enterprise" is an ORG before it is a PLACE; "political party" is no GROUP.
const PATTERNS: [ItemKind, RegExp][] = [
  ['NAME', /\b(given name|family name|surname)\b/],
  [
    'ORG',
    /\b(organi[sz]ation|company|enterprise|agency|ministry|government|political party|party|business|newspaper|broadcaster|news agency|university|institution|armed forces|army|alliance|bank|club|team|council|parliament|legislature|court)\b/,
  ],
  [
    'GROUP',
    /\b(ethnic group|people|religious group|movement|militia|paramilitary|insurgent|tribe|nationality|rebel group|terrorist)\b/,
  ],
  [
    'PLACE',
    /\b(city|capital|country|sovereign state|state|province|governorate|town|village|municipality|district|region|territory|county|island|neighbou?rhood|human settlement|metropolis|river|mountain|federal district|federal subject)\b/,
  ],
];

const PERSON_WORDS =
  /\b(politician|diplomat|statesman|actor|actress|writer|author|footballer|player|general|officer|cleric|businessman|businesswoman|journalist|singer|lawyer|economist|king|queen|president|prince|princess|activist|scientist)\b/;

export function classifyItem(item: WikidataItem, labels: Record<string, string>): ItemKind {
  if (item.instanceOf.includes(DISAMBIGUATION_PAGE) || /disambiguation page/i.test(item.description))
    return 'DISAMBIGUATION';
  if (item.instanceOf.includes(HUMAN)) return 'PERSON';
  const classes = item.instanceOf.map((id) => (labels[id] ?? '').toLowerCase()).join(' | ');
  for (const [kind, pattern] of PATTERNS) if (pattern.test(classes)) return kind;
  const description = item.description.toLowerCase();
  if (/\bgiven name\b|\bfamily name\b|\bsurname\b/.test(description)) return 'NAME';
  if (item.born || item.died || item.positions.length > 0 || PERSON_WORDS.test(description)) {
    return item.instanceOf.length === 0 || item.born ? 'PERSON' : 'UNKNOWN';
  }
  for (const [kind, pattern] of PATTERNS) if (pattern.test(description)) return kind;
  return 'UNKNOWN';
}
