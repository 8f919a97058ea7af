import type { Analysis, Entity } from '../../../src/analysis/types';

const entity = (
  key: string,
  name: string,
  type: Entity['type'],
  roles: string[],
  mentions: [number, string][],
): Entity => ({
  key,
  name,
  type,
  roles,
  mentions: mentions.map(([start, text]) => ({ start, end: start + text.length, text })),
});

/** Two hand-made analyses about the same minister, a month apart. */
export function firstArticle(): Analysis {
  return {
    schema: 1,
    title: 'Minister visits Tehran',
    url: 'https://news.example/a1',
    published: '2020-09-01',
    language: 'en',
    text: 'Foreign Minister Fuad Hussein flew to Tehran. Hussein met officials. Reuters reported it.',
    entities: [
      entity(
        'person:fuad-hussein',
        'Fuad Hussein',
        'PERSON',
        ['Foreign Minister'],
        [
          [17, 'Fuad Hussein'],
          [46, 'Hussein'],
        ],
      ),
      entity('place:tehran', 'Tehran', 'PLACE', [], [[38, 'Tehran']]),
      entity('org:reuters', 'Reuters', 'ORG', [], [[69, 'Reuters']]),
    ],
    attributions: [
      {
        start: 54,
        end: 67,
        text: 'met officials',
        category: 'ANON_SOURCE',
        rule: 'relative-source',
        explanation: 'x',
        question: 'Who?',
      },
    ],
    events: [
      {
        start: 0,
        end: 45,
        text: 'Foreign Minister Fuad Hussein flew to Tehran.',
        date: '2020-08',
        entities: ['person:fuad-hussein', 'place:tehran'],
      },
    ],
  };
}

export function secondArticle(): Analysis {
  return {
    schema: 1,
    title: 'Talks resume',
    url: 'https://news.example/a2',
    published: '2020-10-05',
    language: 'en',
    text: 'Iraqi Foreign Minister Fuad Hussein returned from Tehran.',
    entities: [
      entity('person:fuad-hussein', 'Fuad Hussein', 'PERSON', ['Iraqi Foreign Minister'], [[23, 'Fuad Hussein']]),
      entity('place:tehran', 'Tehran', 'PLACE', [], [[50, 'Tehran']]),
    ],
    attributions: [],
    events: [],
  };
}
