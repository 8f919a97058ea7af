import type { Draft } from '../../../eval/gold/draft';

/** The guide's made-up article (eval/gold/README.md), and its draft. */
export const TEXT =
  'WASHINGTON — Sen. Maria Lopez, a Democrat, said on Tuesday that the Federal Reserve should wait. ' +
  'Officials said the bank reportedly delayed its decision. Lopez told Reuters the Fed had cut rates in March 2015.';

const LOPEZ = 'local:Maria Lopez (senator)';

export function exampleDraft(): Draft {
  return {
    id: 'example',
    mentions: [
      { text: 'WASHINGTON', occurrence: 1, type: 'PLACE', entity: 'Washington, D.C.' },
      { text: 'Maria Lopez', occurrence: 1, type: 'PERSON', entity: LOPEZ },
      { text: 'Lopez', all: true, type: 'PERSON', entity: LOPEZ },
      { text: 'Democrat', occurrence: 1, type: 'GROUP', entity: 'Democratic Party (United States)' },
      { text: 'Federal Reserve', occurrence: 1, type: 'ORG', entity: 'Federal Reserve' },
      { text: 'Fed', occurrence: 1, type: 'ORG', entity: 'Federal Reserve' },
      { text: 'Reuters', occurrence: 1, type: 'ORG', entity: 'Reuters' },
    ],
    vague_spans: [
      { text: 'Officials said', occurrence: 1, category: 'ANON_SOURCE' },
      { text: 'reportedly', occurrence: 1, category: 'HEDGE_REPORT' },
    ],
    soft_spans: [],
    named_not_vague: [
      { text: 'Maria Lopez, a Democrat, said', occurrence: 1 },
      { text: 'Lopez told Reuters', occurrence: 1 },
    ],
    events: [
      {
        text: 'Lopez told Reuters the Fed had cut rates in March 2015',
        occurrence: 1,
        date: '2015-03',
        entities: [LOPEZ, 'Reuters', 'Federal Reserve'],
      },
    ],
  };
}
