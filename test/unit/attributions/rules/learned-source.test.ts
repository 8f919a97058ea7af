import { describe, expect, it } from 'vitest';
import { learnedFlags, taggerMarking } from '../helpers';

describe('rule learned-source', () => {
  it('flags the source phrases the tagger marks, with their verb and a category from the head', () => {
    const text = 'The plan is doomed, critics of Mr. Voss said on Monday.';
    expect(learnedFlags(text, taggerMarking([['source', 'critics of Mr. Voss']]), [['PERSON', 'Voss']])).toEqual([
      ['source-subject', 'VAGUE_GROUP', 'critics of Mr. Voss said'],
    ]);
    const told = 'Two senior engineers told Reuters that the plant will close.';
    expect(learnedFlags(told, taggerMarking([['source', 'Two senior engineers']]))).toEqual([
      ['source-subject', 'ANON_SOURCE', 'Two senior engineers told'],
    ]);
    const only = 'Party insiders privately huddled over the plan.';
    expect(learnedFlags(only, taggerMarking([['source', 'Party insiders']]))).toEqual([
      ['learned-source', 'ANON_SOURCE', 'Party insiders'],
    ]);
  });
  it('never flags a named source, whatever the tagger says', () => {
    const marked = (phrase: string) => taggerMarking([['source', phrase]]);
    expect(learnedFlags('Lawmaker urges sanctions on Russia.', marked('Lawmaker'), [['PLACE', 'Russia']])).toEqual([]);
    expect(learnedFlags('Karl Weiss fumed over the plan.', marked('Karl Weiss'), [['PERSON', 'Karl Weiss']])).toEqual(
      [],
    );
    expect(
      learnedFlags('Ina Dahl, a senior adviser, fumed over the plan.', marked('a senior adviser'), [
        ['PERSON', 'Ina Dahl'],
      ]),
    ).toEqual([]);
    expect(
      learnedFlags('Several analysts, including Ina Dahl, fumed over the plan.', marked('Several analysts'), [
        ['PERSON', 'Ina Dahl'],
      ]),
    ).toEqual([]);
    expect(
      learnedFlags('Karl Weiss and his aides fumed over the plan.', marked('his aides'), [['PERSON', 'Karl Weiss']]),
    ).toEqual([]);
    expect(learnedFlags('FEC reports suggest a surge.', marked('FEC reports'), [['ORG', 'FEC']])).toEqual([]);
  });
  it('needs a head that can be a source', () => {
    expect(learnedFlags('The campaign fumed over the plan.', taggerMarking([['source', 'The campaign']]))).toEqual([]);
  });
});
