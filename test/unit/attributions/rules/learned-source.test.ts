import { describe, expect, it } from 'vitest';
import { sentenceViews } from '../../../../src/analysis/attributions';
import { gateRefusal } from '../../../../src/analysis/attributions/rules/learned-source';
import { splitSentences } from '../../../../src/analysis/text/sentences';
import { entities, learnedFlags, taggerMarking } from '../helpers';

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
  it('leaves a definite phrase pointing back alone, not the public or a quantified one', () => {
    const marked = (phrase: string) => taggerMarking([['source', phrase]]);
    expect(learnedFlags('The researchers wondered whether the drug works.', marked('The researchers'))).toEqual([]);
    expect(learnedFlags('Those aides fumed over the plan.', marked('Those aides'))).toEqual([]);
    expect(learnedFlags('The public privately huddled over the plan.', marked('The public'))).toEqual([
      ['learned-source', 'VAGUE_GROUP', 'The public'],
    ]);
    expect(learnedFlags('Some of the researchers huddled over the plan.', marked('Some of the researchers'))).toEqual([
      ['learned-source', 'VAGUE_GROUP', 'Some of the researchers'],
    ]);
  });
  it('leaves objects of prepositions that credit no claim, and groups inside a named statement', () => {
    const marked = (phrase: string) => taggerMarking([['source', phrase]]);
    expect(
      learnedFlags('The film, with activists like Ina Dahl, among others, explains the law.', marked('others'), [
        ['PERSON', 'Ina Dahl'],
      ]),
    ).toEqual([]);
    // The tagger's span may take the preposition in.
    expect(
      learnedFlags(
        'The film, with activists like Ina Dahl, among others ― explains the law.',
        marked('among others ―'),
        [['PERSON', 'Ina Dahl']],
      ),
    ).toEqual([]);
    expect(
      learnedFlags('Ina Dahl said parents still want neighbourhood schools.', marked('parents'), [
        ['PERSON', 'Ina Dahl'],
      ]),
    ).toEqual([]);
    expect(learnedFlags('Parents privately huddled over the plan.', marked('Parents'))).toEqual([
      ['learned-source', 'VAGUE_GROUP', 'Parents'],
    ]);
  });
  it('needs a head that can be a source', () => {
    expect(learnedFlags('The campaign fumed over the plan.', taggerMarking([['source', 'The campaign']]))).toEqual([]);
  });
  it('takes "many" alone for a group, not a headline role, and a name after the verb of saying or showing for what is said', () => {
    const many = 'By Monday, many huddled over the plan.';
    expect(learnedFlags(many, taggerMarking([['source', 'many']]))).toEqual([
      ['learned-source', 'VAGUE_GROUP', 'many'],
    ]);
    // The gate itself, since the rules of words flag this one too.
    const diplomat = 'In a video, a veteran diplomat said former Secretary Clinton put speed over security.';
    const view = sentenceViews(diplomat, splitSentences(diplomat), entities(diplomat, [['PERSON', 'Clinton']]))
      .views[0]!;
    const from = view.words.indexOf('a', 4);
    expect(view.words.slice(from, from + 3)).toEqual(['a', 'veteran', 'diplomat']);
    expect(gateRefusal(view, from, from + 2)).toBeNull();
    const polls = 'Polls show voters trust Clinton more than any of the Republican candidates.';
    const pollsView = sentenceViews(polls, splitSentences(polls), entities(polls, [['PERSON', 'Clinton']])).views[0]!;
    expect(gateRefusal(pollsView, 0, 0)).toBeNull();
  });
});
